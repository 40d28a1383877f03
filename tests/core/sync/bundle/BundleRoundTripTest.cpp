// Writing and reading whole bundles: three recipients, thousands of items and
// a 5 MB blob streamed through without the bundle ever being held in memory.
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleHeader.h"
#include "tests/core/sync/bundle/BundleTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>
#include <QFile>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>
#include <unistd.h>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr qint64 kBlobSize = 5 * 1000 * 1000;

// AddressSanitizer keeps freed memory in quarantine, so the resident set says
// nothing about what the code holds; the bounds on single reads still do.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kRssMeaningful = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kRssMeaningful = false;
#else
constexpr bool kRssMeaningful = true;
#endif
#else
constexpr bool kRssMeaningful = true;
#endif

// A sequential source (like a pipe) producing pattern() bytes on demand, and
// remembering the largest read the writer asked for.
class PatternStream : public QIODevice
{
public:
    explicit PatternStream(qint64 size) : m_left(size) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 largestRead = 0;

protected:
    qint64 readData(char* data, qint64 max) override
    {
        largestRead = std::max(largestRead, max);
        const qint64 n = std::min(max, m_left);
        const QByteArray bytes = pattern(n, m_done);
        std::memcpy(data, bytes.constData(), std::size_t(n));
        m_left -= n;
        m_done += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_left;
    qint64 m_done = 0;
};

// A file the reader reads through, remembering the largest single read.
class CountingFile : public QFile
{
public:
    using QFile::QFile;
    qint64 largestRead = 0;

protected:
    qint64 readData(char* data, qint64 max) override
    {
        largestRead = std::max(largestRead, max);
        return QFile::readData(data, max);
    }
};

long currentRssKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * (sysconf(_SC_PAGESIZE) / 1024) : 0;
}

QCborMap op(int i)
{
    QCborMap m;
    m.insert(QStringLiteral("entity"), QStringLiteral("observation"));
    m.insert(QStringLiteral("seq"), i);
    m.insert(QStringLiteral("field"), QStringLiteral("text"));
    m.insert(QStringLiteral("value"), QString(i % 50 + 1, QChar(u'a' + i % 26)));
    return m;
}

QCborArray acks(const QList<const TestDevice*>& devices)
{
    QCborArray vector;
    qint64 seq = 7;
    for (const TestDevice* d : devices)
        vector.append(QCborArray{QCborValue(*DeviceIdCodec::toBytes(d->id)), seq++});
    return vector;
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a bundle for three recipients round-trips items and a streamed 5 MB blob", "[bundle]")
{
    auto dir = tempDir();
    const TestDevice sender = TestDevice::generate();
    const TestDevice a = TestDevice::generate(), b = TestDevice::generate(),
                     c = TestDevice::generate();
    const QString path = dir->filePath(QStringLiteral("out.vgb"));
    constexpr int kOps = 3000;
    const QByteArray smallBlob = pattern(1000, 11);

    const long rssBeforeWrite = currentRssKiB();
    long rssMaxWrite = rssBeforeWrite;
    PatternStream big(kBlobSize);
    const qint64 size = writeBundle(path, sender, {&a, &b, &c}, [&](BundleWriter& w) {
        for (int i = 0; i < kOps / 2; ++i)
            REQUIRE(w.addItem(BundleItemKind::Op, op(i)).ok());
        QCborMap meta;
        meta.insert(QStringLiteral("attachment"), QStringLiteral("video-1"));
        REQUIRE(w.addBlob(meta, big, kBlobSize).ok());
        rssMaxWrite = std::max(rssMaxWrite, currentRssKiB());
        QBuffer small;
        small.setData(smallBlob);
        REQUIRE(small.open(QIODevice::ReadOnly));
        REQUIRE(w.addBlob(QCborMap{{QStringLiteral("attachment"), QStringLiteral("photo-2")}},
                          small, smallBlob.size())
                    .ok());
        QBuffer empty;
        REQUIRE(empty.open(QIODevice::ReadOnly));
        REQUIRE(w.addBlob(QCborMap{}, empty, 0).ok());
        for (int i = kOps / 2; i < kOps; ++i)
            REQUIRE(w.addItem(BundleItemKind::Op, op(i)).ok());
        REQUIRE(w.addItem(BundleItemKind::Ack, acks({&a, &b})).ok());
        REQUIRE(w.addItem(BundleItemKind::Roster, QCborMap{{1, QStringLiteral("roster")}}).ok());
        REQUIRE(w.addItem(BundleItemKind::Config, QCborMap{{1, QStringLiteral("place")}}).ok());
    });
    CHECK(size > kBlobSize);
    CHECK(big.largestRead <= BundleFormat::kBlobPieceSize);

    for (const TestDevice* me : {&a, &b, &c}) {
        RecordingSink sink;
        const long rssBefore = currentRssKiB();
        long rssMax = rssBefore;
        sink.onBlobData = [&] {
            rssMax = std::max(rssMax, currentRssKiB());
        };
        CountingFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        auto summary = me->reader(rosterOf({&sender})).read(file, sink);
        REQUIRE(summary.ok());
        CHECK(summary->size == size);
        CHECK(summary->header.senderId == sender.id);
        CHECK(summary->header.firstSeq == 1);
        CHECK(summary->header.lastSeq == 3);
        CHECK(summary->header.createdMs == 1700000000000);
        CHECK(summary->header.chainHead == QByteArray(32, '\x5a'));
        CHECK(summary->header.recipients.size() == 3);
        CHECK(summary->blobs == 3);
        REQUIRE(sink.items.size() == kOps + 3);
        for (int i = 0; i < kOps; ++i) {
            REQUIRE(sink.items[i].first == BundleItemKind::Op);
            REQUIRE(sink.items[i].second == QCborValue(op(i)));
        }
        CHECK(sink.items[kOps].first == BundleItemKind::Ack);
        CHECK(sink.items[kOps].second == QCborValue(acks({&a, &b})));
        CHECK(sink.items[kOps + 1].first == BundleItemKind::Roster);
        CHECK(sink.items[kOps + 2].first == BundleItemKind::Config);
        REQUIRE(sink.blobs.size() == 3);
        CHECK(sink.blobs[0].meta.value(QStringLiteral("attachment")).toString() ==
              QStringLiteral("video-1"));
        CHECK(sink.blobs[0].received == kBlobSize);
        CHECK(sink.blobs[0].sha256 == sha256(pattern(kBlobSize)));
        CHECK(sink.blobs[1].sha256 == sha256(smallBlob));
        CHECK(sink.blobs[2].received == 0);
        CHECK(sink.blobs[2].ended);
        // Streaming by construction: the reader reads at most a chunk at a
        // time and hands blobs on in pieces of at most 64 KiB...
        CHECK(file.largestRead <= BundleFormat::kChunkCipherSize);
        CHECK(sink.largestPiece <= BundleFormat::kBlobPieceSize);
        // ...and the resident set does not grow by anything near the bundle.
        WARN("reading a " << size / 1024 << " KiB bundle: resident set " << rssBefore
                          << " KiB before, at most " << rssMax << " KiB while streaming the blob");
        if (kRssMeaningful)
            CHECK(rssMax - rssBefore < size / 1024 / 2);
    }
    WARN("writing: resident set " << rssBeforeWrite << " KiB before, " << rssMaxWrite
                                  << " KiB after the 5 MB blob");
    if (kRssMeaningful)
        CHECK(rssMaxWrite - rssBeforeWrite < size / 1024 / 2);
}

TEST_CASE("an empty bundle round-trips and the path overload reads it", "[bundle]")
{
    auto dir = tempDir();
    const TestDevice sender = TestDevice::generate(), me = TestDevice::generate();
    const QString path = dir->filePath(QStringLiteral("empty.vgb"));
    const qint64 size = writeBundle(path, sender, {&me}, [](BundleWriter&) {});
    RecordingSink sink;
    auto summary = me.reader(rosterOf({&sender})).read(path, sink);
    REQUIRE(summary.ok());
    CHECK(summary->items == 0);
    CHECK(sink.calls == 0);
    CHECK(summary->size == size);
}

TEST_CASE("the writer checks its inputs and reports a full bundle before writing", "[bundle]")
{
    auto dir = tempDir();
    const TestDevice sender = TestDevice::generate(), me = TestDevice::generate(),
                     other = TestDevice::generate();
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    BundleWriter::Origin origin;
    origin.senderId = sender.id;

    SECTION("the signing key must belong to the sender")
    {
        auto w = BundleWriter::begin(out, origin, other.signSecret, {me.recipient()});
        REQUIRE(!w.ok());
        CHECK(BundleError::codeOf(w.error()) == BundleErrorCode::InvalidInput);
    }
    SECTION("recipients: at least one, no duplicates, usable keys")
    {
        CHECK(!BundleWriter::begin(out, origin, sender.signSecret, {}).ok());
        CHECK(!BundleWriter::begin(out, origin, sender.signSecret, {me.recipient(), me.recipient()})
                   .ok());
        CHECK(!BundleWriter::begin(out, origin, sender.signSecret, {{me.id, QByteArray(31, 'k')}})
                   .ok());
        CHECK(!BundleWriter::begin(out, origin, sender.signSecret,
                                   {{QStringLiteral("ABC"), me.boxPublic}})
                   .ok());
    }
    SECTION("a bad seq range or chain head")
    {
        origin.firstSeq = 5;
        origin.lastSeq = 3;
        CHECK(!BundleWriter::begin(out, origin, sender.signSecret, {me.recipient()}).ok());
        origin.firstSeq = 4;
        origin.chainHead = QByteArray(65, 'h');
        CHECK(!BundleWriter::begin(out, origin, sender.signSecret, {me.recipient()}).ok());
    }
    SECTION("items of the wrong shape")
    {
        auto w = BundleWriter::begin(out, origin, sender.signSecret, {me.recipient()});
        REQUIRE(w.ok());
        CHECK(!w->addItem(BundleItemKind::Op, QCborValue(42)).ok());
        CHECK(!w->addItem(BundleItemKind::Ack, QCborArray{QCborArray{1, 2}}).ok());
        CHECK(!w->addItem(BundleItemKind::BlobChunk, QCborValue(QByteArray("x"))).ok());
        CHECK(w->addItem(BundleItemKind::Op, QCborMap{}).ok()); // still usable
        CHECK(w->finish().ok());
        CHECK(!w->addItem(BundleItemKind::Op, QCborMap{}).ok()); // finished
    }
    SECTION("BundleFull leaves the writer usable; ItemTooLarge for what never fits")
    {
        BundleLimits limits;
        limits.maxBundleSize = 4096;
        const QString path = dir->filePath(QStringLiteral("full.vgb"));
        int added = 0;
        writeBundle(
            path, sender, {&me},
            [&](BundleWriter& w) {
                Status s;
                while ((s = w.addItem(BundleItemKind::Op, op(added))).ok())
                    ++added;
                CHECK(BundleError::codeOf(s.error()) == BundleErrorCode::BundleFull);
                CHECK(w.projectedSize() <= limits.maxBundleSize);
                QBuffer big;
                big.setData(pattern(8000));
                REQUIRE(big.open(QIODevice::ReadOnly));
                const Status blob = w.addBlob({}, big, 8000);
                CHECK(BundleError::codeOf(blob.error()) == BundleErrorCode::ItemTooLarge);
            },
            limits);
        CHECK(QFile(path).size() <= limits.maxBundleSize);
        RecordingSink sink;
        REQUIRE(me.reader(rosterOf({&sender})).read(path, sink).ok());
        CHECK(sink.items.size() == added);
    }
    SECTION("a blob source that ends early spends the writer")
    {
        auto w = BundleWriter::begin(out, origin, sender.signSecret, {me.recipient()});
        REQUIRE(w.ok());
        QBuffer shortSource;
        shortSource.setData(pattern(100));
        REQUIRE(shortSource.open(QIODevice::ReadOnly));
        const Status s = w->addBlob({}, shortSource, 200);
        CHECK(BundleError::codeOf(s.error()) == BundleErrorCode::Io);
        CHECK(!w->finish().ok());
    }
}

TEST_CASE("init_pull gives the state init_push gives for the same header", "[bundle]")
{
    // BundleWriter relies on this to take the stream header from injected
    // randomness for the test vectors (BundleRandomness).
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    crypto_secretstream_xchacha20poly1305_state pushed, pulled;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&pushed, header, key);
    crypto_secretstream_xchacha20poly1305_init_pull(&pulled, header, key);
    CHECK(std::memcmp(&pushed, &pulled, sizeof pushed) == 0);
}
