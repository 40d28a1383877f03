// libFuzzer target: a bundle's decrypted payload (a CBOR sequence of items)
// through BundleItemParser, the part of the reader that a valid signature
// and decryption lead to. Input: 2 bytes choosing the size of the pieces the
// payload is fed in (1..65,536), 1 byte choosing the limits, then the payload.
// The outcome must not depend on where the pieces are cut: the same payload
// fed whole must give the same items, or the same refusal.
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleItemParser.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QtEndian>
#include <cstddef>
#include <cstdint>

using namespace vigil;
using namespace vigil::fuzz;

namespace {

struct Outcome
{
    bool ok = false;
    QString detail;
    qint64 items = 0;
    qint64 blobs = 0;
};

Outcome parse(QByteArrayView payload, qsizetype piece, const BundleLimits& limits)
{
    CheckingSink sink;
    BundleItemParser parser(sink, limits);
    Status status;
    for (qsizetype at = 0; status.ok() && at < payload.size(); at += piece)
        status = parser.feed(payload.sliced(at, std::min(piece, payload.size() - at)));
    if (status.ok())
        status = parser.finish();
    if (!status) {
        const auto code = BundleError::codeOf(status.error());
        VIGIL_FUZZ_CHECK(code == BundleErrorCode::Damaged || code == BundleErrorCode::OverLimit);
        return {false, status.error().detail, parser.itemCount(), parser.blobCount()};
    }
    sink.checkComplete(parser.itemCount(), parser.blobCount());
    VIGIL_FUZZ_CHECK(parser.itemCount() <= limits.maxItems);
    return {true, {}, parser.itemCount(), parser.blobCount()};
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 3)
        return 0;
    const qsizetype piece = qsizetype(qFromBigEndian<quint16>(data)) + 1;
    // 0: the format's limits, whose 1 MiB item buffer (wiped on every run)
    // makes a run slow; otherwise small ones, which fuzzed payloads reach.
    BundleLimits limits;
    if (data[2] != 0) {
        const bool tight = data[2] & 1;
        limits.maxItemSize = tight ? 512 : 16384;
        limits.maxItems = tight ? 16 : 4096;
        limits.maxDepth = tight ? 4 : 16;
        limits.maxBundleSize = tight ? 4096 : 1 << 20;
    }
    const QByteArrayView payload(reinterpret_cast<const char*>(data) + 3, qsizetype(size) - 3);

    const Outcome pieces = parse(payload, piece, limits);
    const Outcome whole = parse(payload, std::max<qsizetype>(payload.size(), 1), limits);
    VIGIL_FUZZ_CHECK(pieces.ok == whole.ok);
    VIGIL_FUZZ_CHECK(pieces.detail == whole.detail);
    VIGIL_FUZZ_CHECK(pieces.items == whole.items);
    VIGIL_FUZZ_CHECK(pieces.blobs == whole.blobs);
    return 0;
}
