// BundleItemParser, the decrypted payload's reader, on its own: what the
// fuzz target tests/fuzz/BundleItemsFuzz.cpp checks on random payloads, here
// on fixed ones that a test run always covers.
#include "core/sync/bundle/BundleItemParser.h"

#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "tests/core/sync/bundle/BundleTestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

struct Parsed
{
    Status status;
    qint64 items = 0;
    qint64 delivered = 0;
};

Parsed parseInPieces(const QByteArray& payload, qsizetype piece, const BundleLimits& limits = {})
{
    RecordingSink sink;
    BundleItemParser parser(sink, limits);
    Status status;
    for (qsizetype at = 0; status.ok() && at < payload.size(); at += piece)
        status =
            parser.feed(QByteArrayView(payload).sliced(at, std::min(piece, payload.size() - at)));
    if (status.ok())
        status = parser.finish();
    return {status, parser.itemCount(), sink.calls};
}

// The smallest valid item: an ack with an empty vector, [2, []].
const QByteArray kTinyItem("\x82\x02\x80", 3);

} // namespace

// Fed whole, this took minutes before WipedBytes stopped moving the rest of
// the buffer after each item (see WipedBytesTest).
TEST_CASE("item parser: as many tiny items as a bundle may hold, in chunks or whole", "[bundle]")
{
    const BundleLimits limits;
    const QByteArray payload = kTinyItem.repeated(limits.maxItems);
    for (const qsizetype piece : {qsizetype(BundleFormat::kChunkPlainSize), payload.size()}) {
        const Parsed parsed = parseInPieces(payload, piece);
        REQUIRE(parsed.status.ok());
        CHECK(parsed.items == limits.maxItems);
        CHECK(parsed.delivered == limits.maxItems);
    }

    const Parsed over = parseInPieces(payload + kTinyItem, BundleFormat::kChunkPlainSize);
    REQUIRE_FALSE(over.status.ok());
    CHECK(BundleError::codeOf(over.status.error()) == BundleErrorCode::OverLimit);
}

TEST_CASE("item parser: the outcome does not depend on where the payload is cut", "[bundle]")
{
    // Items of every record kind and a blob, then a malformed item.
    QByteArray payload = kTinyItem;
    payload += QByteArray("\x82\x01\xa1\x61k\x61v", 7);       // [1, {"k": "v"}]
    payload += QByteArray("\x82\x10\xa2\x01\xa0\x02\x03", 7); // blob-begin, 3 bytes
    payload += QByteArray("\x82\x11\x43xyz", 6);              // blob-chunk "xyz"
    payload +=
        QByteArray("\x82\x12\x58\x20", 4) +
        QByteArray::fromHex("3608bca1e44ea6c4d268eb6db02260269892c0b42b86bbf1e77a6fa16c3c9282");
    const QByteArray valid = payload;
    payload += QByteArray("\x82\x01\x1c", 3); // reserved additional information

    const Parsed whole = parseInPieces(valid, valid.size());
    REQUIRE(whole.status.ok());
    CHECK(whole.items == 5);
    const Parsed damaged = parseInPieces(payload, payload.size());
    REQUIRE_FALSE(damaged.status.ok());
    for (qsizetype piece = 1; piece <= payload.size(); ++piece) {
        CAPTURE(piece);
        const Parsed ok = parseInPieces(valid, piece);
        REQUIRE(ok.status.ok());
        CHECK(ok.items == whole.items);
        CHECK(ok.delivered == whole.delivered);
        const Parsed bad = parseInPieces(payload, piece);
        REQUIRE_FALSE(bad.status.ok());
        CHECK(bad.status.error().detail == damaged.status.error().detail);
        CHECK(bad.items == damaged.items);
    }
}
