#include "core/sync/exchange/OpItem.h"

#include "core/sync/bundle/BundleHeader.h"

#include <QCborValue>
#include <QCoreApplication>

namespace vigil::OpItem {

namespace {

enum Key : int { KDevice = 1, KSeq, KHlc, KEntity, KEntityId, KField, KValue, KBaseHlc, KScope };

constexpr qsizetype kMaxName = 64;

Error invalid(const QString& detail)
{
    return Error::make(ErrorKind::Validation,
                       QCoreApplication::translate("vigil::OpItem",
                                                   "A change received from another device is "
                                                   "malformed."),
                       QStringLiteral("op item: ") + detail);
}

QCborValue encodeValue(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QCborValue(nullptr);
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QCborValue(value.toLongLong());
    case QMetaType::Double:
        return QCborValue(value.toDouble());
    default:
        return QCborValue(value.toString());
    }
}

std::optional<QVariant> decodeValue(const QCborValue& v)
{
    if (v.isNull())
        return QVariant();
    if (v.isInteger())
        return QVariant(v.toInteger());
    if (v.isString())
        return QVariant(v.toString());
    if (v.isByteArray())
        return QVariant(v.toByteArray());
    if (v.isDouble())
        return QVariant(v.toDouble());
    return std::nullopt;
}

} // namespace

QCborMap encode(const Op& op)
{
    QCborMap map;
    map.insert(KDevice, DeviceIdCodec::toBytes(op.deviceId).value_or(QByteArray()));
    map.insert(KSeq, op.seq);
    map.insert(KHlc, op.hlc);
    map.insert(KEntity, op.entity);
    map.insert(KEntityId, op.entityId);
    map.insert(KField, op.field);
    map.insert(KValue, encodeValue(op.value));
    map.insert(KBaseHlc, op.baseHlc);
    map.insert(KScope, op.scope);
    return map;
}

Result<Op> decode(const QCborMap& body)
{
    if (body.size() != KScope)
        return invalid(QStringLiteral("expected keys 1 to 9"));
    for (int k = KDevice; k <= KScope; ++k) {
        if (!body.contains(k))
            return invalid(QStringLiteral("missing key %1").arg(k));
    }
    const QCborValue device = body.value(KDevice);
    if (!device.isByteArray() || device.toByteArray().size() != 16)
        return invalid(QStringLiteral("device id"));
    Op op;
    op.deviceId = DeviceIdCodec::fromBytes(device.toByteArray());
    const auto nonNegative = [&](int key, qint64& out, qint64 min) {
        const QCborValue v = body.value(key);
        if (!v.isInteger() || v.toInteger() < min)
            return false;
        out = v.toInteger();
        return true;
    };
    if (!nonNegative(KSeq, op.seq, 1) || !nonNegative(KHlc, op.hlc, 1)
        || !nonNegative(KBaseHlc, op.baseHlc, 0))
        return invalid(QStringLiteral("seq or clock"));
    const auto text = [&](int key, QString& out) {
        const QCborValue v = body.value(key);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > kMaxName)
            return false;
        out = v.toString();
        return true;
    };
    if (!text(KEntity, op.entity) || !text(KEntityId, op.entityId) || !text(KField, op.field)
        || !text(KScope, op.scope))
        return invalid(QStringLiteral("names"));
    auto value = decodeValue(body.value(KValue));
    if (!value)
        return invalid(QStringLiteral("value type"));
    op.value = *value;
    return op;
}

} // namespace vigil::OpItem
