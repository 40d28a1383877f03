#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace vigil {

class Database;

// The organisation's roster as this vault knows it (table sync_device). Every
// entry carries a coordinator's signature, so roster items can travel in any
// bundle and still be checked: an entry is accepted only if it is signed by a
// coordinator already in the roster (or by the coordinator named in the
// invitation this vault joined with, for the first entries), and replaces
// another entry only with a higher revision.
class Roster
{
    Q_DECLARE_TR_FUNCTIONS(vigil::Roster)
public:
    explicit Roster(Database& db) : m_db(db) {}

    Result<std::optional<RosterEntry>> find(const QString& deviceId) const;
    Result<QList<RosterEntry>> entries() const;
    // Non-revoked coordinators (identity entries are sealed to their box keys).
    Result<QList<RosterEntry>> coordinators() const;

    // Signs `entry` (its revision and signedBy set by the caller) with this
    // coordinator's Ed25519 secret key and stores it, inside the caller's
    // transaction.
    Status signAndStore(RosterEntry entry, const QString& signerId,
                        const SecretBuffer& signSecretKey);
    // A roster item received in a bundle: checks its shape and signature;
    // stores it if it is newer. Returns whether anything changed. Errors are
    // Integrity (bad signature, unknown signer) or Validation (shape).
    Result<bool> accept(const QCborMap& item);
    // Stores an entry whose signature has already been verified (the
    // coordinator's own entry taken from a verified invitation).
    Status storeVerified(const RosterEntry& entry);

    // The entry as a roster item body (docs/sync-protocol.md), and back.
    static QCborMap toItem(const RosterEntry& entry);
    static Result<RosterEntry> fromItem(const QCborMap& item);
    // Whether the entry's signature verifies under `signerSignPublic`.
    static bool verify(const RosterEntry& entry, const QByteArray& signerSignPublic);

private:
    Database& m_db;
};

} // namespace vigil
