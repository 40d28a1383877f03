#include "core/store/Database.h"

#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/util/IoError.h"
#include "core/util/Log.h"

#include <sqlite3.h>

#include <QFile>

#include <cerrno>
#include <cstring>

namespace vigil {

void Database::Closer::operator()(sqlite3* db) const
{
    // close_v2 defers the close until every statement is finalized.
    sqlite3_close_v2(db);
}

namespace {
// Every page read from disk is authenticated and decrypted (HMAC-SHA512 +
// AES-256); a 32 MiB page cache keeps a monitor's working set decrypted once.
constexpr const char* kCacheSize = "PRAGMA cache_size = -32768";
} // namespace

Database::Database(std::unique_ptr<sqlite3, Closer> db, QString path)
    : m_db(std::move(db)), m_path(std::move(path))
{
}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(const QString& path, const SecretBuffer& rawKey,
                                                 Mode mode)
{
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    if (mode != Mode::ReadWriteCreate && !QFile::exists(path))
        return ioError(ENOENT, path);

    sqlite3* raw = nullptr;
    const QByteArray fileName = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(fileName.constData(), &raw, flags, nullptr);
    std::unique_ptr<sqlite3, Closer> handle(raw);
    if (rc != SQLITE_OK) {
        const int sysErr = raw ? sqlite3_system_errno(raw) : 0;
        return sysErr ? ioError(sysErr, path)
                      : errorForCode(rc, QStringLiteral("open %1").arg(path));
    }
    std::unique_ptr<Database> db(new Database(std::move(handle), path));
    sqlite3_busy_timeout(db->handle(), 5000);
    // SQLCipher would print its own diagnostics to stderr; Vigil reports
    // errors itself, in words a user can act on.
    (void)db->exec("PRAGMA cipher_log_level = NONE");

    if (!rawKey.isEmpty()) {
        // "x'<64 hex>'" makes SQLCipher use the key as is, skipping its PBKDF2.
        const SecretBuffer hex = rawKey.toHex();
        SecretBuffer keySpec(hex.size() + 3);
        keySpec.data()[0] = 'x';
        keySpec.data()[1] = '\'';
        std::memcpy(keySpec.data() + 2, hex.data(), hex.size());
        keySpec.data()[hex.size() + 2] = '\'';
        if (sqlite3_key(db->handle(), keySpec.data(), int(keySpec.size())) != SQLITE_OK)
            return db->errorFor(SQLITE_ERROR, "sqlite3_key");
    }

    // Reading the schema reads page 1: a wrong key or a damaged header fails here.
    if (auto probe = db->scalarInt("SELECT count(*) FROM sqlite_schema"); !probe)
        return probe.error();

    if (mode != Mode::ReadOnly) {
        for (const char* pragma :
             {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
              "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY", kCacheSize}) {
            if (auto st = db->exec(pragma); !st)
                return st.error();
        }
    } else {
        VIGIL_TRY(db->exec("PRAGMA temp_store = MEMORY"));
        VIGIL_TRY(db->exec(kCacheSize));
    }
    return db;
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), sql, nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return errorFor(rc, sql);
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), sql, -1, 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFor(rc, sql);
    }
    return Statement(m_db.get(), stmt);
}

Result<Statement*> Database::cached(const QByteArray& sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        (void)it->second->reset();
        return it->second.get();
    }
    auto stmt = prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    auto owned = std::make_unique<Statement>(std::move(*stmt));
    Statement* raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return raw;
}

Result<Transaction> Database::beginWrite()
{
    VIGIL_TRY(exec("BEGIN IMMEDIATE"));
    return Transaction(this);
}

Result<Transaction> Database::beginRead()
{
    VIGIL_TRY(exec("BEGIN DEFERRED"));
    return Transaction(this);
}

Result<qint64> Database::scalarInt(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnInt(0) : 0;
}

Result<int> Database::userVersion()
{
    auto v = scalarInt("PRAGMA user_version");
    if (!v)
        return v.error();
    return int(*v);
}

Status Database::setUserVersion(int version)
{
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return exec(sql.constData());
}

Result<QStringList> Database::integrityProblems()
{
    QStringList problems;
    for (const char* sql : {"PRAGMA integrity_check", "PRAGMA cipher_integrity_check"}) {
        auto stmt = prepare(sql);
        if (!stmt)
            return stmt.error();
        while (true) {
            auto row = stmt->step();
            if (!row) {
                // A damaged page can make the check itself fail; that is a finding too.
                problems.append(row.error().detail);
                break;
            }
            if (!*row)
                break;
            const QString line = stmt->columnText(0);
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    }
    return problems;
}

Status Database::checkpoint()
{
    return exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

Error Database::errorFor(sqlite3* db, int rc, const char* context)
{
    // Never include bound values: `context` is SQL text with placeholders.
    const int sysErr = sqlite3_system_errno(db);
    const QString detail = QStringLiteral("%1 (%2, errno %3): %4")
                               .arg(QString::fromUtf8(sqlite3_errstr(rc)))
                               .arg(rc)
                               .arg(sysErr)
                               .arg(QString::fromUtf8(context).left(200));
    qCDebug(lcStore) << "sqlite error" << rc << sysErr;
    const int primary = rc & 0xff;
    if ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN || primary == SQLITE_FULL) &&
        sysErr != 0) {
        const char* file = sqlite3_db_filename(db, "main");
        Error e = ioError(sysErr, QString::fromUtf8(file ? file : ""));
        e.detail = detail;
        return e;
    }
    return errorForCode(rc, detail);
}

Error Database::errorForCode(int rc, const QString& detail)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error::make(ErrorKind::DiskFull,
                           tr("The disk is full. Free some space; the last change was not saved "
                              "and nothing else was lost."),
                           detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error::make(ErrorKind::ReadOnly,
                           tr("The vault is on storage Vigil may not write to."), detail);
    case SQLITE_CANTOPEN:
        return Error::make(ErrorKind::Io, tr("The vault's database could not be opened."), detail);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error::make(ErrorKind::Integrity,
                           tr("The vault's database is damaged or has been altered. Restore it "
                              "from a backup."),
                           detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(ErrorKind::Locked,
                           tr("The vault is in use by another Vigil window or program."), detail);
    case SQLITE_CONSTRAINT:
        return Error::make(ErrorKind::Validation, tr("The change breaks a rule of the record."),
                           detail);
    case SQLITE_NOMEM:
        return Error::make(ErrorKind::Io, tr("Vigil ran out of memory."), detail);
    case SQLITE_IOERR:
        return Error::make(ErrorKind::Io, tr("Reading or writing the vault failed."), detail);
    default:
        return Error::make(ErrorKind::Database, tr("The vault's database reported an error."),
                           detail);
    }
}

} // namespace vigil
