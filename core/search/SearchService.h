#pragma once

#include "core/search/SearchQuery.h"
#include "core/util/Result.h"

#include <QList>

namespace vigil {

class Database;

// Full-text search over the monitoring record (SQLite FTS5 inside the
// encrypted database), ranked by BM25, with place, date, category and kind
// filters.
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(vigil::SearchService)
public:
    explicit SearchService(Database& db) : m_db(db) {}

    Result<QList<SearchHit>> search(const SearchQuery& query);

private:
    Database& m_db;
};

} // namespace vigil
