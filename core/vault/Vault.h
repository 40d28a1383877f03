#pragma once

#include "core/crypto/KdfParams.h"
#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

namespace vigil {

class Database;
class KeyEnvelope;
class RecordContext;

// A vault is a folder holding vault.key (the key envelope), vigil.db (the
// SQLCipher database) and attachments/. An open Vault owns the database
// connection and the sub-keys; lock() closes the one and wipes the others.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(vigil::Vault)
public:
    static constexpr const char* kKeyFile = "vault.key";
    static constexpr const char* kDatabaseFile = "vigil.db";
    static constexpr const char* kAttachmentsDir = "attachments";

    struct Created;
    struct Info
    {
        QString path;
        QString vaultId;
        QString name;
        int schemaVersion = 0;
        QDateTime createdAt;
        KdfParams kdf;
        qint64 databaseBytes = 0;
        QString sqlcipherVersion;
    };

    // <user data dir>/vault, e.g. ~/.local/share/Vigil/vault.
    static QString defaultLocation();
    // True if `dir` holds a key file (whether or not it opens).
    static bool existsAt(const QString& dir);

    // Creates the folder (which must be missing or empty), the envelope and an
    // empty, migrated database. The recovery key comes back once, formatted.
    static Result<Created> create(const QString& dir, const SecretBuffer& passphrase,
                                  const KdfParams& params = KdfParams::defaults(),
                                  const QString& name = {});
    // Unlocks with the passphrase. WrongPassphrase, Integrity, NotFound, ... on failure;
    // a failed open changes nothing on disk.
    static Result<std::unique_ptr<Vault>> open(const QString& dir, const SecretBuffer& passphrase);
    // Unlocks with the recovery key (as typed) and sets a new passphrase.
    static Result<std::unique_ptr<Vault>> recover(const QString& dir,
                                                  const SecretBuffer& recoveryKeyText,
                                                  const SecretBuffer& newPassphrase,
                                                  const KdfParams& params = KdfParams::defaults());

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Rewraps the data key under a new passphrase; the database is not re-encrypted.
    Status changePassphrase(const SecretBuffer& newPassphrase,
                            const KdfParams& params = KdfParams::defaults());
    // Re-authentication before revealing the most sensitive data (identity
    // entries): WrongPassphrase unless `passphrase` unwraps this vault's key.
    Status checkPassphrase(const SecretBuffer& passphrase) const;
    // Closes the database and wipes every key. The object is unusable afterwards.
    void lock();
    bool isOpen() const;

    Database& database();
    // Device id, clock and write transactions for the repositories.
    RecordContext& records();
    QString path() const { return m_dir; }
    QString attachmentsPath() const;
    Result<Info> info();
    // integrity_check + cipher_integrity_check; empty list when healthy.
    Result<QStringList> verify();
    // The SQLCipher key as 64 hex characters, for `sqlcipher` with
    // PRAGMA key = "x'...'". Only for the user who has just re-entered the passphrase.
    SecretBuffer databaseKeyHex() const;
    // A copy of the raw database key in guarded memory, for a job that opens
    // its own connection on another thread (Database::open on
    // databaseFile()); the job wipes it when it ends.
    SecretBuffer databaseKeyCopy() const;
    QString databaseFile() const;
    const SecretBuffer& attachmentKey() const { return m_attachmentKey; }
    const SecretBuffer& localIdentityKey() const { return m_identityKey; }

private:
    Vault(QString dir, SecretBuffer dek);
    static Result<std::unique_ptr<Vault>> openWithDek(const QString& dir, SecretBuffer dek);
    Status attachDatabase(std::unique_ptr<Database> db, bool creating);

    QString m_dir;
    SecretBuffer m_dek;
    SecretBuffer m_dbKey;
    SecretBuffer m_attachmentKey;
    SecretBuffer m_identityKey;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RecordContext> m_records; // refers to *m_db; reset first
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    SecretBuffer recoveryKey; // formatted for humans; shown once, then wiped
};

} // namespace vigil
