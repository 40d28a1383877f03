#include "core/search/SearchService.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QDateTime>

namespace vigil {

Result<QList<SearchHit>> SearchService::search(const SearchQuery& query)
{
    const QString expression = SearchQuery::toFtsExpression(query.text);
    if (expression.isEmpty())
        return QList<SearchHit>();

    // Rank inside FTS5 first and only then join visits and places and make
    // snippets, for the shown rows only: a word found in every visit must not
    // cost a join and a snippet per match. With place or date filters the
    // join has to come first, but those narrow the matches anyway.
    const bool visitFilters = !query.placeId.isEmpty() || query.from.isValid() || query.to.isValid();
    QByteArray ftsFilters;
    if (!query.category.isEmpty())
        ftsFilters += " AND category = ?5";
    if (!query.entities.isEmpty()) {
        ftsFilters += " AND entity IN (";
        for (qsizetype i = 0; i < query.entities.size(); ++i)
            ftsFilters += (i ? ", ?" : "?") + QByteArray::number(10 + i);
        ftsFilters += ")";
    }
    QByteArray ranked = "SELECT rowid AS doc, entity, entity_id, visit_id, category, title, "
                        "bm25(search_index, 0, 0, 0, 0, 4.0, 1.0) AS score "
                        "FROM search_index WHERE search_index MATCH ?1" + ftsFilters;
    if (!visitFilters)
        ranked += " ORDER BY score LIMIT ?6";
    // CROSS JOIN keeps the ranked matches as the outer loop.
    QByteArray sql = "SELECT r.entity, r.entity_id, r.visit_id, p.id, p.name, "
                     "coalesce(v.actual_start, v.planned_start, 0), r.category, r.title, r.doc "
                     "FROM (" + ranked + ") r CROSS JOIN visit v ON v.id = r.visit_id "
                     "CROSS JOIN place p ON p.id = v.place_id WHERE v.deleted = 0";
    if (!query.placeId.isEmpty())
        sql += " AND v.place_id = ?2";
    if (query.from.isValid())
        sql += " AND coalesce(v.actual_start, v.planned_start) >= ?3";
    if (query.to.isValid())
        sql += " AND coalesce(v.actual_start, v.planned_start) < ?4";
    sql += " ORDER BY r.score LIMIT ?6";

    auto stmt = m_db.prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    // Dates are the user's calendar days, so in local time.
    const auto dayStartMs = [](const QDate& d) { return d.startOfDay().toMSecsSinceEpoch(); };
    stmt->bind(1, expression);
    if (!query.placeId.isEmpty())
        stmt->bind(2, query.placeId);
    if (query.from.isValid())
        stmt->bind(3, dayStartMs(query.from));
    if (query.to.isValid())
        stmt->bind(4, dayStartMs(query.to.addDays(1)));
    if (!query.category.isEmpty())
        stmt->bind(5, query.category);
    stmt->bind(6, qint64(qBound(1, query.limit, 1000)));
    for (qsizetype i = 0; i < query.entities.size(); ++i)
        stmt->bind(int(10 + i), query.entities.at(i));

    auto snippet = m_db.cached("SELECT snippet(search_index, -1, char(2), char(3), '…', 16) "
                               "FROM search_index WHERE search_index MATCH ?1 AND rowid = ?2");
    if (!snippet)
        return snippet.error();

    QList<SearchHit> hits;
    while (true) {
        auto row = stmt->step();
        if (!row) {
            Error e = row.error();
            e.message = tr("The search could not be run: %1").arg(e.message);
            return e;
        }
        if (!*row)
            break;
        SearchHit hit;
        hit.entity = stmt->columnText(0);
        hit.entityId = stmt->columnText(1);
        hit.visitId = stmt->columnText(2);
        hit.placeId = stmt->columnText(3);
        hit.placeName = stmt->columnText(4);
        hit.visitDate = stmt->columnInt(5);
        hit.category = stmt->columnText(6);
        hit.title = stmt->columnText(7);
        (*snippet)->bind(1, expression).bind(2, stmt->columnInt(8));
        auto found = (*snippet)->step();
        if (!found)
            return found.error();
        if (*found)
            hit.snippet = (*snippet)->columnText(0);
        (void)(*snippet)->reset();
        hits.append(hit);
    }
    return hits;
}

} // namespace vigil
