#include "core/store/Transaction.h"

#include "core/store/Database.h"

#include <sqlite3.h>

#include <utility>

namespace vigil {

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_db)
        return Error::make(ErrorKind::Internal, QStringLiteral("commit without a transaction"));
    if (auto st = m_db->exec("COMMIT"); !st) {
        // A failed COMMIT (full disk, I/O error) may leave the transaction
        // open; the destructor rolls it back.
        return st;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    // SQLite may already have rolled back on its own after some errors.
    if (!sqlite3_get_autocommit(m_db->handle()))
        (void)m_db->exec("ROLLBACK");
    m_db = nullptr;
}

} // namespace vigil
