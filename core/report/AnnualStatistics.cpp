#include "core/report/AnnualStatistics.h"

#include "core/model/Vocabulary.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <optional>
#include <span>
#include <sqlite3.h>

namespace vigil::report {

namespace {

// ?1 is the body (empty: every body); the years follow as (year, start,
// end) triples from ?2. `counted` holds the visits that count, with their
// year (see the header). Its date expression is the visit_date index's.
QByteArray countedVisits(int years)
{
    QByteArray sql = "WITH years(y, lo, hi) AS (VALUES ";
    for (int i = 0; i < years; ++i) {
        const int first = 2 + 3 * i;
        sql += (i ? ", (?" : "(?") + QByteArray::number(first) + ", ?" +
               QByteArray::number(first + 1) + ", ?" + QByteArray::number(first + 2) + ")";
    }
    sql += "), counted AS MATERIALIZED (SELECT y.y AS year, v.id, v.type, v.unannounced, "
           "v.place_id, p.type AS place_type FROM years y JOIN visit v ON "
           "coalesce(v.actual_start, v.planned_start, v.created_at) >= y.lo AND "
           "coalesce(v.actual_start, v.planned_start, v.created_at) < y.hi "
           "JOIN place p ON p.id = v.place_id AND p.deleted = 0 AND (?1 = '' OR p.body_id = ?1) "
           "WHERE v.deleted = 0 AND v.state NOT IN ('planned', 'preparing')) ";
    return sql;
}

// Every figure but the recommendations' in one pass over the counted
// visits: rows of (figure, year, code, count, extra). CROSS JOIN keeps the
// counted visits outside, so each looks up its own records by index: the
// planner, knowing nothing of a CTE's size, would rather scan whole tables.
QByteArray figuresSql(int years)
{
    return countedVisits(years) +
           "SELECT 'visit', year, type, count(*), sum(unannounced) FROM counted "
           "GROUP BY year, type "
           "UNION ALL SELECT 'place', year, place_type, count(DISTINCT place_id), 0 FROM counted "
           "GROUP BY year, place_type "
           "UNION ALL SELECT 'finding', c.year, f.category, count(*), f.good_practice "
           "FROM counted c CROSS JOIN finding f ON f.visit_id = c.id AND f.deleted = 0 "
           "GROUP BY c.year, f.category, f.good_practice "
           "UNION ALL SELECT 'interview', c.year, i.kind, count(*), 0 "
           "FROM counted c CROSS JOIN interview i ON i.visit_id = c.id AND i.deleted = 0 "
           "GROUP BY c.year, i.kind "
           "UNION ALL SELECT 'access', c.year, a.kind, count(*), 0 "
           "FROM counted c CROSS JOIN access_event a ON a.visit_id = c.id AND a.deleted = 0 "
           "GROUP BY c.year, a.kind "
           "UNION ALL SELECT 'known_place', 0, type, count(*), 0 FROM place "
           "WHERE deleted = 0 AND (?1 = '' OR body_id = ?1) GROUP BY type "
           // The date a reprisal occurred is a calendar date: its year is its first four digits.
           "UNION ALL SELECT 'reprisal', y.y, '', count(*), 0 FROM reprisal_allegation a "
           "CROSS JOIN years y ON a.deleted = 0 AND CASE WHEN a.occurred_on GLOB "
           "'[0-9][0-9][0-9][0-9]-*' THEN CAST(substr(a.occurred_on, 1, 4) AS INTEGER) = y.y "
           "ELSE a.created_at >= y.lo AND a.created_at < y.hi END "
           "WHERE ?1 = '' OR EXISTS (SELECT 1 FROM visit v JOIN place p ON p.id = v.place_id "
           "WHERE v.id = a.visit_id AND v.deleted = 0 AND p.deleted = 0 AND p.body_id = ?1) "
           "GROUP BY y.y";
}

QByteArray latest(const char* kind)
{
    return QByteArray("(SELECT e.status FROM recommendation_event e WHERE e.recommendation_id = "
                      "r.id AND e.kind = '") +
           kind + "' AND e.deleted = 0 ORDER BY e.at DESC, e.id DESC LIMIT 1)";
}

// The issued recommendations of the counted visits by (year, current
// status, latest response, latest implementation check). Materialized
// first: grouping by a subquery's value would run the subquery twice a row.
QByteArray recommendationsSql(int years)
{
    return countedVisits(years) + ", issued AS MATERIALIZED (SELECT c.year, r.status, coalesce(" +
           latest("response") + ", '') AS response, coalesce(" + latest("implementation_check") +
           ", '') AS checked FROM counted c CROSS JOIN recommendation r ON r.visit_id = c.id AND "
           "r.deleted = 0 AND r.status != 'draft') "
           "SELECT year, status, response, checked, count(*) FROM issued GROUP BY 1, 2, 3, 4";
}

// The counts of one year while they are read, keyed by code.
struct Tally
{
    QMap<QString, qint64> visitTypes, placeTypes, findings, goodPractices, interviewKinds,
        accessKinds, statuses;
};

CodeCounts ordered(std::span<const char* const> vocabulary, QMap<QString, qint64> counts)
{
    CodeCounts out;
    for (const char* code : vocabulary)
        out.append({QString::fromLatin1(code), counts.take(QString::fromLatin1(code))});
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) // a body's own codes
        out.append({it.key(), it.value()});
    return out;
}

qint64 sum(const CodeCounts& counts)
{
    qint64 n = 0;
    for (const CodeCount& c : counts)
        n += c.count;
    return n;
}

void addResponse(RecommendationFigures& f, const QString& status, qint64 n)
{
    if (status == u"accepted")
        f.accepted += n;
    else if (status == u"partly_accepted")
        f.partlyAccepted += n;
    else if (status == u"rejected")
        f.rejected += n;
    else
        f.noResponse += n;
}

void addCheck(RecommendationFigures& f, const QString& status, qint64 n)
{
    if (status == u"implemented")
        f.implemented += n;
    else if (status == u"partly_implemented")
        f.partlyImplemented += n;
    else if (status == u"in_progress")
        f.inProgress += n;
    else if (status == u"not_implemented")
        f.notImplemented += n;
    else
        f.notChecked += n;
}

} // namespace

qint64 AnnualStatistics::yearStart(int year)
{
    return QDate(year, 1, 1).startOfDay().toMSecsSinceEpoch();
}

QList<QByteArray> AnnualStatistics::sqlFor(int years)
{
    return {figuresSql(years), recommendationsSql(years)};
}

Result<AnnualFigures> AnnualStatistics::forYear(int year, const QString& bodyId)
{
    auto figures = series(year, year, bodyId);
    if (!figures)
        return figures.error();
    return figures->first();
}

Result<QList<AnnualFigures>> AnnualStatistics::series(int fromYear, int toYear,
                                                      const QString& bodyId)
{
    if (fromYear < 1 || toYear > 9998 || toYear < fromYear || toYear - fromYear >= kMaxYears)
        return Error::make(ErrorKind::Usage,
                           tr("Choose from one to %1 years between 1 and 9998.").arg(kMaxYears),
                           QStringLiteral("years %1-%2").arg(fromYear).arg(toYear));
    const int years = toYear - fromYear + 1;
    const auto bind = [&](Statement& s) {
        s.bind(1, bodyId);
        for (int i = 0; i < years; ++i) {
            s.bind(2 + 3 * i, fromYear + i);
            s.bind(3 + 3 * i, yearStart(fromYear + i));
            s.bind(4 + 3 * i, yearStart(fromYear + i + 1));
        }
    };

    // One snapshot for all figures, unless the caller already holds one.
    std::optional<Transaction> snapshot;
    if (sqlite3_get_autocommit(m_db.handle())) {
        auto begun = m_db.beginRead();
        if (!begun)
            return begun.error();
        snapshot.emplace(std::move(*begun));
    }
    QList<AnnualFigures> out(years);
    QList<Tally> tallies(years);
    QMap<QString, qint64> knownPlaces;
    for (int i = 0; i < years; ++i)
        out[i].year = fromYear + i;

    auto figures = m_db.prepare(figuresSql(years).constData());
    if (!figures)
        return figures.error();
    bind(*figures);
    while (true) {
        auto row = figures->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString figure = figures->columnText(0);
        const QString code = figures->columnText(2);
        const qint64 n = figures->columnInt(3);
        if (figure == u"known_place") {
            knownPlaces[code] += n;
            continue;
        }
        const int i = int(figures->columnInt(1)) - fromYear;
        if (i < 0 || i >= years)
            continue;
        Tally& t = tallies[i];
        if (figure == u"visit") {
            t.visitTypes[code] += n;
            out[i].unannouncedVisits += figures->columnInt(4);
        } else if (figure == u"place") {
            t.placeTypes[code] += n;
        } else if (figure == u"finding") {
            (figures->columnInt(4) ? t.goodPractices : t.findings)[code] += n;
        } else if (figure == u"interview") {
            t.interviewKinds[code] += n;
        } else if (figure == u"access") {
            t.accessKinds[code] += n;
        } else if (figure == u"reprisal") {
            out[i].reprisalCases += n;
        }
    }

    auto recommendations = m_db.prepare(recommendationsSql(years).constData());
    if (!recommendations)
        return recommendations.error();
    bind(*recommendations);
    while (true) {
        auto row = recommendations->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const int i = int(recommendations->columnInt(0)) - fromYear;
        if (i < 0 || i >= years)
            continue;
        const qint64 n = recommendations->columnInt(4);
        RecommendationFigures& f = out[i].recommendations;
        f.issued += n;
        tallies[i].statuses[recommendations->columnText(1)] += n;
        addResponse(f, recommendations->columnText(2), n);
        addCheck(f, recommendations->columnText(3), n);
    }

    const std::span<const char* const> statuses =
        std::span(vocab::kRecommendationStatuses).subspan(1); // all but "draft"
    for (int i = 0; i < years; ++i) {
        AnnualFigures& f = out[i];
        Tally& t = tallies[i];
        f.visitsByType = ordered(vocab::kVisitTypes, t.visitTypes);
        f.visits = sum(f.visitsByType);
        f.placesVisitedByType = ordered(vocab::kPlaceTypes, t.placeTypes);
        f.placesVisited = sum(f.placesVisitedByType); // a place has one type
        f.placesByType = ordered(vocab::kPlaceTypes, knownPlaces);
        f.findingsByTheme = ordered(vocab::kFindingCategories, t.findings);
        f.findings = sum(f.findingsByTheme);
        f.goodPracticesByTheme = ordered(vocab::kFindingCategories, t.goodPractices);
        f.goodPractices = sum(f.goodPracticesByTheme);
        f.interviewsByKind = ordered(vocab::kInterviewKinds, t.interviewKinds);
        f.interviews = sum(f.interviewsByKind);
        f.accessEventsByKind = ordered(vocab::kAccessEventKinds, t.accessKinds);
        f.recommendations.byStatus = ordered(statuses, t.statuses);
    }
    return out;
}

Result<std::pair<int, int>> AnnualStatistics::yearRange(const QString& bodyId)
{
    auto stmt = m_db.prepare(
        "SELECT min(d), max(d) FROM (SELECT coalesce(v.actual_start, v.planned_start, "
        "v.created_at) AS d FROM visit v JOIN place p ON p.id = v.place_id AND p.deleted = 0 AND "
        "(?1 = '' OR p.body_id = ?1) WHERE v.deleted = 0 AND v.state NOT IN ('planned', "
        "'preparing'))");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, bodyId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return std::pair(0, 0);
    const auto year = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).date().year();
    };
    return std::pair(year(stmt->columnInt(0)), year(stmt->columnInt(1)));
}

} // namespace vigil::report
