// libFuzzer target: BundleReader::read on a whole .vgb file held in a
// QBuffer, as the recipient of the bundle test vectors with a roster that
// knows their sender. Each input is read twice: as it is (frame, limits,
// header, sender, signature), and with its trailer replaced and the result
// signed by the sender, so mutated headers and payloads also reach the
// recipient entry, the decryption and the item parser.
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleReader.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace vigil;
using namespace vigil::fuzz;

namespace {

bool isReaderCode(BundleErrorCode code)
{
    switch (code) {
    case BundleErrorCode::BundleFull:
    case BundleErrorCode::ItemTooLarge:
    case BundleErrorCode::InvalidInput:
    case BundleErrorCode::Io: // a QBuffer never fails to read
        return false;
    default:
        return true;
    }
}

void read(const QByteArray& bytes)
{
    static const SenderLookup senders = roster();
    const FuzzDevice& me = recipient();
    QBuffer buffer;
    buffer.setData(bytes);
    VIGIL_FUZZ_CHECK(buffer.open(QIODevice::ReadOnly));
    CheckingSink sink;
    const BundleReader reader(me.id, me.boxPublic, me.boxSecret, senders);
    const Result<BundleSummary> result = reader.read(buffer, sink);
    if (!result) {
        // Every refusal names its reason, in the user's words and for the quarantine.
        const auto code = BundleError::codeOf(result.error());
        VIGIL_FUZZ_CHECK(code.has_value());
        VIGIL_FUZZ_CHECK(isReaderCode(*code));
        VIGIL_FUZZ_CHECK(!result.error().message.isEmpty());
        return;
    }
    sink.checkComplete(result->items, result->blobs);
    VIGIL_FUZZ_CHECK(result->size == bytes.size());
    VIGIL_FUZZ_CHECK(result->header.recipient(me.id) != nullptr);
    VIGIL_FUZZ_CHECK(senders(result->header).has_value());
    VIGIL_FUZZ_CHECK(!result->header.checkFields({}).has_value());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    read(bytes);
    if (bytes.size() >= BundleFormat::kTrailerSize)
        read(signBundle(QByteArrayView(bytes).chopped(BundleFormat::kTrailerSize),
                        sender().signSecret));
    return 0;
}
