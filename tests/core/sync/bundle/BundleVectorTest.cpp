// The test vectors of docs/bundle-format.md (tests/data/bundle/): the writer
// regenerates each stored bundle byte for byte from its fixed inputs, a
// decoder written from the spec alone (raw libsodium, no Vigil bundle code)
// opens it, and BundleReader reads it for every recipient.
//
// To regenerate after a deliberate format change (with a version bump):
//   VIGIL_WRITE_BUNDLE_VECTORS=1 vigil_core_tests "[vector]"
#include "core/sync/bundle/BundleFormat.h"
#include "tests/core/sync/bundle/BundleTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>
#include <vector>

using namespace vigil;
using namespace vigil::test;

namespace {

QString dataDir()
{
    const QDir dir(QString::fromUtf8(VIGIL_SOURCE_DIR));
    return dir.filePath(QStringLiteral("tests/data/bundle"));
}

QByteArray hex(const QJsonValue& v)
{
    return QByteArray::fromHex(v.toString().toLatin1());
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

struct Vector
{
    QString name;
    QJsonObject json;
    TestDevice sender;
    std::vector<TestDevice> recipients;

    explicit Vector(const QString& vectorName) : name(vectorName)
    {
        QFile f(dataDir() + QLatin1Char('/') + name + QStringLiteral(".json"));
        REQUIRE(f.open(QIODevice::ReadOnly));
        json = QJsonDocument::fromJson(f.readAll()).object();
        REQUIRE(json.value(QStringLiteral("format_version")).toInt() == 1);
        sender = TestDevice::fromSeeds(
            hex(json[QStringLiteral("sender")][QStringLiteral("sign_seed")]), QByteArray(32, '\1'));
        for (const QJsonValue r : json[QStringLiteral("recipients")].toArray())
            recipients.push_back(TestDevice::fromSeeds(hex(r[QStringLiteral("sign_seed")]),
                                                       hex(r[QStringLiteral("box_secret")])));
    }
    QString path(const char* suffix) const
    {
        return dataDir() + QLatin1Char('/') + name + QString::fromLatin1(suffix);
    }
    QJsonArray items() const { return json[QStringLiteral("items")].toArray(); }
    QByteArray bundleKey() const { return hex(json[QStringLiteral("randomness")][0]); }

    // The bundle from the vector's inputs, through BundleWriter.
    QByteArray write() const
    {
        QList<QByteArray> randomness;
        for (const QJsonValue v : json[QStringLiteral("randomness")].toArray())
            randomness.append(hex(v));
        FixedRandomness fixed(randomness);
        const QJsonObject o = json[QStringLiteral("origin")].toObject();
        BundleWriter::Origin origin;
        origin.senderId = sender.id;
        origin.firstSeq = quint64(o[QStringLiteral("first_seq")].toInteger());
        origin.lastSeq = quint64(o[QStringLiteral("last_seq")].toInteger());
        origin.createdMs = o[QStringLiteral("created_ms")].toInteger();
        origin.chainHead = hex(o[QStringLiteral("chain_head")]);
        QList<BundleWriter::Recipient> to;
        for (const TestDevice& r : recipients)
            to.append(r.recipient());
        QBuffer out;
        REQUIRE(out.open(QIODevice::WriteOnly));
        auto writer = BundleWriter::begin(out, origin, sender.signSecret, to, {}, &fixed);
        REQUIRE(writer.ok());
        for (const QJsonValue item : items()) {
            if (item[QStringLiteral("blob")].isObject()) {
                const QJsonObject blob = item[QStringLiteral("blob")].toObject();
                const qint64 size = blob[QStringLiteral("size")].toInteger();
                QBuffer content;
                content.setData(pattern(size));
                REQUIRE(content.open(QIODevice::ReadOnly));
                REQUIRE(
                    writer
                        ->addBlob(QCborValue::fromCbor(hex(blob[QStringLiteral("meta")])).toMap(),
                                  content, size)
                        .ok());
            } else {
                REQUIRE(writer
                            ->addItem(BundleItemKind(item[QStringLiteral("kind")].toInteger()),
                                      QCborValue::fromCbor(hex(item[QStringLiteral("body")])))
                            .ok());
            }
        }
        REQUIRE(writer->finish().ok());
        CHECK(fixed.allUsed());
        return out.data();
    }
};

// A CBOR head, written from RFC 8949 rather than through Qt.
QByteArray cborHead(int major, quint64 value)
{
    QByteArray h;
    const char m = char(major << 5);
    if (value < 24)
        return h.append(char(m | char(value)));
    int n = value <= 0xff ? 1 : value <= 0xffff ? 2 : value <= 0xffffffffULL ? 4 : 8;
    h.append(char(m | char(n == 1 ? 24 : n == 2 ? 25 : n == 4 ? 26 : 27)));
    for (int i = n - 1; i >= 0; --i)
        h.append(char((value >> (8 * i)) & 0xff));
    return h;
}

// The payload plaintext the spec prescribes for the vector's items.
QByteArray expectedPlaintext(const Vector& v)
{
    QByteArray p;
    for (const QJsonValue item : v.items()) {
        if (!item[QStringLiteral("blob")].isObject()) {
            p += cborHead(4, 2) + cborHead(0, quint64(item[QStringLiteral("kind")].toInteger())) +
                 hex(item[QStringLiteral("body")]);
            continue;
        }
        const QJsonObject blob = item[QStringLiteral("blob")].toObject();
        const qint64 size = blob[QStringLiteral("size")].toInteger();
        p += cborHead(4, 2) + cborHead(0, 16) + cborHead(5, 2) + cborHead(0, 1) +
             hex(blob[QStringLiteral("meta")]) + cborHead(0, 2) + cborHead(0, quint64(size));
        const QByteArray content = pattern(size);
        for (qint64 at = 0; at < size; at += 65536) {
            const QByteArray piece = content.mid(at, 65536);
            p += cborHead(4, 2) + cborHead(0, 17) + cborHead(2, quint64(piece.size())) + piece;
        }
        p += cborHead(4, 2) + cborHead(0, 18) + cborHead(2, 32) + sha256(content);
    }
    return p;
}

// Opens a bundle following docs/bundle-format.md step by step with libsodium.
QByteArray decodeBySpec(const QByteArray& b, const Vector& v, const TestDevice& me)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(b.constData());
    REQUIRE(b.startsWith("VIGILBND"));
    REQUIRE(qFromBigEndian<quint16>(b.constData() + 8) == 1);
    const qint64 h = qFromBigEndian<quint32>(b.constData() + 10);
    const qint64 s = b.size();
    REQUIRE(b.mid(s - 80, 8) == "VIGILEND");
    REQUIRE(qFromBigEndian<quint64>(b.constData() + s - 72) == quint64(s));

    crypto_sign_state sign;
    crypto_sign_init(&sign);
    crypto_sign_update(&sign, bytes, std::size_t(s - 64));
    REQUIRE(crypto_sign_final_verify(
                &sign, bytes + s - 64,
                reinterpret_cast<const unsigned char*>(v.sender.signPublic.constData())) == 0);

    const QCborMap header = QCborValue::fromCbor(b.mid(14, h)).toMap();
    REQUIRE(header.value(1).toByteArray().toHex() == v.sender.id.toLatin1());
    QByteArray sealed;
    for (const QCborValue r : header.value(6).toArray()) {
        if (r.toMap().value(1).toByteArray().toHex() == me.id.toLatin1())
            sealed = r.toMap().value(2).toByteArray();
    }
    REQUIRE(sealed.size() == 80);
    unsigned char key[32];
    REQUIRE(crypto_box_seal_open(key, reinterpret_cast<const unsigned char*>(sealed.constData()),
                                 80,
                                 reinterpret_cast<const unsigned char*>(me.boxPublic.constData()),
                                 me.boxSecret.data()) == 0);
    REQUIRE(QByteArray(reinterpret_cast<const char*>(key), 32) == v.bundleKey());

    crypto_secretstream_xchacha20poly1305_state st;
    const QByteArray streamHeader = header.value(7).toByteArray();
    REQUIRE(crypto_secretstream_xchacha20poly1305_init_pull(
                &st, reinterpret_cast<const unsigned char*>(streamHeader.constData()), key) == 0);
    QByteArray plain;
    unsigned char tag = 0;
    for (qint64 pos = 14 + h, chunk = 0; pos < s - 80; pos += 65553, ++chunk) {
        REQUIRE(tag == 0);
        const qint64 n = std::min<qint64>(65553, s - 80 - pos);
        QByteArray out(n - 17, Qt::Uninitialized);
        unsigned long long outSize = 0;
        REQUIRE(crypto_secretstream_xchacha20poly1305_pull(
                    &st, reinterpret_cast<unsigned char*>(out.data()), &outSize, &tag, bytes + pos,
                    std::size_t(n), chunk == 0 ? bytes : nullptr,
                    chunk == 0 ? std::size_t(14 + h) : 0) == 0);
        plain += out;
    }
    REQUIRE(tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    return plain;
}

void checkVector(const QString& name)
{
    const Vector v(name);
    const QByteArray written = v.write();
    if (qEnvironmentVariableIsSet("VIGIL_WRITE_BUNDLE_VECTORS")) {
        writeFile(v.path(".vgb"), written);
        WARN("wrote " << v.path(".vgb").toStdString());
    }
    const QByteArray stored = readFile(v.path(".vgb"));
    CHECK(written == stored); // byte for byte

    // The derived values the vector's JSON states for other implementations.
    const QJsonObject expected = v.json[QStringLiteral("expected")].toObject();
    CHECK(expected[QStringLiteral("sender_id")].toString() == v.sender.id);
    QStringList recipientIds;
    for (const TestDevice& r : v.recipients)
        recipientIds.append(r.id);
    CHECK(expected[QStringLiteral("recipient_ids")].toVariant().toStringList() == recipientIds);
    CHECK(expected[QStringLiteral("size")].toInteger() == stored.size());
    CHECK(hex(expected[QStringLiteral("sha256")]) == sha256(stored));

    for (const TestDevice& me : v.recipients) {
        const QByteArray plaintext = decodeBySpec(stored, v, me);
        CHECK(plaintext.toHex() == expectedPlaintext(v).toHex());

        RecordingSink sink;
        auto summary = me.reader(rosterOf({&v.sender})).read(v.path(".vgb"), sink);
        REQUIRE(summary.ok());
        qsizetype record = 0, blob = 0;
        for (const QJsonValue item : v.items()) {
            if (item[QStringLiteral("blob")].isObject()) {
                const QJsonObject b = item[QStringLiteral("blob")].toObject();
                REQUIRE(blob < sink.blobs.size());
                CHECK(QCborValue(sink.blobs[blob].meta) ==
                      QCborValue::fromCbor(hex(b[QStringLiteral("meta")])));
                CHECK(sink.blobs[blob].sha256 ==
                      sha256(pattern(b[QStringLiteral("size")].toInteger())));
                ++blob;
            } else {
                REQUIRE(record < sink.items.size());
                CHECK(qint64(sink.items[record].first) == item[QStringLiteral("kind")].toInteger());
                CHECK(sink.items[record].second.toCbor() == hex(item[QStringLiteral("body")]));
                ++record;
            }
        }
        CHECK(record == sink.items.size());
        CHECK(blob == sink.blobs.size());
    }
}

} // namespace

TEST_CASE("test vector 'small' is reproduced and read", "[bundle][vector]")
{
    checkVector(QStringLiteral("small"));
}

TEST_CASE("test vector 'two-chunks' is reproduced and read", "[bundle][vector]")
{
    checkVector(QStringLiteral("two-chunks"));
}
