#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace vigil {

class SecretBuffer;

// A prepared statement, finalized by RAII. Binding indices are 1-based as in
// SQLite. Bound values are never logged.
class Statement
{
public:
    Statement(Statement&&) noexcept = default;
    Statement& operator=(Statement&&) noexcept = default;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* utf8);
    Statement& bindBlob(int index, const QByteArray& value);
    Statement& bindBlob(int index, const void* data, int size); // copied by SQLite
    Statement& bindNull(int index);

    // true: a row is available; false: done. Errors carry the SQLite code.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Status run();
    Status reset();
    // Calls `row` (returning Status) with the statement on each row in turn,
    // then resets it, so that a cached statement is ready again; stops at
    // the first error, the step's or the callback's.
    template <typename RowFn> Status forEachRow(RowFn&& row);

    int columnCount() const;
    bool isNull(int column) const;
    // SQLite's storage class: 1 integer, 2 float, 3 text, 4 blob, 5 null.
    int columnType(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    // A blob copied straight into guarded memory (keys), never into a QByteArray.
    SecretBuffer columnSecret(int column) const;

    sqlite3_stmt* handle() const { return m_stmt.get(); }

private:
    friend class Database;
    struct Finalizer
    {
        void operator()(sqlite3_stmt* stmt) const;
    };
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    void checkBind(int rc);

    sqlite3* m_db = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_stmt;
    int m_bindError = 0; // first failed bind, reported by step()
};

template <typename RowFn> Status Statement::forEachRow(RowFn&& row)
{
    while (true) {
        auto more = step();
        if (!more || !*more) {
            (void)reset();
            return more ? Status() : Status(more.error());
        }
        if (Status done = row(*this); !done) {
            (void)reset();
            return done;
        }
    }
}

} // namespace vigil
