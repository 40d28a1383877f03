// libFuzzer target: the header layer of a bundle, below the signature.
// CborScan::scan measures untrusted CBOR before Qt decodes it, so its answers
// are checked against each other (a complete item's prefixes need more, a
// complete item rescans to the same length, lengths stay within bounds);
// BundleHeader::decode must refuse with a bundle error or return fields that
// pass checkFields() and survive encode() and decode() unchanged.
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/bundle/CborScan.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QCborValue>
#include <cstddef>
#include <cstdint>

using namespace vigil;
using namespace vigil::fuzz;

namespace {

void checkScan(QByteArrayView data, int maxDepth, qint64 maxLength)
{
    using CborScan::Status;
    const CborScan::Result r = CborScan::scan(data, maxDepth, maxLength);
    switch (r.status) {
    case Status::Complete: {
        VIGIL_FUZZ_CHECK(r.length > 0 && r.length <= data.size() && r.length <= maxLength);
        const CborScan::Result again = CborScan::scan(data.first(r.length), maxDepth, maxLength);
        VIGIL_FUZZ_CHECK(again.status == Status::Complete && again.length == r.length);
        // Any cut inside the item needs more bytes, never fewer than are there.
        for (const qint64 cut : {r.length - 1, r.length / 2, qint64(1)}) {
            if (cut <= 0 || cut >= r.length)
                continue;
            const CborScan::Result part = CborScan::scan(data.first(cut), maxDepth, maxLength);
            VIGIL_FUZZ_CHECK(part.status == Status::NeedMore);
            VIGIL_FUZZ_CHECK(part.length > cut && part.length <= r.length);
        }
        CborScan::Head head;
        VIGIL_FUZZ_CHECK(CborScan::readHead(data, &head));
        VIGIL_FUZZ_CHECK(head.size >= 1 && head.size <= 9 && head.size <= r.length);
        // Qt may still refuse it (invalid UTF-8, say), but must stay within it.
        QCborParserError error;
        QCborValue::fromCbor(QByteArray::fromRawData(data.data(), r.length), &error);
        VIGIL_FUZZ_CHECK(error.offset <= r.length);
        break;
    }
    case Status::NeedMore:
        VIGIL_FUZZ_CHECK(r.length > data.size() && r.length <= maxLength);
        break;
    case Status::Malformed:
    case Status::TooDeep:
    case Status::TooLarge:
        break;
    }
}

void checkHeader(QByteArrayView bytes, const BundleLimits& limits)
{
    const Result<BundleHeader> header = BundleHeader::decode(bytes, limits);
    if (!header) {
        const auto code = BundleError::codeOf(header.error());
        VIGIL_FUZZ_CHECK(code == BundleErrorCode::Damaged || code == BundleErrorCode::OverLimit);
        return;
    }
    VIGIL_FUZZ_CHECK(!header->checkFields(limits).has_value());
    const QByteArray encoded = header->encode();
    const Result<BundleHeader> again = BundleHeader::decode(encoded, limits);
    VIGIL_FUZZ_CHECK(again.ok());
    VIGIL_FUZZ_CHECK(again->senderId == header->senderId);
    VIGIL_FUZZ_CHECK(again->firstSeq == header->firstSeq && again->lastSeq == header->lastSeq);
    VIGIL_FUZZ_CHECK(again->createdMs == header->createdMs);
    VIGIL_FUZZ_CHECK(again->chainHead == header->chainHead);
    VIGIL_FUZZ_CHECK(again->streamHeader == header->streamHeader);
    VIGIL_FUZZ_CHECK(again->recipients.size() == header->recipients.size());
    for (qsizetype i = 0; i < header->recipients.size(); ++i) {
        VIGIL_FUZZ_CHECK(again->recipients[i].deviceId == header->recipients[i].deviceId);
        VIGIL_FUZZ_CHECK(again->recipients[i].sealedKey == header->recipients[i].sealedKey);
        VIGIL_FUZZ_CHECK(again->recipient(header->recipients[i].deviceId) != nullptr);
    }
    // The writer's form is canonical: encoding it again changes nothing.
    VIGIL_FUZZ_CHECK(again->encode() == encoded);
    VIGIL_FUZZ_CHECK(encoded.size() <= bytes.size());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const int depth : {1, 4, 16})
        for (const qint64 maxLength : {qint64(size), qint64(64), qint64(1) << 40})
            checkScan(bytes, depth, maxLength);

    checkHeader(bytes, BundleLimits{});
    BundleLimits tight;
    tight.maxRecipients = 2;
    checkHeader(bytes, tight);
    return 0;
}
