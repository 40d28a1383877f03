// Annual figures and the recommendation tracker over ten years of a large
// NPM (10k visits; --quick: 1k), on the encrypted vault:
// 1. AnnualStatistics::forYear for each of the ten years against the same
//    counts asked year by year in hand-written SQL through the bare SQLite API
//    (target <= 1.5x), and the ten years as one series() call against the same.
// 2. RecommendationTracker::query with filters (a page of 50, and the whole
//    filtered list) against one hand-written query returning the same rows.
// The figures are checked against the bare counts first. Not a pass/fail test.
#include "core/crypto/ProcessHardening.h"
#include "core/report/AnnualStatistics.h"
#include "core/report/RecommendationTracker.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/util/Uuid7.h"
#include "core/vault/Vault.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <sqlite3.h>

using namespace vigil;
using namespace vigil::report;

namespace {

constexpr int kYears = 10;
constexpr int kFirstYear = 2016;

template <typename T> T must(Result<T> r, const char* what)
{
    if (!r) {
        std::fprintf(stderr, "%s failed: %s (%s)\n", what, qPrintable(r.error().message),
                     qPrintable(r.error().detail));
        std::exit(1);
    }
    return std::move(r).value();
}

void must(const Status& st, const char* what)
{
    if (!st) {
        std::fprintf(stderr, "%s failed: %s (%s)\n", what, qPrintable(st.error().message),
                     qPrintable(st.error().detail));
        std::exit(1);
    }
}

// An INSERT of the record columns (id, created_at, created_by, updated_hlc,
// scope) plus `columns`, bound in that order.
Statement inserter(Database& db, const char* table, const char* columns, int count)
{
    QByteArray sql = QByteArray("INSERT INTO ") + table +
                     "(id, created_at, created_by, updated_hlc, scope, " + columns +
                     ") VALUES (?, ?, 'bench', 0, 'team'";
    for (int i = 0; i < count; ++i)
        sql += ", ?";
    return must(db.prepare((sql + ")").constData()), table);
}

void run(Statement& s)
{
    must(s.run(), "insert");
    (void)s.reset();
}

template <std::size_t N> const char* pick(QRandomGenerator& rng, const char* const (&codes)[N])
{
    return codes[rng.bounded(int(N))];
}

// Ten years of an NPM's records in bare SQL (this benchmark measures reads;
// how rows were written does not matter to it). The search triggers still fire.
void generate(Database& db, int visitCount)
{
    static const char* const placeTypes[] = {
        "prison",           "remand_centre",         "police_custody", "psychiatric_hospital",
        "social_care_home", "immigration_detention", "juvenile_centre"};
    static const char* const visitTypes[] = {"in_depth", "follow_up", "ad_hoc", "thematic"};
    static const char* const categories[] = {"treatment", "protection",  "material_conditions",
                                             "regime",    "health_care", "personnel"};
    static const char* const kinds[] = {"individual_private", "individual_private", "group",
                                        "staff", "management"};
    static const char* const addressees[] = {"facility_management", "supervising_authority",
                                             "ministry"};
    static const char* const responses[] = {"accepted", "partly_accepted", "rejected"};
    static const char* const checks[] = {"not_implemented", "in_progress", "partly_implemented",
                                         "implemented"};
    QRandomGenerator rng(2016);
    auto tx = must(db.beginWrite(), "begin");
    Statement place = inserter(db, "place", "name, type, operator, authority", 4);
    Statement visit = inserter(db, "visit",
                               "place_id, type, unannounced, planned_start, "
                               "actual_start, state",
                               6);
    Statement finding = inserter(db, "finding",
                                 "visit_id, category, title, severity, "
                                 "good_practice",
                                 5);
    Statement interview = inserter(db, "interview",
                                   "visit_id, kind, without_witnesses, "
                                   "interpreter, pseudonym, reprisal_risk, "
                                   "chosen_by",
                                   7);
    Statement access = inserter(db, "access_event", "visit_id, kind, occurred_at", 3);
    Statement rec = inserter(db, "recommendation",
                             "visit_id, number, text, addressee, level, "
                             "priority, repeated_from, status",
                             8);
    Statement link = inserter(db, "recommendation_finding", "recommendation_id, finding_id", 2);
    Statement event =
        inserter(db, "recommendation_event", "recommendation_id, kind, status, at", 4);
    Statement reprisal = inserter(db, "reprisal_allegation",
                                  "visit_id, pseudonym, what, "
                                  "occurred_on",
                                  4);

    const int placeCount = qMax(20, visitCount / 25);
    QStringList places;
    for (int p = 0; p < placeCount; ++p) {
        places.append(Uuid7::generate());
        place.bind(1, places.last())
            .bind(2, qint64(0))
            .bind(3, QStringLiteral("Place %1").arg(p))
            .bind(4, pick(rng, placeTypes))
            .bind(5, "public")
            .bind(6, QStringLiteral("Authority %1").arg(p % 5));
        run(place);
    }
    QHash<QString, QStringList> earlier; // a place's recommendations, for repeats
    const qint64 day = 86'400'000;
    for (int v = 0; v < visitCount; ++v) {
        const int year = kFirstYear + v * kYears / visitCount;
        const qint64 start = QDate(year, 1, 1).startOfDay().toMSecsSinceEpoch() +
                             qint64(rng.bounded(360)) * day + 9 * 3'600'000;
        const bool planned = rng.bounded(50) == 0;
        const QString id = Uuid7::generate();
        const QString placeId = places.at(rng.bounded(placeCount));
        visit.bind(1, id)
            .bind(2, start)
            .bind(3, placeId)
            .bind(4, pick(rng, visitTypes))
            .bind(5, qint64(rng.bounded(5) != 0))
            .bind(6, start);
        planned ? visit.bindNull(7) : visit.bind(7, start);
        visit.bind(8, planned ? "planned" : "closed");
        run(visit);
        const QStringList before = earlier.value(placeId); // earlier visits' only
        QStringList findings;
        for (int f = 0; f < 5; ++f) {
            findings.append(Uuid7::generate());
            finding.bind(1, findings.last())
                .bind(2, start)
                .bind(3, id)
                .bind(4, pick(rng, categories))
                .bind(5, QStringLiteral("Finding %1").arg(f))
                .bind(6, "high")
                .bind(7, qint64(rng.bounded(10) == 0));
            run(finding);
        }
        for (int i = 0; i < 5; ++i) {
            const char* kind = pick(rng, kinds);
            const char prefix = kind[0] == 'i'   ? 'D'
                                : kind[0] == 'g' ? 'G'
                                : kind[0] == 's' ? 'S'
                                                 : 'M';
            interview.bind(1, Uuid7::generate())
                .bind(2, start)
                .bind(3, id)
                .bind(4, kind)
                .bind(5, qint64(1))
                .bind(6, "none")
                .bind(7, QStringLiteral("%1-%2")
                             .arg(QLatin1Char(prefix))
                             .arg(i + 1, 2, 10, QLatin1Char('0')))
                .bind(8, "low")
                .bind(9, "team");
            run(interview);
        }
        if (rng.bounded(3) == 0) {
            access.bind(1, Uuid7::generate())
                .bind(2, start)
                .bind(3, id)
                .bind(4, "delay")
                .bind(5, start);
            run(access);
        }
        if (rng.bounded(250) == 0) {
            reprisal.bind(1, Uuid7::generate())
                .bind(2, start + 30 * day)
                .bind(3, id)
                .bind(4, "D-01")
                .bind(5, "Moved to a worse cell")
                .bind(
                    6,
                    QDateTime::fromMSecsSinceEpoch(start + 20 * day).date().toString(Qt::ISODate));
            run(reprisal);
        }
        for (int r = 0; r < 3; ++r) {
            const QString recId = Uuid7::generate();
            const bool repeat = !planned && !before.isEmpty() && rng.bounded(5) == 0;
            const bool drafted = planned || rng.bounded(20) == 0;
            QString status = QStringLiteral("issued");
            if (drafted)
                status = QStringLiteral("draft");
            rec.bind(1, recId)
                .bind(2, start)
                .bind(3, id)
                .bind(4, qint64(r + 1))
                .bind(5,
                      QStringLiteral("Screen the toilets and keep registers complete %1.").arg(v))
                .bind(6, pick(rng, addressees))
                .bind(7, "place")
                .bind(8, "medium");
            repeat ? rec.bind(9, before.last()) : rec.bindNull(9);
            // The status is the last event's; set after the events are drawn.
            QList<std::pair<const char*, QString>> steps;
            if (!drafted) {
                steps.append({"issued", QStringLiteral("issued")});
                if (rng.bounded(10) < 7)
                    steps.append({"response", QString::fromLatin1(pick(rng, responses))});
                if (rng.bounded(2) == 0)
                    steps.append({"implementation_check", QString::fromLatin1(pick(rng, checks))});
                status = steps.last().second;
            }
            rec.bind(10, status);
            run(rec);
            for (qsizetype s = 0; s < steps.size(); ++s) {
                event.bind(1, Uuid7::generate())
                    .bind(2, start)
                    .bind(3, recId)
                    .bind(4, steps[s].first)
                    .bind(5, steps[s].second)
                    .bind(6, start + (s + 1) * 40 * day);
                run(event);
            }
            link.bind(1, Uuid7::generate()).bind(2, start).bind(3, recId).bind(4, findings.at(r));
            run(link);
            if (!drafted)
                earlier[placeId].append(recId);
        }
    }
    must(tx.commit(), "commit");
}

// A prepared statement of the bare SQLite API.
struct Bare
{
    sqlite3_stmt* stmt = nullptr;
    Bare(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bare SQL: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
    }
    ~Bare() { sqlite3_finalize(stmt); }
    Bare(const Bare&) = delete;
    Bare& operator=(const Bare&) = delete;
};

#define BARE_VISITS                                                                                \
    " FROM visit v JOIN place p ON p.id = v.place_id AND p.deleted = 0 WHERE v.deleted = 0 AND "   \
    "v.state NOT IN ('planned', 'preparing') AND coalesce(v.actual_start, v.planned_start, "       \
    "v.created_at) >= ?1 AND coalesce(v.actual_start, v.planned_start, v.created_at) < ?2"

// The counts of one year, as one would write them by hand; returns the
// visits, the findings and the issued recommendations, to check against.
std::array<qint64, 3> bareYear(sqlite3* db, int year)
{
    static const char* const queries[] = {
        "SELECT v.type, count(*), sum(v.unannounced)" BARE_VISITS " GROUP BY v.type",
        "SELECT p.type, count(DISTINCT p.id)" BARE_VISITS " GROUP BY p.type",
        "SELECT f.category, f.good_practice, count(*) FROM finding f JOIN (SELECT v.id" BARE_VISITS
        ") c ON c.id = f.visit_id WHERE f.deleted = 0 GROUP BY 1, 2",
        "SELECT i.kind, count(*) FROM interview i JOIN (SELECT v.id" BARE_VISITS
        ") c ON c.id = i.visit_id WHERE i.deleted = 0 GROUP BY i.kind",
        "SELECT a.kind, count(*) FROM access_event a JOIN (SELECT v.id" BARE_VISITS
        ") c ON c.id = a.visit_id WHERE a.deleted = 0 GROUP BY a.kind",
        "SELECT r.status, (SELECT e.status FROM recommendation_event e WHERE e.recommendation_id "
        "= r.id AND e.kind = 'response' AND e.deleted = 0 ORDER BY e.at DESC LIMIT 1), (SELECT "
        "e.status FROM recommendation_event e WHERE e.recommendation_id = r.id AND e.kind = "
        "'implementation_check' AND e.deleted = 0 ORDER BY e.at DESC LIMIT 1), count(*) FROM "
        "recommendation r JOIN (SELECT v.id" BARE_VISITS ") c ON c.id = r.visit_id WHERE "
        "r.deleted = 0 AND r.status != 'draft' GROUP BY 1, 2, 3",
        "SELECT type, count(*) FROM place WHERE deleted = 0 GROUP BY type",
        "SELECT count(*) FROM reprisal_allegation WHERE deleted = 0 AND CASE WHEN occurred_on "
        "GLOB '[0-9][0-9][0-9][0-9]-*' THEN substr(occurred_on, 1, 4) = ?3 ELSE created_at >= ?1 "
        "AND created_at < ?2 END",
    };
    std::array<qint64, 3> totals{};
    const qint64 lo = AnnualStatistics::yearStart(year), hi = AnnualStatistics::yearStart(year + 1);
    const QByteArray yearText = QByteArray::number(year);
    int index = 0;
    for (const char* sql : queries) {
        Bare q(db, sql);
        sqlite3_bind_int64(q.stmt, 1, lo);
        sqlite3_bind_int64(q.stmt, 2, hi);
        if (sqlite3_bind_parameter_count(q.stmt) >= 3)
            sqlite3_bind_text(q.stmt, 3, yearText.constData(), -1, SQLITE_STATIC);
        while (sqlite3_step(q.stmt) == SQLITE_ROW) {
            const int last = sqlite3_column_count(q.stmt) - 1;
            if (index == 0)
                totals[0] += sqlite3_column_int64(q.stmt, 1);
            else if (index == 2 && sqlite3_column_int64(q.stmt, 1) == 0)
                totals[1] += sqlite3_column_int64(q.stmt, last);
            else if (index == 5)
                totals[2] += sqlite3_column_int64(q.stmt, last);
            else
                (void)sqlite3_column_int64(q.stmt, last);
        }
        ++index;
    }
    return totals;
}

// The tracker's filtered list as one hand-written query, and its count,
// with the tracker's hint to search visits by date rather than by status.
qint64 bareTracker(sqlite3* db, qint64 lo, qint64 hi, qint64 limit)
{
    static const char* const where =
        " FROM recommendation r JOIN visit v ON v.id = r.visit_id AND v.deleted = 0 JOIN place p "
        "ON p.id = v.place_id AND p.deleted = 0 WHERE r.deleted = 0 AND +r.status IN ('issued', "
        "'accepted', 'partly_accepted', 'rejected', 'not_implemented', 'in_progress', "
        "'partly_implemented') AND p.type IN ('prison', 'police_custody') AND EXISTS (SELECT 1 "
        "FROM recommendation_finding l JOIN finding f ON f.id = l.finding_id AND f.deleted = 0 "
        "WHERE l.recommendation_id = r.id AND l.deleted = 0 AND f.category = 'treatment') AND "
        "coalesce(v.actual_start, v.planned_start, v.created_at) >= ?1 AND "
        "coalesce(v.actual_start, v.planned_start, v.created_at) < ?2";
    const QByteArray rows =
        QByteArray("SELECT r.id, r.visit_id, r.number, r.text, r.addressee, r.level, r.priority, "
                   "r.deadline, r.repeated_from, r.status, coalesce(v.actual_start, "
                   "v.planned_start, v.created_at) AS d, p.id, p.name, p.type, p.authority, "
                   "(SELECT group_concat(DISTINCT f.category) FROM recommendation_finding l JOIN "
                   "finding f ON f.id = l.finding_id AND f.deleted = 0 WHERE l.recommendation_id "
                   "= r.id AND l.deleted = 0), "
                   "(SELECT e.status || ' ' || e.at FROM recommendation_event e WHERE "
                   "e.recommendation_id = r.id AND e.kind = 'response' AND e.deleted = 0 ORDER BY "
                   "e.at DESC LIMIT 1), "
                   "(SELECT e.status || ' ' || e.at FROM recommendation_event e WHERE "
                   "e.recommendation_id = r.id AND e.kind = 'implementation_check' AND e.deleted "
                   "= 0 ORDER BY e.at DESC LIMIT 1), "
                   "(WITH RECURSIVE up(id, prev, depth) AS (SELECT r.id, r.repeated_from, 0 UNION "
                   "ALL SELECT x.id, x.repeated_from, up.depth + 1 FROM recommendation x JOIN up "
                   "ON x.id = up.prev AND x.deleted = 0) SELECT id || ' ' || depth FROM up ORDER "
                   "BY depth DESC LIMIT 1)") +
        where + " ORDER BY d DESC, v.id, r.number LIMIT ?3";
    Bare list(db, rows.constData());
    sqlite3_bind_int64(list.stmt, 1, lo);
    sqlite3_bind_int64(list.stmt, 2, hi);
    sqlite3_bind_int64(list.stmt, 3, limit);
    qint64 n = 0;
    while (sqlite3_step(list.stmt) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(list.stmt); ++c)
            (void)sqlite3_column_text(list.stmt, c);
        ++n;
    }
    Bare count(db, (QByteArray("SELECT count(*)") + where).constData());
    sqlite3_bind_int64(count.stmt, 1, lo);
    sqlite3_bind_int64(count.stmt, 2, hi);
    if (sqlite3_step(count.stmt) == SQLITE_ROW)
        (void)sqlite3_column_int64(count.stmt, 0);
    return n;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!hardenProcess())
        return 3;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int visits = quick ? 1'000 : 10'000;
    const int rounds = quick ? 3 : 5;
    QTemporaryDir tmp;
    const char phrase[] = "benchmark passphrase";
    auto vault = std::move(must(Vault::create(tmp.filePath(QStringLiteral("vault")),
                                              SecretBuffer::copyOf(phrase, std::strlen(phrase)),
                                              KdfParams::fastInsecure()),
                                "vault")
                               .vault);
    Database& db = vault->database();
    QElapsedTimer fill;
    fill.start();
    generate(db, visits);
    std::printf("(%d visits over %d years written in %.1f s; SQLCipher vault)\n", visits, kYears,
                double(fill.elapsed()) / 1000.0);

    // The same numbers both ways, before timing anything.
    AnnualStatistics stats(db);
    for (int y = kFirstYear; y < kFirstYear + kYears; ++y) {
        const AnnualFigures f = must(stats.forYear(y), "figures");
        const auto bare = bareYear(db.handle(), y);
        if (f.visits != bare[0] || f.findings != bare[1] || f.recommendations.issued != bare[2]) {
            std::fprintf(stderr, "%d: figures differ from the bare counts\n", y);
            return 1;
        }
    }

    const double ours = bench::bestOfMs(rounds, [&] {
        for (int y = kFirstYear; y < kFirstYear + kYears; ++y)
            (void)must(stats.forYear(y), "figures");
    });
    const double bare = bench::bestOfMs(rounds, [&] {
        for (int y = kFirstYear; y < kFirstYear + kYears; ++y)
            (void)bareYear(db.handle(), y);
    });
    const double series = bench::bestOfMs(
        rounds, [&] { (void)must(stats.series(kFirstYear, kFirstYear + kYears - 1), "series"); });
    bench::report("annual figures, one year (mean of 10)", ours / kYears, "ms");
    bench::reportRatio("annual figures, each of 10 years, vs bare SQL", ours, bare, 1.5);
    bench::reportRatio("annual figures, 10-year series call, vs bare SQL", series, bare, 1.5);

    TrackerFilter filter;
    for (const char* s : {"issued", "accepted", "partly_accepted", "rejected", "not_implemented",
                          "in_progress", "partly_implemented"})
        filter.statuses.append(QString::fromLatin1(s));
    filter.placeTypes = {QStringLiteral("prison"), QStringLiteral("police_custody")};
    filter.categories = {QStringLiteral("treatment")};
    filter.fromYear = kFirstYear + 3;
    filter.toYear = kFirstYear + 7;
    filter.sort = TrackerFilter::Sort::VisitDate;
    filter.descending = true;
    const qint64 lo = AnnualStatistics::yearStart(filter.fromYear);
    const qint64 hi = AnnualStatistics::yearStart(filter.toYear + 1);
    RecommendationTracker tracker(vault->records());
    for (const qint64 limit : {qint64(50), qint64(0)}) {
        filter.limit = limit;
        const TrackerPage check = must(tracker.query(filter), "tracker");
        const qint64 bareRows = bareTracker(db.handle(), lo, hi, limit > 0 ? limit : -1);
        if (check.rows.size() != bareRows) {
            std::fprintf(stderr, "tracker: %lld rows, bare SQL %lld\n", qint64(check.rows.size()),
                         bareRows);
            return 1;
        }
        const double ourTracker =
            bench::bestOfMs(rounds, [&] { (void)must(tracker.query(filter), "tracker"); });
        const double bareList = bench::bestOfMs(
            rounds, [&] { (void)bareTracker(db.handle(), lo, hi, limit > 0 ? limit : -1); });
        std::printf("(tracker filter: open, prisons and police custody, treatment, 5 years: %lld "
                    "of %lld rows)\n",
                    qint64(check.rows.size()), check.total);
        bench::reportRatio(limit > 0 ? "tracker, a page of 50, vs bare SQL"
                                     : "tracker, the whole filtered list, vs bare SQL",
                           ourTracker, bareList, 1.5);
    }
    // What the tracker page shows first: no filter, the latest 100 of every issued one.
    TrackerFilter first;
    first.descending = true;
    first.limit = 100;
    const qint64 all = must(tracker.query(first), "tracker").total;
    std::printf("(%lld issued recommendations)\n", all);
    bench::report("tracker, first page of 100, no filter",
                  bench::bestOfMs(rounds, [&] { (void)must(tracker.query(first), "tracker"); }),
                  "ms");
    return 0;
}
