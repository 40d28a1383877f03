#include "core/sync/bundle/BundleItems.h"

#include "core/sync/bundle/BundleFormat.h"

#include <QCborArray>
#include <QCborStreamWriter>

namespace vigil::BundleItems {

namespace {

// Size of a CBOR head whose argument is `value`.
qint64 headSize(quint64 value)
{
    if (value < 24)
        return 1;
    if (value <= 0xff)
        return 2;
    if (value <= 0xffff)
        return 3;
    if (value <= 0xffffffffULL)
        return 5;
    return 9;
}

// Array head, kind (< 24) and the byte-string head of a blob piece.
qint64 pieceItemSize(qint64 size)
{
    return 1 + 1 + headSize(quint64(size)) + size;
}

std::optional<QString> checkAck(const QCborValue& body)
{
    if (!body.isArray())
        return QStringLiteral("ack body is not an array");
    for (const QCborValue& entry : body.toArray()) {
        const QCborArray pair = entry.toArray();
        if (!entry.isArray() || pair.size() != 2)
            return QStringLiteral("ack entry is not a [device, seq] pair");
        if (!pair.at(0).isByteArray() ||
            pair.at(0).toByteArray().size() != BundleFormat::kDeviceIdSize)
            return QStringLiteral("ack device id is not 16 bytes");
        if (!pair.at(1).isInteger() || pair.at(1).toInteger() < 0)
            return QStringLiteral("ack seq is not an unsigned integer");
    }
    return std::nullopt;
}

} // namespace

bool isRecordKind(std::uint64_t kind)
{
    switch (BundleItemKind(kind)) {
    case BundleItemKind::Op:
    case BundleItemKind::Ack:
    case BundleItemKind::Roster:
    case BundleItemKind::Config:
        return true;
    default:
        return false;
    }
}

std::optional<QString> checkRecordBody(BundleItemKind kind, const QCborValue& body)
{
    switch (kind) {
    case BundleItemKind::Op:
    case BundleItemKind::Roster:
    case BundleItemKind::Config:
        if (!body.isMap())
            return QStringLiteral("item body is not a map");
        return std::nullopt;
    case BundleItemKind::Ack:
        return checkAck(body);
    default:
        return QStringLiteral("not a record kind");
    }
}

QByteArray encode(BundleItemKind kind, const QCborValue& body)
{
    QByteArray bytes;
    QCborStreamWriter writer(&bytes);
    writer.startArray(2);
    writer.append(quint64(kind));
    body.toCbor(writer);
    writer.endArray();
    return bytes;
}

QByteArray blobChunkHead(qsizetype size)
{
    // Written by hand so the piece's bytes can follow without being copied
    // into a QCborValue: array(2), the kind, a byte-string head.
    QByteArray head;
    head.append(char(0x82)).append(char(BundleItemKind::BlobChunk));
    const auto value = quint64(size);
    const qint64 n = headSize(value);
    constexpr int kByteString = 2 << 5;
    if (n == 1) {
        head.append(char(kByteString | int(value)));
        return head;
    }
    const int extra = int(n - 1); // 1, 2, 4 or 8 bytes: additional information 24..27
    const int info = extra == 1 ? 24 : extra == 2 ? 25 : extra == 4 ? 26 : 27;
    head.append(char(kByteString | info));
    for (int i = extra - 1; i >= 0; --i)
        head.append(char((value >> (8 * i)) & 0xff));
    return head;
}

qint64 blobEncodedSize(qint64 size, qint64 beginItemSize)
{
    const qint64 full = size / BundleFormat::kBlobPieceSize;
    const qint64 rest = size % BundleFormat::kBlobPieceSize;
    const qint64 endItem =
        1 + 1 + headSize(BundleFormat::kBlobHashSize) + BundleFormat::kBlobHashSize;
    return beginItemSize + full * pieceItemSize(BundleFormat::kBlobPieceSize) +
           (rest > 0 ? pieceItemSize(rest) : 0) + endItem;
}

qint64 blobItemCount(qint64 size)
{
    return 2 + (size + BundleFormat::kBlobPieceSize - 1) / BundleFormat::kBlobPieceSize;
}

} // namespace vigil::BundleItems
