#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/bundle/BundleLimits.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

class QIODevice;

namespace vigil {

class BundleSink;

// What the roster says about a bundle's sender.
struct SenderKeys
{
    QByteArray signPublicKey; // Ed25519, 32 bytes
    bool revoked = false;
};

// Looks the sender up in the roster. It receives the whole (not yet
// verified) header so it can judge revocation by seq range or date; the
// signature check that follows makes those fields trustworthy. nullopt:
// unknown sender.
using SenderLookup = std::function<std::optional<SenderKeys>(const BundleHeader& header)>;

struct BundleSummary
{
    BundleHeader header;
    qint64 size = 0;  // bytes of the file
    qint64 items = 0; // payload items, blob pieces included
    qint64 blobs = 0;
};

// Opens .vgb bundles addressed to this device (docs/bundle-format.md), with
// every check in the spec's order: frame and limits, sender, the signature
// over the whole file (a first pass, before anything is decrypted), this
// device's recipient entry, then decryption chunk by chunk into a BundleSink,
// and finally the signature again over the bytes actually decrypted, so a
// file changed between the passes is caught too. Memory stays bounded by
// limits.maxItemSize plus two chunks, whatever the bundle's size.
//
// Every refusal is an Error whose BundleError::codeOf() names the reason.
// Nothing reaches the sink unless the signature verified; what reached it
// before a later error must be discarded (see BundleSink).
class BundleReader
{
public:
    // This device's id and X25519 key pair; the secret key is not copied and
    // must outlive the reader.
    BundleReader(const QString& deviceId, const QByteArray& boxPublicKey,
                 const SecretBuffer& boxSecretKey, SenderLookup senders,
                 const BundleLimits& limits = {});

    Result<BundleSummary> read(const QString& path, BundleSink& sink) const;
    // `device` must be open for reading and random access (a file).
    Result<BundleSummary> read(QIODevice& device, BundleSink& sink) const;

private:
    QString m_deviceId;
    QByteArray m_boxPublicKey;
    const SecretBuffer& m_boxSecretKey;
    SenderLookup m_senders;
    BundleLimits m_limits;
};

} // namespace vigil
