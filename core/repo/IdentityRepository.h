#pragma once

#include "core/model/IdentityEntry.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace vigil {

class Vault;

// Identity entries (DOMAIN.md §4.2, DESIGN.md §6.4): the real name and ID or
// cell number of an interviewee, written only when the consent covers using
// the name or referring the case, and stored sealed with XChaCha20-Poly1305
// under the vault's local-identity key (random nonce, the interview id as
// associated data, padded to 64-byte blocks so the length says little).
// On a device of an organisation the entry is sealed to the coordinators
// instead (CoordinatorSeal): a monitor can write it but never read it back.
// Only the sealed blob reaches the row, the change log and sync; audit events
// name the entry, never its content. Reading one back asks for the passphrase
// again and leaves an "identity.read" audit event.
//
// Values travel in SecretBuffers both ways (see IdentityFields): the
// plaintext only ever exists in guarded memory that is wiped when dropped.
class IdentityRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::IdentityRepository)
public:
    explicit IdentityRepository(Vault& vault) : m_vault(vault) {}

    // Seals and stores `fields` for the interview (scope coordinator).
    Result<QString> add(const QString& interviewId, const IdentityFields& fields);
    // Re-authenticates with `passphrase` (WrongPassphrase, nothing read and
    // nothing audited, if it is wrong), then commits the audit event before
    // the values are handed out.
    Result<IdentityFields> read(const QString& entryId, const SecretBuffer& passphrase);
    // That entries exist, not what they say; no passphrase needed.
    Result<QList<IdentityEntryInfo>> list(const QString& interviewId);
    Status remove(const QString& entryId);
    // False for an entry sealed to the organisation's coordinators on a device
    // that is not one of them (no passphrase needed; nothing is decrypted).
    Result<bool> readableHere(const QString& entryId);

    // Whether `blob` has the shape of a sealed entry (checked by the writer,
    // so no plaintext can be stored in its place).
    static bool looksSealed(const QByteArray& blob);

private:
    Result<QByteArray> seal(const QString& interviewId, const IdentityFields& fields) const;
    Result<IdentityFields> unseal(const QString& interviewId, const QByteArray& sealed) const;
    Result<SecretBuffer> openBlob(const QString& interviewId, const QByteArray& sealed) const;
    // Empty for a standalone vault (the local-identity key is used); the
    // organisation's coordinators otherwise (CoordinatorSeal).
    Result<QList<RosterEntry>> sealRecipients() const;

    Vault& m_vault;
};

} // namespace vigil
