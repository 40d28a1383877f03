#include "core/vault/Vault.h"

#include "core/crypto/Kdf.h"
#include "core/crypto/KeyEnvelope.h"
#include "core/crypto/RecoveryKey.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/util/IoError.h"
#include "core/util/Log.h"

#include <sqlite3.h>
#include <sodium.h>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>

namespace vigil {

namespace {

QString keyPath(const QString& dir)
{
    return QDir(dir).filePath(QLatin1String(Vault::kKeyFile));
}

QString databasePath(const QString& dir)
{
    return QDir(dir).filePath(QLatin1String(Vault::kDatabaseFile));
}

Error noVaultAt(const QString& dir)
{
    return Error::make(ErrorKind::NotFound,
                       QCoreApplication::translate("vigil::Vault", "There is no Vigil vault at %1.").arg(QDir::toNativeSeparators(dir)),
                       QStringLiteral("missing %1").arg(keyPath(dir)));
}

Status writeMeta(Database& db, const char* key, const QString& value)
{
    auto stmt = db.prepare("INSERT OR REPLACE INTO vault_meta(key, value) VALUES (?, ?)");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, key).bind(2, value).run();
}

Result<QString> readMeta(Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM vault_meta WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnText(0) : QString();
}

// Creates `dir` (0700) if missing; refuses a folder that already has files.
Status prepareEmptyFolder(const QString& dir)
{
    QDir d(dir);
    if (d.exists()) {
        if (Vault::existsAt(dir))
            return Error::make(ErrorKind::AlreadyExists,
                               QCoreApplication::translate("vigil::Vault", "A vault already exists at %1.")
                                   .arg(QDir::toNativeSeparators(dir)));
        if (!d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error::make(ErrorKind::AlreadyExists,
                               QCoreApplication::translate("vigil::Vault", "%1 is not empty. Choose an empty or new folder for the "
                                         "vault.")
                                   .arg(QDir::toNativeSeparators(dir)));
    } else if (!QDir().mkpath(dir)) {
        const QFileInfo parent(QFileInfo(dir).absolutePath());
        return ioError(parent.exists() ? EACCES : ENOENT, dir);
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner);
    return {};
}

} // namespace

Vault::Vault(QString dir, SecretBuffer dek)
    : m_dir(std::move(dir)), m_dek(std::move(dek)),
      m_dbKey(Kdf::deriveSubKey(m_dek, Kdf::SubKey::Database)),
      m_attachmentKey(Kdf::deriveSubKey(m_dek, Kdf::SubKey::Attachments)),
      m_identityKey(Kdf::deriveSubKey(m_dek, Kdf::SubKey::LocalIdentity))
{
}

Vault::~Vault()
{
    lock();
}

QString Vault::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/Vigil/vault");
}

bool Vault::existsAt(const QString& dir)
{
    return QFileInfo::exists(keyPath(dir));
}

Result<Vault::Created> Vault::create(const QString& dir, const SecretBuffer& passphrase,
                                     const KdfParams& params, const QString& name)
{
    if (passphrase.isEmpty())
        return Error::make(ErrorKind::Usage, tr("The passphrase must not be empty."));
    VIGIL_TRY(prepareEmptyFolder(dir));

    SecretBuffer dek = SecretBuffer::random(Kdf::kKeySize);
    SecretBuffer recovery = RecoveryKey::generate();
    KeyEnvelope::VaultId vaultId;
    randombytes_buf(vaultId.data(), vaultId.size());
    auto envelope = KeyEnvelope::seal(dek, passphrase, recovery, params, vaultId);
    if (!envelope)
        return envelope.error();

    auto cleanUp = [&dir] {
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(databasePath(dir) + QLatin1String(suffix));
        QDir(dir).rmdir(QLatin1String(kAttachmentsDir));
    };
    if (!QDir(dir).mkpath(QLatin1String(kAttachmentsDir)))
        return ioError(EACCES, QDir(dir).filePath(QLatin1String(kAttachmentsDir)));

    std::unique_ptr<Vault> vault(new Vault(dir, std::move(dek)));
    auto db = Database::open(databasePath(dir), vault->m_dbKey, Database::Mode::ReadWriteCreate);
    if (!db) {
        cleanUp();
        return db.error();
    }
    auto initialise = [&]() -> Status {
        VIGIL_TRY(vault->attachDatabase(std::move(*db), /*creating=*/true));
        auto tx = vault->m_db->beginWrite();
        if (!tx)
            return tx.error();
        VIGIL_TRY(writeMeta(*vault->m_db, "vault_id", envelope->vaultIdHex()));
        VIGIL_TRY(writeMeta(*vault->m_db, "name", name));
        VIGIL_TRY(writeMeta(*vault->m_db, "created_at",
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
        VIGIL_TRY(tx->commit());
        // The key file is written last: a vault exists only once it is complete.
        return envelope->save(keyPath(dir));
    };
    if (auto st = initialise(); !st) {
        vault->lock();
        cleanUp();
        return st.error();
    }
    qCInfo(lcVault) << "created vault" << envelope->vaultIdHex();
    return Created{std::move(vault), RecoveryKey::format(recovery)};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& dir, const SecretBuffer& passphrase)
{
    if (!existsAt(dir))
        return noVaultAt(dir);
    auto envelope = KeyEnvelope::load(keyPath(dir));
    if (!envelope)
        return envelope.error();
    auto dek = envelope->unwrapWithPassphrase(passphrase);
    if (!dek)
        return dek.error();
    return openWithDek(dir, std::move(*dek));
}

Result<std::unique_ptr<Vault>> Vault::recover(const QString& dir,
                                              const SecretBuffer& recoveryKeyText,
                                              const SecretBuffer& newPassphrase,
                                              const KdfParams& params)
{
    if (!existsAt(dir))
        return noVaultAt(dir);
    if (newPassphrase.isEmpty())
        return Error::make(ErrorKind::Usage, tr("The new passphrase must not be empty."));
    auto envelope = KeyEnvelope::load(keyPath(dir));
    if (!envelope)
        return envelope.error();
    auto recovery = RecoveryKey::parse(recoveryKeyText);
    if (!recovery)
        return recovery.error();
    auto dek = envelope->unwrapWithRecoveryKey(*recovery);
    if (!dek)
        return dek.error();
    auto vault = openWithDek(dir, std::move(*dek));
    if (!vault)
        return vault.error();
    auto rewrapped = envelope->withNewPassphrase((*vault)->m_dek, newPassphrase, params);
    if (!rewrapped)
        return rewrapped.error();
    VIGIL_TRY(rewrapped->save(keyPath(dir)));
    qCInfo(lcVault) << "vault recovered with the recovery key";
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::openWithDek(const QString& dir, SecretBuffer dek)
{
    std::unique_ptr<Vault> vault(new Vault(dir, std::move(dek)));
    auto db = Database::open(databasePath(dir), vault->m_dbKey, Database::Mode::ReadWrite);
    if (!db) {
        if (db.error().kind == ErrorKind::NotFound)
            return Error::make(ErrorKind::Integrity,
                               tr("The vault's database file is missing. Restore it from a "
                                  "backup."),
                               db.error().detail);
        return db.error();
    }
    VIGIL_TRY(vault->attachDatabase(std::move(*db), /*creating=*/false));
    return vault;
}

Status Vault::attachDatabase(std::unique_ptr<Database> db, bool creating)
{
    m_db = std::move(db);
    if (!creating) {
        // A vault's database always has a schema. An empty one means the file
        // was truncated or replaced: never quietly start a fresh vault over it.
        auto version = m_db->userVersion();
        if (!version)
            return version.error();
        if (*version == 0)
            return Error::make(ErrorKind::Integrity,
                               tr("The vault's database is empty: the file was truncated or "
                                  "replaced. Restore it from a backup."),
                               QStringLiteral("user_version 0 on open"));
    }
    VIGIL_TRY(Migrations::apply(*m_db, Migrations::vaultSchema()));
    auto records = RecordContext::open(*m_db);
    if (!records)
        return records.error();
    m_records = std::move(*records);
    return {};
}

Status Vault::changePassphrase(const SecretBuffer& newPassphrase, const KdfParams& params)
{
    if (!isOpen())
        return Error::make(ErrorKind::Locked, tr("The vault is locked."));
    if (newPassphrase.isEmpty())
        return Error::make(ErrorKind::Usage, tr("The new passphrase must not be empty."));
    auto envelope = KeyEnvelope::load(keyPath(m_dir));
    if (!envelope)
        return envelope.error();
    auto rewrapped = envelope->withNewPassphrase(m_dek, newPassphrase, params);
    if (!rewrapped)
        return rewrapped.error();
    VIGIL_TRY(rewrapped->save(keyPath(m_dir)));
    qCInfo(lcVault) << "passphrase changed";
    return {};
}

Status Vault::checkPassphrase(const SecretBuffer& passphrase) const
{
    if (!isOpen())
        return Error::make(ErrorKind::Locked, tr("The vault is locked."));
    auto envelope = KeyEnvelope::load(keyPath(m_dir));
    if (!envelope)
        return envelope.error();
    auto dek = envelope->unwrapWithPassphrase(passphrase);
    if (!dek)
        return dek.error();
    if (!dek->equals(m_dek))
        return Error::make(ErrorKind::WrongPassphrase, tr("The passphrase is not correct."));
    return {};
}

void Vault::lock()
{
    m_records.reset();
    m_db.reset();
    m_dek.clear();
    m_dbKey.clear();
    m_attachmentKey.clear();
    m_identityKey.clear();
}

bool Vault::isOpen() const
{
    return m_db != nullptr;
}

Database& Vault::database()
{
    Q_ASSERT(m_db);
    return *m_db;
}

RecordContext& Vault::records()
{
    Q_ASSERT(m_records);
    return *m_records;
}

QString Vault::attachmentsPath() const
{
    return QDir(m_dir).filePath(QLatin1String(kAttachmentsDir));
}

Result<Vault::Info> Vault::info()
{
    if (!isOpen())
        return Error::make(ErrorKind::Locked, tr("The vault is locked."));
    auto envelope = KeyEnvelope::load(keyPath(m_dir));
    if (!envelope)
        return envelope.error();
    Info info;
    info.path = m_dir;
    info.vaultId = envelope->vaultIdHex();
    info.kdf = envelope->kdfParams();
    auto name = readMeta(*m_db, "name");
    if (!name)
        return name.error();
    info.name = *name;
    auto created = readMeta(*m_db, "created_at");
    if (!created)
        return created.error();
    info.createdAt = QDateTime::fromString(*created, Qt::ISODateWithMs);
    auto version = m_db->userVersion();
    if (!version)
        return version.error();
    info.schemaVersion = *version;
    info.databaseBytes = QFileInfo(databasePath(m_dir)).size();
    if (auto stmt = m_db->prepare("PRAGMA cipher_version"); stmt && stmt->step().ok())
        info.sqlcipherVersion = stmt->columnText(0);
    return info;
}

Result<QStringList> Vault::verify()
{
    if (!isOpen())
        return Error::make(ErrorKind::Locked, tr("The vault is locked."));
    return m_db->integrityProblems();
}

SecretBuffer Vault::databaseKeyHex() const
{
    return m_dbKey.toHex();
}

SecretBuffer Vault::databaseKeyCopy() const
{
    return SecretBuffer::copyOf(m_dbKey.data(), m_dbKey.size());
}

QString Vault::databaseFile() const
{
    return databasePath(m_dir);
}

} // namespace vigil
