// vigil-fuzz-seeds OUT_DIR: writes the seed corpora of the fuzz targets, one
// folder per target (OUT_DIR/bundle_reader, ...), each seed a valid input made
// by Vigil's own writers with the fixed keys of FuzzSupport. Generated at
// build time rather than committed, so the seeds follow the formats when they
// change. The bundle test vectors (tests/data/bundle/*.vgb) are added to the
// reader's corpus by the build, since they use the same keys.
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleItems.h"
#include "core/sync/bundle/BundleWriter.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/SeedWriter.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>
#include <QtEndian>
#include <cstdio>

using namespace vigil;
using namespace vigil::fuzz;

namespace {

namespace F = BundleFormat;

// One payload item, kept both ways: for the writer and as plaintext bytes.
struct Item
{
    BundleItemKind kind = BundleItemKind::Op;
    QCborValue body;
    qint64 blobSize = -1; // >= 0: a blob of this many pattern bytes, `body` its meta
};

struct Bundle
{
    QString name;
    QList<const FuzzDevice*> to;
    QList<Item> items;
    quint64 firstSeq = 1;
    quint64 lastSeq = 0;
};

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + 3) % 256);
    return bytes;
}

QCborMap op(qint64 seq, const QString& value)
{
    return QCborMap{
        {QStringLiteral("op"),
         QStringLiteral("0190f0a0-0000-7000-8000-%1").arg(seq, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("entity"), QStringLiteral("observation")},
        {QStringLiteral("field"), QStringLiteral("text")},
        {QStringLiteral("value"), value}};
}

QCborArray ack()
{
    // Not QCborArray{QCborArray{...}}, which would be a copy of the inner array.
    QCborArray vector;
    vector.append(QCborArray{QByteArray(F::kDeviceIdSize, '\x0f'), 17});
    return vector;
}

// The plaintext payload, as docs/bundle-format.md prescribes it.
QByteArray plaintext(const QList<Item>& items)
{
    QByteArray p;
    for (const Item& item : items) {
        if (item.blobSize < 0) {
            p += BundleItems::encode(item.kind, item.body);
            continue;
        }
        p += BundleItems::encode(
            BundleItemKind::BlobBegin,
            QCborMap{{qint64(F::BlobMeta), item.body}, {qint64(F::BlobSize), item.blobSize}});
        const QByteArray content = pattern(item.blobSize);
        for (qint64 at = 0; at < content.size(); at += F::kBlobPieceSize) {
            const QByteArray piece = content.mid(at, F::kBlobPieceSize);
            p += BundleItems::blobChunkHead(piece.size()) + piece;
        }
        p += BundleItems::encode(BundleItemKind::BlobEnd,
                                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }
    return p;
}

QByteArray writeBundle(const Bundle& b)
{
    BundleWriter::Origin origin;
    origin.senderId = sender().id;
    origin.firstSeq = b.firstSeq;
    origin.lastSeq = b.lastSeq;
    origin.createdMs = 1718000000000;
    origin.chainHead = QByteArray(32, '\x33');
    QList<BundleWriter::Recipient> to;
    for (const FuzzDevice* d : b.to)
        to.append({d->id, d->boxPublic});
    QBuffer out;
    VIGIL_FUZZ_CHECK(out.open(QIODevice::WriteOnly));
    auto writer = BundleWriter::begin(out, origin, sender().signSecret, to);
    VIGIL_FUZZ_CHECK(writer.ok());
    for (const Item& item : b.items) {
        if (item.blobSize < 0) {
            VIGIL_FUZZ_CHECK(writer->addItem(item.kind, item.body).ok());
            continue;
        }
        QBuffer content;
        content.setData(pattern(item.blobSize));
        VIGIL_FUZZ_CHECK(content.open(QIODevice::ReadOnly));
        VIGIL_FUZZ_CHECK(writer->addBlob(item.body.toMap(), content, item.blobSize).ok());
    }
    VIGIL_FUZZ_CHECK(writer->finish().ok());
    return out.data();
}

QList<Bundle> bundles()
{
    const Item op1{BundleItemKind::Op, op(1, QStringLiteral("Cell 4: window broken")), -1};
    const Item op2{BundleItemKind::Op, op(2, QStringLiteral("material-conditions")), -1};
    const Item ackItem{BundleItemKind::Ack, ack(), -1};
    const Item roster{BundleItemKind::Roster,
                      QCborMap{{1, QByteArray(16, '\x22')}, {2, QStringLiteral("Laptop")}}, -1};
    const Item config{BundleItemKind::Config,
                      QCborMap{{1, QStringLiteral("coverage")}, {2, QCborArray{}}}, -1};
    const QCborMap meta{{1, QStringLiteral("attachment")}, {2, QStringLiteral("a1")}};
    const Item blob{BundleItemKind::BlobBegin, meta, 300};
    const Item emptyBlob{BundleItemKind::BlobBegin, meta, 0};
    const Item twoPieceBlob{BundleItemKind::BlobBegin, meta, F::kBlobPieceSize + 5};
    return {
        {QStringLiteral("empty"), {&recipient()}, {}, 1, 0},
        {QStringLiteral("ack-only"), {&recipient()}, {ackItem}, 1, 0},
        {QStringLiteral("every-kind"),
         {&recipient(), &otherRecipient()},
         {roster, config, op1, op2, blob, ackItem},
         1,
         2},
        {QStringLiteral("blobs"), {&otherRecipient(), &recipient()}, {emptyBlob, blob, op1}, 3, 3},
        {QStringLiteral("two-chunks"), {&recipient()}, {twoPieceBlob, ackItem}, 1, 0},
    };
}

} // namespace

int main(int argc, char** argv)
{
    initialise(&argc, &argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: vigil-fuzz-seeds OUT_DIR\n");
        return 2;
    }
    SeedWriter out(QString::fromLocal8Bit(argv[1]));
    for (const Bundle& b : bundles()) {
        const QByteArray bundle = writeBundle(b);
        out.write(QStringLiteral("bundle_reader"), b.name, bundle);
        const qint64 headerSize = qFromBigEndian<quint32>(bundle.constData() + 10);
        out.write(QStringLiteral("bundle_header"), b.name, bundle.mid(F::kPrefixSize, headerSize));
        // The items target's input: piece size - 1 (u16), limits (0: the
        // format's, 1: tight, 2: medium), payload.
        const QByteArray payload = plaintext(b.items);
        out.write(QStringLiteral("bundle_items"), b.name, QByteArray("\xff\xff\0", 3) + payload);
        out.write(QStringLiteral("bundle_items"), b.name + QStringLiteral("-pieces"),
                  QByteArray("\0\x06\1", 3) + payload);
        out.write(QStringLiteral("bundle_items"), b.name + QStringLiteral("-medium"),
                  QByteArray("\x01\x00\2", 3) + payload);
    }
    writeOrgSeeds(out);
    return out.failed() ? 1 : 0;
}
