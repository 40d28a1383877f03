#pragma once

#include "core/sync/bundle/BundleLimits.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace vigil {

// The bundle key sealed to one recipient (crypto_box_seal, 80 bytes).
struct SealedRecipient
{
    QString deviceId; // 32 lowercase hex digits, as DeviceIdentity::id()
    QByteArray sealedKey;
};

// What a bundle's CBOR header says (docs/bundle-format.md, "Header"). Until
// the signature is verified it is only a claim.
struct BundleHeader
{
    QString senderId;
    quint64 firstSeq = 1; // the ops' seq range; empty when firstSeq == lastSeq + 1
    quint64 lastSeq = 0;
    qint64 createdMs = 0; // milliseconds since the epoch, UTC
    QByteArray chainHead; // opaque here, 0..64 bytes
    QList<SealedRecipient> recipients;
    QByteArray streamHeader; // the secretstream header, 24 bytes

    const SealedRecipient* recipient(const QString& deviceId) const;

    // The header's CBOR, deterministic: keys ascending, shortest heads,
    // definite lengths. Callers check the fields first (checkFields()).
    QByteArray encode() const;
    // Parses and checks a header; any defect is BundleErrorCode::Damaged.
    static Result<BundleHeader> decode(QByteArrayView bytes, const BundleLimits& limits);
    // Why the fields are not valid, or nullopt.
    std::optional<QString> checkFields(const BundleLimits& limits) const;
};

// Device ids: 16 bytes on the wire, 32 lowercase hex digits in the API.
namespace DeviceIdCodec {
std::optional<QByteArray> toBytes(const QString& hexId);
QString fromBytes(const QByteArray& bytes);
} // namespace DeviceIdCodec

} // namespace vigil
