#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

namespace vigil {

// Encryption of identity entries on an enrolled device (DESIGN.md §6.4,
// docs/sync-protocol.md "Identity entries on enrolled devices"): a random
// entry key encrypts the padded fields with XChaCha20-Poly1305, and the key
// is sealed (crypto_box_seal) to each coordinator's box key. The writing
// device keeps no copy of the key, so a monitor cannot read back what it
// wrote and a seized laptop holds nothing readable.
//
//   "VID2" | nonce (24) | n (u8, 1..32) | n x { device id (16) | sealed key (80) }
//   | ciphertext (+16), associated data: `ad` followed by every byte before it
class CoordinatorSeal
{
    Q_DECLARE_TR_FUNCTIONS(vigil::CoordinatorSeal)
public:
    static bool looksSealed(const QByteArray& blob);
    // Whether `deviceId` is one of the blob's recipients.
    static bool isRecipient(const QByteArray& blob, const QString& deviceId);
    static Result<QByteArray> seal(const SecretBuffer& plain, QByteArrayView ad,
                                   const QList<RosterEntry>& coordinators);
    // NotFound when this device is not among the recipients; Integrity when
    // the blob is damaged.
    static Result<SecretBuffer> open(const QByteArray& blob, QByteArrayView ad,
                                     const QString& deviceId, const SecretBuffer& boxSecretKey,
                                     const QByteArray& boxPublicKey);
};

} // namespace vigil
