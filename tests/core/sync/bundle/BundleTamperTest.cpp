// Damage and tampering: every single-byte change of a small bundle is refused
// before anything is decrypted (so the sink receives nothing), every
// truncation is reported as such, and streams that a sender signed but that
// break the chunk rules are refused too.
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleHeader.h"
#include "tests/core/sync/bundle/BundleTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QMap>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace F = BundleFormat;

namespace {

void addSmallContent(BundleWriter& w, const TestDevice& peer, qint64 blobSize)
{
    REQUIRE(
        w.addItem(BundleItemKind::Op, QCborMap{{QStringLiteral("entity"), QStringLiteral("visit")},
                                               {QStringLiteral("value"), 42}})
            .ok());
    REQUIRE(w.addItem(BundleItemKind::Ack,
                      QCborArray{QCborArray{QCborValue(*DeviceIdCodec::toBytes(peer.id)), 9}})
                .ok());
    QBuffer blob;
    blob.setData(pattern(blobSize));
    REQUIRE(blob.open(QIODevice::ReadOnly));
    REQUIRE(w.addBlob(QCborMap{{1, QStringLiteral("photo")}}, blob, blobSize).ok());
}

qint64 payloadBegin(const QByteArray& bundle)
{
    return F::kPrefixSize + qFromBigEndian<quint32>(bundle.constData() + 10);
}

} // namespace

TEST_CASE("every single-byte change of a bundle is refused and nothing is delivered",
          "[bundle][tamper]")
{
    auto dir = tempDir();
    const TestDevice sender = TestDevice::generate(), me = TestDevice::generate();
    const QString path = dir->filePath(QStringLiteral("small.vgb"));
    const qint64 size =
        writeBundle(path, sender, {&me}, [&](BundleWriter& w) { addSmallContent(w, me, 200); });
    REQUIRE(size < 2048);
    const BundleReader reader = me.reader(rosterOf({&sender}));
    {
        RecordingSink sink;
        REQUIRE(reader.read(path, sink).ok()); // the untouched bundle is fine
        REQUIRE(sink.calls > 0);
    }

    const QByteArray original = readFile(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite | QIODevice::Unbuffered));
    QMap<QString, int> reasons;
    int refused = 0;
    for (qint64 offset = 0; offset < size; ++offset) {
        for (const char mask : {char(0x01), char(0x80), char(0xff)}) {
            const char changed = char(original[offset] ^ mask);
            REQUIRE(file.seek(offset));
            REQUIRE(file.write(&changed, 1) == 1);
            RecordingSink sink;
            const auto result = reader.read(path, sink);
            const auto code = codeOf(result);
            if (result.ok() || !code || sink.calls != 0) {
                UNSCOPED_INFO("offset " << offset << " mask " << int(quint8(mask)));
                REQUIRE(!result.ok());
                REQUIRE(code.has_value());
                REQUIRE(sink.calls == 0);
            }
            ++reasons[BundleError::name(*code)];
            ++refused;
        }
        REQUIRE(file.seek(offset));
        REQUIRE(file.write(original.constData() + offset, 1) == 1);
    }
    CHECK(refused == 3 * size);
    QString summary;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        summary += QStringLiteral("%1=%2 ").arg(it.key()).arg(it.value());
    WARN(size << "-byte bundle, " << refused
              << " changed copies refused: " << summary.toStdString());
    CHECK(reasons.value(QStringLiteral("damaged")) > 0);
}

TEST_CASE("a bundle cut short anywhere is refused as truncated", "[bundle][tamper]")
{
    auto dir = tempDir();
    const TestDevice sender = TestDevice::generate(), me = TestDevice::generate();
    const QString path = dir->filePath(QStringLiteral("three-chunks.vgb"));
    // Three chunks: 150 KB of blob spans two full 64 KiB chunks and a last one.
    const qint64 size =
        writeBundle(path, sender, {&me}, [&](BundleWriter& w) { addSmallContent(w, me, 150000); });
    const QByteArray original = readFile(path);
    const qint64 begin = payloadBegin(original);
    REQUIRE((size - begin - F::kTrailerSize) / F::kChunkCipherSize == 2);

    QList<qint64> cuts = {0,
                          1,
                          7,
                          8,
                          9,
                          13,
                          14,
                          15,
                          begin - 1,
                          begin,
                          begin + 1,
                          begin + 16,
                          size - F::kTrailerSize - 1,
                          size - F::kTrailerSize,
                          size - F::kTrailerSize + 8,
                          size - F::kSignatureSize - 1,
                          size - F::kSignatureSize,
                          size - 1};
    for (qint64 k = 1; begin + k * F::kChunkCipherSize < size; ++k)
        cuts.append(begin + k * F::kChunkCipherSize); // every chunk boundary
    const BundleReader reader = me.reader(rosterOf({&sender}));
    const QString cutPath = dir->filePath(QStringLiteral("cut.vgb"));
    for (const qint64 cut : cuts) {
        INFO("cut at " << cut << " of " << size);
        writeFile(cutPath, original.left(cut));
        RecordingSink sink;
        const auto result = reader.read(cutPath, sink);
        CHECK(codeOf(result) == BundleErrorCode::Truncated);
        CHECK(sink.calls == 0);
    }
    SECTION("bytes appended after the signature")
    {
        for (const QByteArray& extra : {QByteArray(1, '\0'), pattern(100), original.right(80)}) {
            writeFile(cutPath, original + extra);
            RecordingSink sink;
            CHECK(!reader.read(cutPath, sink).ok());
            CHECK(sink.calls == 0);
        }
    }
}

TEST_CASE("a signed stream that breaks the chunk rules is refused", "[bundle][tamper]")
{
    // A sender's buggy or malicious writer: the signature is valid, the
    // payload is not. Only the chunk checks stand between it and an import.
    auto dir = tempDir();
    const TestDevice sender = TestDevice::generate(), me = TestDevice::generate();
    const QString path = dir->filePath(QStringLiteral("signed.vgb"));
    writeBundle(path, sender, {&me}, [&](BundleWriter& w) { addSmallContent(w, me, 150000); });
    const QByteArray original = readFile(path);
    const qint64 begin = payloadBegin(original);
    const QByteArray head = original.left(begin);
    const QByteArray payload = original.mid(begin, original.size() - begin - F::kTrailerSize);
    const QByteArray chunk0 = payload.mid(0, F::kChunkCipherSize);
    const QByteArray chunk1 = payload.mid(F::kChunkCipherSize, F::kChunkCipherSize);
    const QByteArray last = payload.mid(2 * F::kChunkCipherSize);
    REQUIRE(chunk0.size() + chunk1.size() + last.size() == payload.size());
    REQUIRE(last.size() < F::kChunkCipherSize);
    const BundleReader reader = me.reader(rosterOf({&sender}));
    const QString edited = dir->filePath(QStringLiteral("edited.vgb"));

    const auto readResigned = [&](const QByteArray& newPayload) {
        writeFile(edited, resign(head + newPayload, sender.signSecret));
        RecordingSink sink;
        return codeOf(reader.read(edited, sink));
    };
    // The re-signing itself is sound: the unchanged payload reads.
    writeFile(edited, resign(head + payload, sender.signSecret));
    RecordingSink sink;
    REQUIRE(reader.read(edited, sink).ok());

    CHECK(readResigned(chunk0 + chunk1) == BundleErrorCode::Truncated); // FINAL chunk dropped
    CHECK(readResigned(chunk0) == BundleErrorCode::Truncated);
    CHECK(readResigned(payload + last) == BundleErrorCode::Damaged);         // data after FINAL
    CHECK(readResigned(chunk1 + chunk0 + last) == BundleErrorCode::Damaged); // reordered
    CHECK(readResigned(chunk0 + chunk0 + chunk1 + last) == BundleErrorCode::Damaged); // replayed
    CHECK(readResigned(pattern(payload.size())) == BundleErrorCode::Damaged);
    CHECK(readResigned(chunk0 + chunk1 + last.left(10)) == BundleErrorCode::Damaged);
}
