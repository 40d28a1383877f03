// The monitoring record at scale: repository writes against bare SQL, and the
// reads a monitor waits for (a place's visit history, a visit's findings, a
// search) through the repositories against bare indexed SQL, at 1k, 10k and
// 100k visits. Ratios against the limit; not a pass/fail test.
#include "core/crypto/ProcessHardening.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "core/repo/WriteTx.h"
#include "core/search/SearchService.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/util/Uuid7.h"
#include "core/vault/Vault.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace vigil;

namespace {

constexpr int kVisitsPerPlace = 100;
constexpr int kFindingsPerVisit = 3;
constexpr int kInterviewsPerVisit = 3;
constexpr int kRareMatches = 20; // documents holding the rare search term, at every size

template <typename T>
T must(Result<T> r, const char* what)
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

std::unique_ptr<Vault> newVault(const QString& dir)
{
    const char phrase[] = "benchmark passphrase";
    auto created = Vault::create(dir, SecretBuffer::copyOf(phrase, std::strlen(phrase)),
                                 KdfParams::fastInsecure());
    if (!created) {
        std::fprintf(stderr, "vault: %s\n", qPrintable(created.error().message));
        std::exit(1);
    }
    return std::move(created->vault);
}

struct Store
{
    QStringList places;
    QStringList visits;
};

// Bulk content written with bare SQL (the read benchmarks measure reads; how
// rows were written does not matter to them). Search triggers still fire.
Store generate(Database& db, int visitCount)
{
    Store store;
    QRandomGenerator rng(7);
    const QString facts = QStringLiteral(
        "Cells designed for two people held four; ventilation was poor and the toilet was not "
        "screened. Detainees said they spent twenty-two hours a day in their cells.");
    auto tx = must(db.beginWrite(), "begin");
    auto place = must(db.prepare("INSERT INTO place(id, created_at, created_by, updated_hlc, scope, "
                                 "name, type, operator) VALUES (?, 0, 'bench', 0, 'org', ?, "
                                 "'prison', 'public')"),
                      "prepare place");
    auto visit = must(db.prepare("INSERT INTO visit(id, created_at, created_by, updated_hlc, scope, "
                                 "place_id, type, unannounced, planned_start, state) VALUES "
                                 "(?, 0, 'bench', 0, 'team', ?, 'in_depth', 1, ?, 'closed')"),
                      "prepare visit");
    auto finding = must(db.prepare("INSERT INTO finding(id, created_at, created_by, updated_hlc, "
                                   "scope, visit_id, category, title, facts, severity) VALUES "
                                   "(?, 0, 'bench', 0, 'team', ?, ?, ?, ?, 'high')"),
                        "prepare finding");
    auto interview = must(db.prepare("INSERT INTO interview(id, created_at, created_by, "
                                     "updated_hlc, scope, visit_id, kind, without_witnesses, "
                                     "interpreter, pseudonym, reprisal_risk, chosen_by) VALUES "
                                     "(?, 0, 'bench', 0, 'team', ?, 'individual_private', 1, "
                                     "'none', ?, 'low', 'team')"),
                          "prepare interview");
    static const char* const categories[] = {"treatment", "protection", "material_conditions",
                                             "regime", "health_care", "personnel"};
    const int placeCount = qMax(1, visitCount / kVisitsPerPlace);
    for (int p = 0; p < placeCount; ++p) {
        const QString id = Uuid7::generate();
        place.bind(1, id).bind(2, QStringLiteral("Place %1").arg(p));
        must(place.run(), "place");
        (void)place.reset();
        store.places.append(id);
    }
    int rareLeft = kRareMatches;
    for (int v = 0; v < visitCount; ++v) {
        const QString id = Uuid7::generate();
        visit.bind(1, id).bind(2, store.places.at(v % placeCount))
            .bind(3, qint64(1'700'000'000'000) + qint64(v) * 3'600'000);
        must(visit.run(), "visit");
        (void)visit.reset();
        store.visits.append(id);
        for (int f = 0; f < kFindingsPerVisit; ++f) {
            const bool rare = rareLeft > 0 && rng.bounded(visitCount) < kRareMatches * 2;
            finding.bind(1, Uuid7::generate()).bind(2, id).bind(3, categories[rng.bounded(6)])
                .bind(4, rare ? QStringLiteral("Quarantine cell misused") : QStringLiteral("Overcrowding"))
                .bind(5, facts);
            rareLeft -= rare ? 1 : 0;
            must(finding.run(), "finding");
            (void)finding.reset();
        }
        for (int i = 0; i < kInterviewsPerVisit; ++i) {
            interview.bind(1, Uuid7::generate()).bind(2, id).bind(3, QStringLiteral("D-%1").arg(i + 1));
            must(interview.run(), "interview");
            (void)interview.reset();
        }
    }
    must(tx.commit(), "commit");
    return store;
}

double bareVisitHistory(Database& db, const QStringList& places, int rounds)
{
    auto stmt = must(db.prepare("SELECT id, place_id, type, unannounced, planned_start, planned_end, "
                                "actual_start, actual_end, objectives, state, language FROM visit "
                                "WHERE place_id = ? AND deleted = 0 ORDER BY planned_start DESC, rowid DESC"),
                     "prepare");
    QRandomGenerator rng(1);
    qint64 rows = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i) {
        stmt.bind(1, places.at(rng.bounded(places.size())));
        while (*stmt.step()) {
            for (int c = 0; c < 11; ++c)
                rows += stmt.columnText(c).size();
        }
        (void)stmt.reset();
    }
    return double(t.nsecsElapsed()) / 1e6 + (rows < 0 ? 1 : 0);
}

double repoVisitHistory(RecordContext& ctx, const QStringList& places, int rounds)
{
    VisitRepository visits(ctx);
    QRandomGenerator rng(1);
    qint64 rows = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        rows += must(visits.listForPlace(places.at(rng.bounded(places.size()))), "history").size();
    return double(t.nsecsElapsed()) / 1e6 + (rows < 0 ? 1 : 0);
}

double bareFindings(Database& db, const QStringList& visits, int rounds)
{
    auto stmt = must(db.prepare("SELECT id, visit_id, category, subcategory, title, facts, analysis, "
                                "severity, sources, standards, good_practice FROM finding "
                                "WHERE visit_id = ? AND deleted = 0 ORDER BY category"),
                     "prepare");
    QRandomGenerator rng(2);
    qint64 rows = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i) {
        stmt.bind(1, visits.at(rng.bounded(visits.size())));
        while (*stmt.step()) {
            for (int c = 0; c < 11; ++c)
                rows += stmt.columnText(c).size();
        }
        (void)stmt.reset();
    }
    return double(t.nsecsElapsed()) / 1e6 + (rows < 0 ? 1 : 0);
}

// The repository's own SQL (derived source counts, category order) without
// the repository: separates the query's cost from the C++ around it.
double repoSqlFindings(Database& db, const QStringList& visits, int rounds)
{
    auto stmt = must(db.prepare(FindingRepository::listForVisitSql().constData()), "prepare");
    QRandomGenerator rng(2);
    qint64 rows = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i) {
        stmt.bind(1, visits.at(rng.bounded(visits.size())));
        while (*stmt.step()) {
            for (int c = 0; c < stmt.columnCount(); ++c)
                rows += stmt.columnText(c).size();
        }
        (void)stmt.reset();
    }
    return double(t.nsecsElapsed()) / 1e6 + (rows < 0 ? 1 : 0);
}

double repoFindings(RecordContext& ctx, const QStringList& visits, int rounds)
{
    FindingRepository findings(ctx);
    QRandomGenerator rng(2);
    qint64 rows = 0;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        rows += must(findings.listForVisit(visits.at(rng.bounded(visits.size()))), "findings").size();
    return double(t.nsecsElapsed()) / 1e6 + (rows < 0 ? 1 : 0);
}

double searchMs(Database& db, const char* words, int rounds)
{
    SearchService search(db);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < rounds; ++i)
        (void)must(search.search(SearchQuery(QString::fromUtf8(words))), "search");
    return double(t.nsecsElapsed()) / 1e6 / rounds;
}

struct ReadTimes
{
    double history = 0, bareHistory = 0, findings = 0, bareFindings = 0, repoSql = 0,
           rareSearch = 0, commonSearch = 0;
};

ReadTimes measureReads(int visitCount)
{
    QTemporaryDir dir;
    auto vault = newVault(dir.filePath(QStringLiteral("v")));
    QElapsedTimer gen;
    gen.start();
    const Store store = generate(vault->database(), visitCount);
    std::printf("  %6d visits: generated in %.1f s\n", visitCount, double(gen.elapsed()) / 1000);
    constexpr int kRounds = 2000;
    ReadTimes t;
    // Warm-up pass, then best of three.
    (void)repoVisitHistory(vault->records(), store.places, 200);
    (void)bareVisitHistory(vault->database(), store.places, 200);
    t.history = t.bareHistory = t.findings = t.bareFindings = t.repoSql = 1e18;
    for (int r = 0; r < 3; ++r) {
        t.history = qMin(t.history, repoVisitHistory(vault->records(), store.places, kRounds / 10));
        t.bareHistory = qMin(t.bareHistory, bareVisitHistory(vault->database(), store.places, kRounds / 10));
        t.findings = qMin(t.findings, repoFindings(vault->records(), store.visits, kRounds));
        t.bareFindings = qMin(t.bareFindings, bareFindings(vault->database(), store.visits, kRounds));
        t.repoSql = qMin(t.repoSql, repoSqlFindings(vault->database(), store.visits, kRounds));
    }
    (void)searchMs(vault->database(), "quarantine", 3);
    t.rareSearch = searchMs(vault->database(), "quarantine", 50);
    t.commonSearch = searchMs(vault->database(), "overcrowding", 5);
    return t;
}

void benchInserts()
{
    constexpr int kCount = 5000;
    QTemporaryDir dir;
    auto vault = newVault(dir.filePath(QStringLiteral("v")));
    Database& db = vault->database();
    const Store store = generate(db, 10);
    const QString visit = store.visits.first();
    const QString facts = QStringLiteral("Cells designed for two people held four.");

    QElapsedTimer t;
    t.start();
    {
        auto tx = must(vault->records().beginWrite(), "begin");
        for (int i = 0; i < kCount; ++i) {
            (void)must(tx.insert(catalog::kFinding, {{"visit_id", visit},
                                                     {"category", QStringLiteral("material_conditions")},
                                                     {"title", QStringLiteral("Overcrowding")},
                                                     {"facts", facts},
                                                     {"severity", QStringLiteral("high")},
                                                     {"sources", qint64(0)},
                                                     {"good_practice", qint64(0)}}),
                       "insert");
        }
        must(tx.commit(), "commit");
    }
    const double repoMs = double(t.nsecsElapsed()) / 1e6;

    // The same finding rows with bare SQL, in one transaction.
    t.restart();
    {
        auto tx = must(db.beginWrite(), "begin");
        auto stmt = must(db.prepare("INSERT INTO finding(id, created_at, created_by, updated_hlc, "
                                    "deleted, scope, visit_id, category, title, facts, severity, "
                                    "sources, good_practice) VALUES (?, 0, 'bench', 0, 0, 'team', "
                                    "?, 'material_conditions', 'Overcrowding', ?, 'high', 0, 0)"),
                         "prepare");
        for (int i = 0; i < kCount; ++i) {
            stmt.bind(1, Uuid7::generate()).bind(2, visit).bind(3, facts);
            must(stmt.run(), "insert");
            (void)stmt.reset();
        }
        must(tx.commit(), "commit");
    }
    const double bareRowsMs = double(t.nsecsElapsed()) / 1e6;

    // The same rows plus what the repository also writes: one change-log op
    // per field and one audit row, with bare SQL.
    t.restart();
    {
        auto tx = must(db.beginWrite(), "begin");
        auto row = must(db.prepare("INSERT INTO finding(id, created_at, created_by, updated_hlc, "
                                   "deleted, scope, visit_id, category, title, facts, severity, "
                                   "sources, good_practice) VALUES (?, 0, 'bench', 0, 0, 'team', "
                                   "?, 'material_conditions', 'Overcrowding', ?, 'high', 0, 0)"),
                        "prepare");
        auto op = must(db.prepare("INSERT INTO change_op(device_id, seq, hlc, entity, entity_id, "
                                  "field, value, base_hlc, scope) VALUES ('bench', ?, 0, 'finding', "
                                  "?, ?, ?, 0, 'team')"),
                       "prepare");
        auto audit = must(db.prepare("INSERT INTO audit_event(at, device_id, action, entity, "
                                     "entity_id, detail, prev_hash, hash) VALUES (0, 'bench', "
                                     "'insert', 'finding', ?, ?, zeroblob(32), zeroblob(32))"),
                          "prepare");
        static const char* const fieldNames[] = {"visit_id", "category", "title", "facts",
                                                 "severity", "sources", "good_practice"};
        qint64 seq = 0;
        for (int i = 0; i < kCount; ++i) {
            const QString id = Uuid7::generate();
            row.bind(1, id).bind(2, visit).bind(3, facts);
            must(row.run(), "insert");
            (void)row.reset();
            for (const char* field : fieldNames) {
                op.bind(1, ++seq).bind(2, id).bind(3, field).bind(4, facts);
                must(op.run(), "op");
                (void)op.reset();
            }
            audit.bind(1, id).bind(2, QStringLiteral("visit_id, category, title"));
            must(audit.run(), "audit");
            (void)audit.reset();
        }
        must(tx.commit(), "commit");
    }
    const double bareAllMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("Repository inserts: %d findings in one transaction\n", kCount);
    bench::reportRatio("WriteTx vs bare SQL, same rows+ops+audit", repoMs, bareAllMs, 2.0);
    bench::reportRatio("WriteTx vs bare SQL, finding rows only", repoMs, bareRowsMs, 2.0);
    bench::report("repository insert, per finding", repoMs * 1000 / kCount, "us");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!hardenProcess())
        return 1;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    benchInserts();
    std::printf("Reads (%d visits per place, %d findings and %d interviews per visit)\n",
                kVisitsPerPlace, kFindingsPerVisit, kInterviewsPerVisit);
    const ReadTimes small = measureReads(1000);
    const ReadTimes mid = measureReads(10000);
    bench::reportRatio("1k: place history, repository vs bare", small.history, small.bareHistory, 1.3);
    bench::reportRatio("1k: visit findings, repository vs bare", small.findings, small.bareFindings, 1.3);
    bench::reportRatio("10k: place history, repository vs bare", mid.history, mid.bareHistory, 1.3);
    bench::reportRatio("10k: visit findings, repository vs bare", mid.findings, mid.bareFindings, 1.3);
    bench::reportRatio("10k: visit findings, repository's SQL alone vs bare", mid.repoSql,
                       mid.bareFindings, 1.3);
    if (quick)
        return 0;
    const ReadTimes big = measureReads(100000);
    bench::reportRatio("100k: place history, repository vs bare", big.history, big.bareHistory, 1.3);
    bench::reportRatio("100k: visit findings, repository vs bare", big.findings, big.bareFindings, 1.3);
    bench::reportRatio("growth 10k->100k: place history", big.history, mid.history, 2.0);
    bench::reportRatio("growth 10k->100k: visit findings", big.findings, mid.findings, 2.0);
    bench::reportRatio("growth 10k->100k: search, rare term", big.rareSearch, mid.rareSearch, 2.0);
    bench::reportRatio("growth 10k->100k: search, term in every visit (informational)",
                       big.commonSearch, mid.commonSearch, 10.0);
    return 0;
}
