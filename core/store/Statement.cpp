#include "core/store/Statement.h"

#include "core/store/Database.h"

#include <sqlite3.h>

namespace vigil {

void Statement::Finalizer::operator()(sqlite3_stmt* stmt) const
{
    sqlite3_finalize(stmt);
}

void Statement::checkBind(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

Statement& Statement::bind(int index, qint64 value)
{
    checkBind(sqlite3_bind_int64(m_stmt.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    checkBind(sqlite3_bind_double(m_stmt.get(), index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    checkBind(
        sqlite3_bind_text(m_stmt.get(), index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const char* utf8)
{
    checkBind(sqlite3_bind_text(m_stmt.get(), index, utf8, -1, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& value)
{
    return bindBlob(index, value.constData(), int(value.size()));
}

Statement& Statement::bindBlob(int index, const void* data, int size)
{
    checkBind(sqlite3_bind_blob(m_stmt.get(), index, data, size, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(m_stmt.get(), index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != 0)
        return Database::errorForCode(m_bindError,
                                      QStringLiteral("bind: %1 in %2")
                                          .arg(QString::fromUtf8(sqlite3_errstr(m_bindError)),
                                               QString::fromUtf8(sqlite3_sql(m_stmt.get()))));
    const int rc = sqlite3_step(m_stmt.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return Database::errorFor(m_db, rc, sqlite3_sql(m_stmt.get()));
}

Status Statement::run()
{
    while (true) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

Status Statement::reset()
{
    sqlite3_reset(m_stmt.get());
    sqlite3_clear_bindings(m_stmt.get());
    m_bindError = 0;
    return {};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt.get());
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column) == SQLITE_NULL;
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt.get(), column);
}

qint64 Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt.get(), column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt.get(), column);
}

QString Statement::columnText(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt.get(), column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt.get(), column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt.get(), column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt.get(), column));
}

SecretBuffer Statement::columnSecret(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt.get(), column);
    return SecretBuffer::copyOf(data, std::size_t(sqlite3_column_bytes(m_stmt.get(), column)));
}

} // namespace vigil
