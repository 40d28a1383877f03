#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace vigil {

class Database;

// This device's keys (DESIGN.md §6.1): an Ed25519 signing key and an X25519
// box key, kept in the encrypted database. The device id is the first 16
// bytes of BLAKE2b(signing public key), in hex.
class DeviceIdentity
{
    Q_DECLARE_TR_FUNCTIONS(vigil::DeviceIdentity)
public:
    // Loads the identity, creating it on first use (in its own transaction).
    static Result<DeviceIdentity> ensure(Database& db);

    // This device's secret keys, read from the database into guarded memory
    // for the one operation that needs them (signing a bundle or roster
    // entry, opening a bundle or a sealed identity entry).
    static Result<SecretBuffer> signSecretKey(Database& db);
    static Result<SecretBuffer> boxSecretKey(Database& db);

    const QString& id() const { return m_id; }
    const QByteArray& signPublicKey() const { return m_signPublic; }
    const QByteArray& boxPublicKey() const { return m_boxPublic; }

    static QString idFor(const QByteArray& signPublicKey);
    // 12 groups of 5 digits, to compare by phone (like a safety number).
    static QString fingerprint(const QByteArray& signPublicKey);

private:
    QString m_id;
    QByteArray m_signPublic;
    QByteArray m_boxPublic;
};

} // namespace vigil
