#include "core/sync/bundle/BundleHeader.h"

#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/CborScan.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QSet>

namespace vigil {

namespace {

// Header map > recipients array > recipient map > value.
constexpr int kHeaderDepth = 4;

Error damaged(const QString& detail)
{
    return BundleError::make(BundleErrorCode::Damaged, QStringLiteral("header: ") + detail);
}

bool isUnsigned(const QCborValue& v)
{
    return v.isInteger() && v.toInteger() >= 0;
}

// The map's values by key, if its keys are exactly 1..count in ascending order.
std::optional<QList<QCborValue>> valuesInOrder(const QCborValue& value, qsizetype count)
{
    if (!value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    if (map.size() != count)
        return std::nullopt;
    QList<QCborValue> values;
    qint64 expected = 1;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it, ++expected) {
        if (!it.key().isInteger() || it.key().toInteger() != expected)
            return std::nullopt;
        values.append(it.value());
    }
    return values;
}

} // namespace

std::optional<QByteArray> DeviceIdCodec::toBytes(const QString& hexId)
{
    if (hexId.size() != 2 * BundleFormat::kDeviceIdSize)
        return std::nullopt;
    for (const QChar c : hexId) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return std::nullopt;
    }
    return QByteArray::fromHex(hexId.toLatin1());
}

QString DeviceIdCodec::fromBytes(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

const SealedRecipient* BundleHeader::recipient(const QString& deviceId) const
{
    for (const SealedRecipient& r : recipients) {
        if (r.deviceId == deviceId)
            return &r;
    }
    return nullptr;
}

std::optional<QString> BundleHeader::checkFields(const BundleLimits& limits) const
{
    if (!DeviceIdCodec::toBytes(senderId))
        return QStringLiteral("sender id is not 32 lowercase hex digits");
    if (lastSeq == ~quint64(0) || firstSeq > lastSeq + 1 || lastSeq > quint64(INT64_MAX))
        return QStringLiteral("seq range is not first <= last + 1");
    if (createdMs < 0)
        return QStringLiteral("created is negative");
    if (chainHead.size() > BundleFormat::kMaxChainHeadSize)
        return QStringLiteral("chain head is longer than 64 bytes");
    if (recipients.isEmpty() || recipients.size() > limits.maxRecipients)
        return QStringLiteral("%1 recipients, allowed 1 to %2")
            .arg(recipients.size())
            .arg(limits.maxRecipients);
    QSet<QString> seen;
    for (const SealedRecipient& r : recipients) {
        if (!DeviceIdCodec::toBytes(r.deviceId))
            return QStringLiteral("recipient id is not 32 lowercase hex digits");
        if (seen.contains(r.deviceId))
            return QStringLiteral("recipient listed twice");
        seen.insert(r.deviceId);
        if (r.sealedKey.size() != BundleFormat::kSealedKeySize)
            return QStringLiteral("sealed key is not 80 bytes");
    }
    if (streamHeader.size() != BundleFormat::kStreamHeaderSize)
        return QStringLiteral("stream header is not 24 bytes");
    return std::nullopt;
}

QByteArray BundleHeader::encode() const
{
    namespace F = BundleFormat;
    QByteArray bytes;
    QCborStreamWriter w(&bytes);
    w.startMap(7);
    w.append(quint64(F::HeaderSender));
    w.append(*DeviceIdCodec::toBytes(senderId));
    w.append(quint64(F::HeaderFirstSeq));
    w.append(firstSeq);
    w.append(quint64(F::HeaderLastSeq));
    w.append(lastSeq);
    w.append(quint64(F::HeaderCreated));
    w.append(quint64(createdMs));
    w.append(quint64(F::HeaderChainHead));
    w.append(chainHead);
    w.append(quint64(F::HeaderRecipients));
    w.startArray(quint64(recipients.size()));
    for (const SealedRecipient& r : recipients) {
        w.startMap(2);
        w.append(quint64(F::RecipientDevice));
        w.append(*DeviceIdCodec::toBytes(r.deviceId));
        w.append(quint64(F::RecipientSealedKey));
        w.append(r.sealedKey);
        w.endMap();
    }
    w.endArray();
    w.append(quint64(F::HeaderStreamHeader));
    w.append(streamHeader);
    w.endMap();
    return bytes;
}

Result<BundleHeader> BundleHeader::decode(QByteArrayView bytes, const BundleLimits& limits)
{
    namespace F = BundleFormat;
    // Measure first, so QCborValue never sees a declared length or nesting
    // beyond what the header can hold.
    const CborScan::Result scanned = CborScan::scan(bytes, kHeaderDepth, bytes.size());
    if (scanned.status != CborScan::Status::Complete || scanned.length != bytes.size())
        return damaged(QStringLiteral("not one well-formed CBOR item of the declared length"));
    QCborParserError parseError;
    const QCborValue root =
        QCborValue::fromCbor(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QCborError::NoError)
        return damaged(parseError.errorString());

    const auto fields = valuesInOrder(root, 7);
    if (!fields)
        return damaged(QStringLiteral("the map's keys are not exactly 1..7 in order"));
    const QList<QCborValue>& v = *fields;
    BundleHeader h;
    const QCborValue& sender = v[F::HeaderSender - 1];
    if (!sender.isByteArray() || sender.toByteArray().size() != F::kDeviceIdSize)
        return damaged(QStringLiteral("sender is not 16 bytes"));
    h.senderId = DeviceIdCodec::fromBytes(sender.toByteArray());
    if (!isUnsigned(v[F::HeaderFirstSeq - 1]) || !isUnsigned(v[F::HeaderLastSeq - 1]) ||
        !isUnsigned(v[F::HeaderCreated - 1]))
        return damaged(QStringLiteral("seq range or created is not an unsigned integer"));
    h.firstSeq = quint64(v[F::HeaderFirstSeq - 1].toInteger());
    h.lastSeq = quint64(v[F::HeaderLastSeq - 1].toInteger());
    h.createdMs = v[F::HeaderCreated - 1].toInteger();
    if (!v[F::HeaderChainHead - 1].isByteArray())
        return damaged(QStringLiteral("chain head is not a byte string"));
    h.chainHead = v[F::HeaderChainHead - 1].toByteArray();
    if (!v[F::HeaderRecipients - 1].isArray())
        return damaged(QStringLiteral("recipients is not an array"));
    if (v[F::HeaderRecipients - 1].toArray().size() > limits.maxRecipients)
        return BundleError::make(
            BundleErrorCode::OverLimit,
            QStringLiteral("header: more than %1 recipients").arg(limits.maxRecipients));
    for (const QCborValue& entry : v[F::HeaderRecipients - 1].toArray()) {
        const auto r = valuesInOrder(entry, 2);
        if (!r || !(*r)[0].isByteArray() || (*r)[0].toByteArray().size() != F::kDeviceIdSize ||
            !(*r)[1].isByteArray())
            return damaged(QStringLiteral("a recipient entry is malformed"));
        h.recipients.append(
            {DeviceIdCodec::fromBytes((*r)[0].toByteArray()), (*r)[1].toByteArray()});
    }
    if (!v[F::HeaderStreamHeader - 1].isByteArray())
        return damaged(QStringLiteral("stream header is not a byte string"));
    h.streamHeader = v[F::HeaderStreamHeader - 1].toByteArray();
    if (const auto problem = h.checkFields(limits))
        return damaged(*problem);
    return h;
}

} // namespace vigil
