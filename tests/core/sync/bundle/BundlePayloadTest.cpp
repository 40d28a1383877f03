// Authentic but malformed bundles: a sender's buggy or malicious writer can
// sign anything, so the header, chunk and item rules are checked on bundles
// crafted here with raw libsodium and re-signed by a roster member.
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/bundle/BundleKeySeal.h"
#include "tests/core/sync/bundle/BundleTestSupport.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

using namespace vigil;
using namespace vigil::test;

namespace F = BundleFormat;

namespace {

constexpr unsigned char kMessage = crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
constexpr unsigned char kFinal = crypto_secretstream_xchacha20poly1305_TAG_FINAL;

struct Chunk
{
    QByteArray plain;
    unsigned char tag;
};

// Builds bundles from parts, sealed to `me` and signed by `sender`.
struct Crafter
{
    TestDevice sender = TestDevice::generate();
    TestDevice me = TestDevice::generate();
    SecretBuffer key = SecretBuffer::random(32);
    QByteArray streamHeader = pattern(24, 5);
    QByteArray sealed = *BundleKeySeal::seal(key, me.boxPublic, nullptr);

    QCborMap header() const
    {
        QCborMap h;
        h.insert(1, QCborValue(*DeviceIdCodec::toBytes(sender.id)));
        h.insert(2, 1);
        h.insert(3, 0);
        h.insert(4, qint64(1700000000000));
        h.insert(5, QCborValue(QByteArray()));
        QCborMap entry;
        entry.insert(1, QCborValue(*DeviceIdCodec::toBytes(me.id)));
        entry.insert(2, QCborValue(sealed));
        h.insert(6, QCborArray{entry});
        h.insert(7, QCborValue(streamHeader));
        return h;
    }

    QByteArray bundle(const QList<Chunk>& chunks, const QByteArray& headerBytes) const
    {
        QByteArray out(F::kMagic, sizeof F::kMagic);
        char numbers[6];
        qToBigEndian<quint16>(1, numbers);
        qToBigEndian<quint32>(quint32(headerBytes.size()), numbers + 2);
        out.append(numbers, 6).append(headerBytes);
        const QByteArray ad = out;
        crypto_secretstream_xchacha20poly1305_state st;
        crypto_secretstream_xchacha20poly1305_init_pull(
            &st, reinterpret_cast<const unsigned char*>(streamHeader.constData()), key.data());
        bool first = true;
        for (const Chunk& c : chunks) {
            QByteArray cipher(c.plain.size() + F::kChunkOverhead, Qt::Uninitialized);
            crypto_secretstream_xchacha20poly1305_push(
                &st, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
                reinterpret_cast<const unsigned char*>(c.plain.constData()),
                std::size_t(c.plain.size()),
                first ? reinterpret_cast<const unsigned char*>(ad.constData()) : nullptr,
                first ? std::size_t(ad.size()) : 0, c.tag);
            out.append(cipher);
            first = false;
        }
        return resign(out, sender.signSecret);
    }
    QByteArray bundle(const QList<Chunk>& chunks) const
    {
        return bundle(chunks, QCborValue(header()).toCbor());
    }
    // Payload bytes split into chunks the way the spec requires.
    QByteArray payload(const QByteArray& plain) const
    {
        QList<Chunk> chunks;
        for (qint64 at = 0; at < plain.size() || chunks.isEmpty(); at += F::kChunkPlainSize)
            chunks.append({plain.mid(at, F::kChunkPlainSize), kMessage});
        chunks.last().tag = kFinal;
        return bundle(chunks);
    }

    Result<BundleSummary> read(const QByteArray& bytes, RecordingSink& sink) const
    {
        QBuffer buffer;
        buffer.setData(bytes);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        return me.reader(rosterOf({&sender})).read(buffer, sink);
    }
    std::optional<BundleErrorCode> code(const QByteArray& bytes) const
    {
        RecordingSink sink;
        return codeOf(read(bytes, sink));
    }
};

QByteArray item(quint64 kind, const QCborValue& body)
{
    return QCborValue(QCborArray{qint64(kind), body}).toCbor();
}

QByteArray op(int value)
{
    return item(1, QCborMap{{1, value}});
}

QByteArray blobBegin(qint64 size)
{
    return item(16, QCborMap{{1, QCborMap{}}, {2, size}});
}

QByteArray blobChunk(const QByteArray& bytes)
{
    return item(17, QCborValue(bytes));
}

QByteArray blobEnd(const QByteArray& content)
{
    QByteArray digest(32, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(content.constData()),
                       std::size_t(content.size()));
    return item(18, QCborValue(digest));
}

// Serves `first` until the payload is read a second time, then `second`:
// a file replaced between the reader's two passes.
class TwoFacedFile : public QIODevice
{
public:
    TwoFacedFile(QByteArray first, QByteArray second, qint64 payloadBegin)
        : m_first(std::move(first)), m_second(std::move(second)), m_payloadBegin(payloadBegin)
    {
        open(QIODevice::ReadOnly);
    }
    qint64 size() const override { return m_first.size(); }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        if (pos() == m_payloadBegin)
            ++m_payloadReads;
        const QByteArray& bytes = m_payloadReads > 1 ? m_second : m_first;
        const qint64 n = std::min(max, bytes.size() - pos());
        std::memcpy(data, bytes.constData() + pos(), std::size_t(n));
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_first, m_second;
    qint64 m_payloadBegin;
    int m_payloadReads = 0;
};

} // namespace

TEST_CASE("crafted bundles: the crafting itself is sound", "[bundle][payload]")
{
    Crafter c;
    RecordingSink sink;
    REQUIRE(c.read(c.payload(op(1) + op(2)), sink).ok());
    CHECK(sink.items.size() == 2);
    REQUIRE(c.read(c.payload(QByteArray()), sink).ok());
}

TEST_CASE("crafted bundles: chunk rules", "[bundle][payload]")
{
    Crafter c;
    // One op that fills a chunk exactly: 7 bytes of heads and 65,529 bytes.
    const QByteArray full = item(1, QCborMap{{1, QCborValue(pattern(F::kChunkPlainSize - 7))}});
    REQUIRE(full.size() == F::kChunkPlainSize);
    RecordingSink sink;
    REQUIRE(c.read(c.bundle({{full, kMessage}, {op(2), kFinal}}), sink).ok());
    // A short chunk that is not FINAL: the reader, expecting a full chunk,
    // reads into the next one, and authentication fails.
    CHECK(c.code(c.bundle({{op(1), kMessage}, {op(2), kFinal}})) == BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle({{full, kFinal}, {op(2), kFinal}})) == BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle({{full, kMessage}, {QByteArray(), kFinal}})) == BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle({{op(1), crypto_secretstream_xchacha20poly1305_TAG_PUSH}})) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle({{op(1), crypto_secretstream_xchacha20poly1305_TAG_REKEY}})) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle({{full, kMessage}})) == BundleErrorCode::Truncated);
    CHECK(c.code(c.bundle({})) == BundleErrorCode::Truncated); // no chunk at all
}

TEST_CASE("crafted bundles: header rules", "[bundle][payload]")
{
    Crafter c;
    const QList<Chunk> chunks = {{op(1), kFinal}};
    const auto withHeader = [&](const QCborMap& h) {
        return c.code(c.bundle(chunks, QCborValue(h).toCbor()));
    };
    RecordingSink sink;
    CHECK(c.read(c.bundle(chunks), sink).ok());

    QCborMap h = c.header();
    h.insert(8, 1); // an unknown key
    CHECK(withHeader(h) == BundleErrorCode::Damaged);
    h = c.header();
    h.remove(5);
    CHECK(withHeader(h) == BundleErrorCode::Damaged);
    h = c.header();
    h.insert(7, QCborValue(pattern(23)));
    CHECK(withHeader(h) == BundleErrorCode::Damaged);
    h = c.header();
    h.insert(5, QCborValue(pattern(65)));
    CHECK(withHeader(h) == BundleErrorCode::Damaged);
    h = c.header();
    h.insert(2, 5); // first seq beyond last + 1
    CHECK(withHeader(h) == BundleErrorCode::Damaged);
    h = c.header();
    h.insert(6, QCborArray{h.value(6).toArray().at(0), h.value(6).toArray().at(0)});
    CHECK(withHeader(h) == BundleErrorCode::Damaged); // a recipient twice
    h = c.header();
    h.insert(6, QCborArray{});
    CHECK(withHeader(h) == BundleErrorCode::Damaged);

    // Keys out of order, trailing bytes, another type.
    QCborMap reordered;
    reordered.insert(2, 1);
    for (qint64 k : {1, 3, 4, 5, 6, 7})
        reordered.insert(k, c.header().value(k));
    CHECK(withHeader(reordered) == BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle(chunks, QCborValue(c.header()).toCbor() + '\0')) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle(chunks, QCborValue(QCborArray{1, 2}).toCbor())) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.bundle(chunks, QByteArray::fromHex("bf01ff"))) == BundleErrorCode::Damaged);
}

TEST_CASE("crafted bundles: item rules", "[bundle][payload]")
{
    Crafter c;
    CHECK(c.code(c.payload(op(1).chopped(1))) == BundleErrorCode::Damaged); // ends inside an item
    CHECK(c.code(c.payload(item(99, QCborMap{}))) == BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(QCborValue(QCborArray{QStringLiteral("op"), QCborMap{}}).toCbor())) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(QCborValue(QCborArray{1, QCborMap{}, 3}).toCbor())) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(item(1, 42))) == BundleErrorCode::Damaged); // op body not a map
    CHECK(c.code(c.payload(item(2, QCborArray{QCborArray{1, 2}}))) == BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(QByteArray::fromHex("8201bf0102ff"))) == BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(QByteArray::fromHex("8201a1016261ff"))) ==
          BundleErrorCode::Damaged); // bad UTF-8
}

TEST_CASE("crafted bundles: blob rules", "[bundle][payload]")
{
    Crafter c;
    const QByteArray content = pattern(100);
    RecordingSink sink;
    REQUIRE(c.read(c.payload(blobBegin(100) + blobChunk(content) + blobEnd(content)), sink).ok());
    CHECK(sink.blobs.size() == 1);

    CHECK(c.code(c.payload(blobChunk(content))) == BundleErrorCode::Damaged); // no begin
    CHECK(c.code(c.payload(blobEnd(content))) == BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(blobBegin(100) + blobBegin(100))) == BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(blobBegin(100) + op(1))) == BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(blobBegin(100) + blobChunk(content))) == BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(blobBegin(99) + blobChunk(content) + blobEnd(content))) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(blobBegin(101) + blobChunk(content) + blobEnd(content))) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(blobBegin(100) + blobChunk(content) + blobEnd(pattern(100, 1)))) ==
          BundleErrorCode::Damaged);
    CHECK(c.code(c.payload(blobBegin(0) + blobChunk(QByteArray()) + blobEnd({}))) ==
          BundleErrorCode::Damaged); // empty piece
    CHECK(
        c.code(c.payload(blobBegin(70000) + blobChunk(pattern(70000)) + blobEnd(pattern(70000)))) ==
        BundleErrorCode::Damaged); // piece over 64 KiB
    CHECK(c.code(c.payload(item(16, QCborMap{{2, 5}}))) == BundleErrorCode::Damaged);
}

TEST_CASE("crafted bundles: limits hold whatever the payload declares", "[bundle][payload]")
{
    Crafter c;
    // 200,000 nested arrays: refused at depth 17, never recursed into.
    QByteArray bomb = QByteArray::fromHex("8201");
    bomb.append(QByteArray(200000, char(0x81)));
    bomb.append(char(0));
    CHECK(c.code(c.payload(bomb)) == BundleErrorCode::OverLimit);
    // A 4 GiB byte string declared in 9 bytes: refused before any data arrives.
    CHECK(c.code(c.payload(QByteArray::fromHex("82015b0000000100000000"))) ==
          BundleErrorCode::OverLimit);
    // A map declaring 2^62 entries.
    CHECK(c.code(c.payload(QByteArray::fromHex("8201bb4000000000000000"))) ==
          BundleErrorCode::OverLimit);
}

TEST_CASE("a file that changes between the two passes is refused", "[bundle][payload]")
{
    Crafter c;
    const QByteArray signedBundle = c.payload(op(1));
    const QByteArray swapped = c.payload(op(2)); // same header, key and size; other content
    REQUIRE(signedBundle.size() == swapped.size());
    // The first pass verifies the genuine bundle; the second decrypts the
    // other payload under the first one's trailer and signature.
    QByteArray mixed =
        swapped.left(swapped.size() - F::kTrailerSize) + signedBundle.right(F::kTrailerSize);
    const qint64 payloadBegin =
        F::kPrefixSize + qFromBigEndian<quint32>(signedBundle.constData() + 10);
    TwoFacedFile file(signedBundle, mixed, payloadBegin);
    RecordingSink sink;
    const auto result = c.me.reader(rosterOf({&c.sender})).read(file, sink);
    CHECK(codeOf(result) == BundleErrorCode::Damaged);
    REQUIRE(!result.ok());
    CHECK(result.error().detail.contains(QStringLiteral("changed")));
}

TEST_CASE("random changes to a signed payload end in success or a coded refusal",
          "[bundle][payload]")
{
    // A small, seeded stand-in for the fuzz target (DESIGN.md §10): the item
    // parser faces arbitrary authentic plaintext.
    Crafter c;
    const QByteArray content = pattern(300);
    const QByteArray valid = op(1) + item(2, QCborArray{}) + blobBegin(300) + blobChunk(content) +
                             blobEnd(content) + item(4, QCborMap{{QStringLiteral("k"), 1.5}});
    QRandomGenerator random(20240611);
    int accepted = 0;
    for (int i = 0; i < 2000; ++i) {
        QByteArray plain = valid;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(random.bounded(int(plain.size())));
            switch (random.bounded(3)) {
            case 0:
                plain[at] = char(random.bounded(256));
                break;
            case 1:
                plain.remove(at, 1 + random.bounded(8));
                break;
            default:
                plain.insert(at, char(random.bounded(256)));
                break;
            }
        }
        RecordingSink sink;
        const auto result = c.read(c.payload(plain), sink);
        if (result.ok()) {
            ++accepted;
            continue;
        }
        INFO("iteration " << i << ": " << result.error().detail.toStdString());
        REQUIRE(codeOf(result).has_value());
    }
    WARN(accepted << " of 2000 mutated payloads were still valid");
}
