#pragma once

#include "core/util/Result.h"

namespace vigil {

class Database;

// Rolls back in its destructor unless commit() succeeded; never throws.
class [[nodiscard]] Transaction
{
public:
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    friend class Database;
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db;
};

} // namespace vigil
