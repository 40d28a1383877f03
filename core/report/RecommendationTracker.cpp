#include "core/report/RecommendationTracker.h"

#include "core/model/Vocabulary.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/repo/RecommendationQueries.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RecordContext.h"
#include "core/report/AnnualStatistics.h"
#include "core/search/SearchQuery.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>
#include <algorithm>
#include <span>
#include <vector>

namespace vigil::report {

namespace {

// The visit date of RecommendationSummary::visitDate, written exactly as the
// visit_date index (StatisticsSchema) so that year filters can use it.
constexpr const char* kVisitDate = "coalesce(v.actual_start, v.planned_start, v.created_at)";

// A CASE giving each code its position in `codes`, for sorting by meaning
// rather than alphabetically; unknown codes sort last.
QByteArray ordinal(const char* column, std::span<const char* const> codes)
{
    QByteArray sql = QByteArray("CASE ") + column;
    int i = 0;
    for (const char* code : codes)
        sql += " WHEN '" + QByteArray(code) + "' THEN " + QByteArray::number(i++);
    return sql + " ELSE " + QByteArray::number(i) + " END";
}

QByteArray sortKey(const TrackerFilter& f)
{
    const QByteArray dir = f.descending ? " DESC" : "";
    QByteArray key;
    switch (f.sort) {
    case TrackerFilter::Sort::VisitDate:
        key = kVisitDate + dir;
        break;
    case TrackerFilter::Sort::Place:
        key = "p.name COLLATE NOCASE" + dir;
        break;
    case TrackerFilter::Sort::Number:
        key = "r.number" + dir;
        break;
    case TrackerFilter::Sort::Status:
        key = ordinal("r.status", vocab::kRecommendationStatuses) + dir;
        break;
    case TrackerFilter::Sort::Priority:
        key = ordinal("r.priority", vocab::kPriorities) + dir;
        break;
    case TrackerFilter::Sort::Deadline:
        key = "r.deadline IS NULL, r.deadline" + dir;
        break;
    case TrackerFilter::Sort::Addressee:
        key = ordinal("r.addressee", vocab::kAddressees) + dir;
        break;
    }
    // Ties in a stable order: by visit, then as numbered in the report.
    return key + ", " + kVisitDate + ", v.id, r.number";
}

// A code list bound as one JSON array, so the SQL text (and the cached
// statement) does not depend on how many codes are chosen.
QString jsonList(const QStringList& codes)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
}

// The filter's conditions and their bound values, in order.
struct Where
{
    QByteArray sql;
    std::vector<QVariant> values;

    void add(const char* condition, QVariant value)
    {
        sql += QByteArray(" AND ") + condition;
        values.push_back(std::move(value));
    }
};

Where whereFor(const TrackerFilter& f)
{
    Where w;
    // With years set, the visit_date index narrows best: "+" keeps the
    // planner (which has no statistics) from the status index instead.
    const bool byDate = f.fromYear > 0 || f.toYear > 0;
    if (f.statuses.isEmpty())
        w.sql += " AND r.status != 'draft'";
    else
        w.add(byDate ? "+r.status IN (SELECT value FROM json_each(?))"
                     : "r.status IN (SELECT value FROM json_each(?))",
              jsonList(f.statuses));
    if (!f.addressees.isEmpty())
        w.add("r.addressee IN (SELECT value FROM json_each(?))", jsonList(f.addressees));
    if (!f.authority.isEmpty())
        w.add("p.authority = ?", f.authority);
    if (!f.categories.isEmpty())
        w.add("EXISTS (SELECT 1 FROM recommendation_finding l JOIN finding f ON f.id = "
              "l.finding_id AND f.deleted = 0 WHERE l.recommendation_id = r.id AND l.deleted = 0 "
              "AND f.category IN (SELECT value FROM json_each(?)))",
              jsonList(f.categories));
    if (!f.placeTypes.isEmpty())
        w.add("p.type IN (SELECT value FROM json_each(?))", jsonList(f.placeTypes));
    if (!f.placeId.isEmpty())
        w.add("v.place_id = ?", f.placeId);
    if (!f.bodyId.isEmpty())
        w.add("p.body_id = ?", f.bodyId);
    if (f.fromYear > 0)
        w.add((QByteArray(kVisitDate) + " >= ?").constData(),
              AnnualStatistics::yearStart(f.fromYear));
    if (f.toYear > 0)
        w.add((QByteArray(kVisitDate) + " < ?").constData(),
              AnnualStatistics::yearStart(f.toYear + 1));
    const QString words = SearchQuery::toFtsExpression(f.text);
    if (!words.isEmpty())
        w.add("r.id IN (SELECT entity_id FROM search_index WHERE search_index MATCH ? AND "
              "entity = 'recommendation')",
              words);
    return w;
}

// The latest event of one kind, as a join on its id.
QByteArray latestEvent(const char* alias, const char* kind)
{
    return QByteArray(" LEFT JOIN recommendation_event ") + alias + " ON " + alias +
           ".id = (SELECT e.id FROM recommendation_event e WHERE e.recommendation_id = r.id AND "
           "e.kind = '" +
           kind + "' AND e.deleted = 0 ORDER BY e.at DESC, e.id DESC LIMIT 1)";
}

TrackerStep readStep(const Statement& s, int first)
{
    return {s.columnText(first), s.columnInt(first + 1), s.columnText(first + 2),
            s.columnText(first + 3), s.columnText(first + 4)};
}

QStringList themesInTaxonomyOrder(const QString& joined)
{
    QStringList themes = joined.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto rank = [](const QString& code) {
        const auto& codes = vocab::kFindingCategories;
        const auto* it = std::find_if(std::begin(codes), std::end(codes),
                                      [&](const char* c) { return code == QLatin1StringView(c); });
        return int(it - std::begin(codes));
    };
    std::stable_sort(themes.begin(), themes.end(), [&](const QString& a, const QString& b) {
        const int ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return themes;
}

} // namespace

QByteArray RecommendationTracker::sqlFor(const TrackerFilter& filter)
{
    const Where where = whereFor(filter);
    // The page is chosen first from the cheap columns; the joins and
    // subqueries that describe a row then run for the page's rows only.
    QByteArray sql =
        "WITH page AS (SELECT r.id AS rid, count(*) OVER () AS total, row_number() OVER (ORDER "
        "BY " +
        sortKey(filter) +
        ") AS pos FROM recommendation r JOIN visit v ON v.id = r.visit_id AND v.deleted = 0 "
        "JOIN place p ON p.id = v.place_id AND p.deleted = 0 WHERE r.deleted = 0" +
        where.sql + " ORDER BY pos LIMIT ? OFFSET ?), ";
    // Each row's chain back to its first version (repeated_from, upwards).
    sql += "lineage(rid, id, prev, depth) AS (SELECT r.id, r.id, r.repeated_from, 0 FROM page "
           "JOIN recommendation r ON r.id = page.rid UNION ALL SELECT l.rid, x.id, "
           "x.repeated_from, l.depth + 1 FROM lineage l JOIN recommendation x ON x.id = l.prev "
           "AND x.deleted = 0 WHERE l.depth < 1000), "
           // SQLite takes a bare column from the row that holds the max().
           "roots AS (SELECT rid, id AS root, max(depth) AS depth FROM lineage GROUP BY rid) ";
    sql += QByteArray("SELECT ") + RecommendationRepository::columns() + ", " + kVisitDate +
           ", v.place_id, p.name, p.type, coalesce(p.authority, ''), "
           "(SELECT group_concat(DISTINCT f.category) FROM recommendation_finding l JOIN finding "
           "f ON f.id = l.finding_id AND f.deleted = 0 WHERE l.recommendation_id = r.id AND "
           "l.deleted = 0), "
           "resp.status, resp.at, resp.visit_id, resp.evidence, resp.note, "
           "chk.status, chk.at, chk.visit_id, chk.evidence, chk.note, "
           "roots.root, roots.depth, page.total "
           "FROM page JOIN recommendation r ON r.id = page.rid JOIN visit v ON v.id = r.visit_id "
           "JOIN place p ON p.id = v.place_id JOIN roots ON roots.rid = r.id" +
           latestEvent("resp", "response") + latestEvent("chk", "implementation_check") +
           " ORDER BY page.pos";
    return sql;
}

Result<TrackerPage> RecommendationTracker::query(const TrackerFilter& filter)
{
    const Where where = whereFor(filter);
    // The SQL varies only with which filters are set and the sort: a bounded set of statements.
    auto stmt = m_ctx.db().cached(sqlFor(filter));
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    int index = 1;
    for (const QVariant& value : where.values) {
        if (value.typeId() == QMetaType::LongLong)
            s.bind(index++, value.toLongLong());
        else
            s.bind(index++, value.toString());
    }
    s.bind(index++, filter.limit > 0 ? filter.limit : qint64(-1));
    s.bind(index++, qMax<qint64>(0, filter.offset));
    TrackerPage page;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        TrackerRow r;
        r.recommendation = RecommendationRepository::read(s);
        r.visitDate = s.columnInt(10);
        r.placeId = s.columnText(11);
        r.placeName = s.columnText(12);
        r.placeType = s.columnText(13);
        r.authority = s.columnText(14);
        r.themes = themesInTaxonomyOrder(s.columnText(15));
        r.response = readStep(s, 16);
        r.check = readStep(s, 21);
        r.firstVersionId = s.columnText(26);
        r.repetitions = int(s.columnInt(27));
        page.total = s.columnInt(28);
        page.rows.append(std::move(r));
    }
    if (page.rows.isEmpty() && filter.offset > 0) {
        // Past the last page: the window count came with no row, so ask for it.
        TrackerFilter first = filter;
        first.offset = 0;
        first.limit = 1;
        auto counted = query(first);
        if (!counted)
            return counted.error();
        page.total = counted->total;
    }
    return page;
}

Result<RecommendationHistory> RecommendationTracker::history(const QString& recommendationId)
{
    RecommendationHistory out;
    auto versions = RecommendationQueries(m_ctx).chain(recommendationId);
    if (!versions)
        return versions.error();
    out.versions = std::move(*versions);
    // A chain holds a handful of versions: one short indexed read each.
    RecommendationLifecycle lifecycle(m_ctx);
    for (const RecommendationSummary& version : std::as_const(out.versions)) {
        auto events = lifecycle.history(version.recommendation.id);
        if (!events)
            return events.error();
        out.events.append(*events);
    }
    std::stable_sort(
        out.events.begin(), out.events.end(),
        [](const RecommendationEvent& a, const RecommendationEvent& b) { return a.at < b.at; });
    return out;
}

Result<QStringList> RecommendationTracker::authorities()
{
    auto stmt = m_ctx.db().cached("SELECT DISTINCT authority FROM place WHERE deleted = 0 AND "
                                  "authority IS NOT NULL AND authority != '' ORDER BY authority");
    if (!stmt)
        return stmt.error();
    QStringList out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append((*stmt)->columnText(0));
    }
}

} // namespace vigil::report
