#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <QByteArray>
#include <QHashFunctions>

#include <memory>
#include <unordered_map>

struct sqlite3;

namespace vigil {

class Statement;
class Transaction;

// One SQLCipher connection. Opened by a factory that returns a Result, so a
// Database object is never half-open; closed by its destructor.
// Settings applied on open: raw 256-bit key (SQLCipher 4 defaults otherwise),
// WAL, synchronous=FULL, foreign_keys=ON, secure_delete=ON, temp_store=MEMORY,
// a 32 MiB page cache.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(vigil::Database)
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    // `rawKey` is 32 bytes; an empty buffer opens a plain (unencrypted) SQLite
    // database, used by the benchmarks as the baseline. Reads page 1 before
    // returning, so a wrong key or a damaged file fails here.
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecretBuffer& rawKey,
                                                  Mode mode = Mode::ReadWrite);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Status exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // A prepared statement kept for reuse (reset, bindings cleared), for SQL
    // run many times; owned by the Database, valid until it closes.
    Result<Statement*> cached(const QByteArray& sql);
    Result<Transaction> beginWrite(); // BEGIN IMMEDIATE
    Result<Transaction> beginRead();  // BEGIN DEFERRED

    Result<int> userVersion();
    Status setUserVersion(int version);
    Result<qint64> scalarInt(const char* sql);

    // Runs PRAGMA integrity_check and PRAGMA cipher_integrity_check; the
    // returned list is empty when both are clean.
    Result<QStringList> integrityProblems();

    // Checkpoints the WAL into the main file (used before backups and closing).
    Status checkpoint();

    qint64 lastInsertRowId() const;
    int changes() const;
    sqlite3* handle() const { return m_db.get(); }
    const QString& path() const { return m_path; }

    // Maps an SQLite result code (extended codes kept) to a Vigil Error with a
    // translated message; `context` says what was being done, for `detail`.
    Error errorFor(int rc, const char* context) const { return errorFor(m_db.get(), rc, context); }
    static Error errorFor(sqlite3* db, int rc, const char* context);
    static Error errorForCode(int rc, const QString& detail);

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    Database(std::unique_ptr<sqlite3, Closer> db, QString path);

    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
    struct SqlHash
    {
        std::size_t operator()(const QByteArray& sql) const noexcept { return qHash(sql); }
    };
    // Declared after m_db, so statements are finalized before the connection closes.
    std::unordered_map<QByteArray, std::unique_ptr<Statement>, SqlHash> m_statements;
};

} // namespace vigil
