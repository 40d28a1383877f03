#include "core/demo/DemoData.h"

#include "core/audit/AuditLog.h"
#include "core/demo/DemoVault.h"
#include "core/repo/InterviewWarnings.h"
#include "core/search/SearchService.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"

#include <QDateTime>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

// One demo vault (fast KDF) shared by the tests below: generating it is the
// slow part.
struct DemoFixture
{
    std::unique_ptr<QTemporaryDir> dir = test::tempDir();
    std::unique_ptr<Vault> vault;

    explicit DemoFixture(const char* name)
    {
        auto created = DemoVault::create(dir->filePath(QString::fromLatin1(name)),
                                         test::secret("demo"), test::fastKdf(), false);
        if (!created.ok())
            FAIL(created.error().message.toStdString() + " [" +
                 created.error().detail.toStdString() + "]");
        vault = std::move(created->vault);
    }
    Database& db() { return vault->database(); }
    qint64 count(const char* sql)
    {
        auto n = vault->database().scalarInt(sql);
        REQUIRE(n.ok());
        return *n;
    }
    // A count with one bound code.
    qint64 count(const char* sql, const char* code)
    {
        auto stmt = vault->database().prepare(sql);
        REQUIRE(stmt.ok());
        stmt->bind(1, QString::fromLatin1(code));
        auto row = stmt->step();
        REQUIRE(row.ok());
        return stmt->columnInt(0);
    }
};

DemoFixture& demoVault()
{
    static DemoFixture fixture("demo");
    return fixture;
}

qint64 utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

// One test case with sections, so that the vault is generated once per
// process (ctest runs each test case in a process of its own).
TEST_CASE("The demo vault holds three years of a fictional NPM's work", "[demo]")
{
    DemoFixture& demo = demoVault();

    SECTION("A dozen places and forty visits over three years")
    {
        auto summary = DemoData::summarize(demo.db());
        REQUIRE(summary.ok());
        CHECK(summary->places == 12);
        CHECK(summary->visits == 40);
        CHECK(summary->interviews >= 40 * 2);
        CHECK(summary->findings >= 40 * 3);
        CHECK(summary->recommendations > 40);

        CHECK(demo.count("SELECT count(DISTINCT type) FROM place WHERE deleted = 0") >= 10);
        CHECK(demo.count("SELECT count(*) FROM place WHERE population > capacity") >= 3);
        CHECK(demo.count("SELECT count(*) FROM place p WHERE (SELECT count(*) FROM place_unit u "
                         "WHERE u.place_id = p.id) NOT BETWEEN 2 AND 5") == 0);
        CHECK(demo.count("SELECT count(DISTINCT strftime('%Y', planned_start / 1000, 'unixepoch')) "
                         "FROM visit") == 3);
        CHECK(demo.count("SELECT count(DISTINCT type) FROM visit") == 4);
        CHECK(demo.count("SELECT count(*) FROM visit WHERE unannounced = 1") > 30);
        // Older visits went through the lifecycle; the newest are still being worked on.
        for (const char* state :
             {"closed", "follow_up", "drafting", "internal_review", "on_site"}) {
            INFO(state);
            CHECK(demo.count("SELECT count(*) FROM visit WHERE state = ?", state) >= 1);
        }
        CHECK(demo.count("SELECT count(*) FROM visit WHERE state = 'planned'") == 2);
        // Teams of two to four, each with exactly one lead, gender-balanced overall.
        CHECK(demo.count("SELECT count(*) FROM visit v WHERE (SELECT count(*) FROM visit_member m "
                         "WHERE m.visit_id = v.id) NOT BETWEEN 2 AND 4 OR (SELECT count(*) FROM "
                         "visit_member m WHERE m.visit_id = v.id AND m.role = 'lead') != 1") == 0);
        CHECK(demo.count("SELECT count(DISTINCT gender) FROM person") == 2);
    }

    SECTION("Findings cover the whole taxonomy and rest on evidence")
    {
        CHECK(demo.count("SELECT count(DISTINCT category) FROM finding WHERE deleted = 0") == 6);
        CHECK(demo.count("SELECT count(*) FROM finding WHERE good_practice = 1") > 0);
        CHECK(demo.count("SELECT count(*) FROM finding f WHERE NOT EXISTS (SELECT 1 FROM "
                         "finding_evidence e WHERE e.finding_id = f.id AND e.deleted = 0)") == 0);
        for (const char* kind : {"interview", "observation", "register_check"}) {
            INFO(kind);
            CHECK(demo.count("SELECT count(*) FROM finding_evidence WHERE evidence_kind = ? AND "
                             "deleted = 0",
                             kind) > 0);
        }
        CHECK(demo.count("SELECT count(*) FROM register_check WHERE anomalies IS NOT NULL") > 0);
        CHECK(demo.count("SELECT count(*) FROM access_event WHERE kind = 'refusal'") > 0);
        CHECK(demo.count("SELECT count(*) FROM checklist_response WHERE finding_id IS NOT NULL") >
              0);
    }

    SECTION("Every interview with notes has its consent on record")
    {
        CHECK(demo.count("SELECT count(*) FROM interview WHERE notes IS NOT NULL") > 80);
        CHECK(demo.count("SELECT count(*) FROM interview i WHERE i.notes IS NOT NULL AND NOT "
                         "EXISTS (SELECT 1 FROM consent_record c WHERE c.interview_id = i.id)") ==
              0);
        CHECK(demo.count("SELECT count(DISTINCT scopes) FROM consent_record") >= 3);
        CHECK(demo.count("SELECT count(*) FROM consent_record WHERE adapted_for = 'child'") > 0);
        // Some interviews carry warnings on purpose (§4.5, §4.7).
        CHECK(demo.count("SELECT count(*) FROM interview WHERE interpreter IN ('staff', "
                         "'co_detainee')") > 0);
        CHECK(demo.count("SELECT count(*) FROM interview WHERE chosen_by = 'staff'") > 0);
        auto stmt =
            demo.db().prepare("SELECT id FROM interview WHERE interpreter = 'staff' LIMIT 1");
        REQUIRE(stmt.ok());
        REQUIRE(stmt->step().ok());
        auto flags = InterviewWarnings(demo.db()).flags(stmt->columnText(0));
        REQUIRE(flags.ok());
        CHECK(std::any_of(flags->begin(), flags->end(), [](const InterviewFlag& f) {
            return f.code == QLatin1StringView("interpreter_staff");
        }));
        CHECK(demo.count("SELECT count(*) FROM allegation WHERE deleted = 0") >= 2);
        CHECK(demo.count("SELECT count(*) FROM reprisal_allegation WHERE deleted = 0") == 1);
    }

    SECTION("Recommendations are followed up across visits")
    {
        for (const char* kind :
             {"issued", "response", "implementation_check", "closed", "reissued"}) {
            INFO(kind);
            CHECK(demo.count("SELECT count(*) FROM recommendation_event WHERE kind = ?", kind) > 0);
        }
        CHECK(demo.count("SELECT count(*) FROM recommendation WHERE repeated_from IS NOT NULL") >=
              1);
        CHECK(demo.count("SELECT count(DISTINCT status) FROM recommendation_event WHERE kind = "
                         "'implementation_check'") >= 3);
        CHECK(demo.count("SELECT count(*) FROM recommendation r WHERE r.repeated_from IS NULL AND "
                         "NOT EXISTS (SELECT 1 FROM recommendation_finding l WHERE "
                         "l.recommendation_id = r.id AND l.deleted = 0)") == 0);
    }

    SECTION("Records carry the dates of their visits")
    {
        const qint64 today = DemoData::today().toMSecsSinceEpoch();
        CHECK(demo.count("SELECT min(created_at) FROM finding") < utc(2024, 3, 1));
        CHECK(demo.count("SELECT max(created_at) FROM finding") <= today);
        CHECK(demo.count("SELECT count(*) FROM visit_transition t JOIN visit v ON v.id = "
                         "t.visit_id WHERE t.to_state = 'on_site' AND t.at != v.actual_start") ==
              0);
        CHECK(demo.count("SELECT count(*) FROM visit WHERE actual_start IS NOT NULL AND "
                         "actual_start != planned_start") == 0);
        // The clock only moved forward: each op is stamped no earlier than the one before it.
        CHECK(demo.count("SELECT count(*) FROM change_op a JOIN change_op b ON b.device_id = "
                         "a.device_id AND b.seq = a.seq + 1 WHERE b.hlc < a.hlc") == 0);
    }

    SECTION("The audit chain verifies and the text is searchable")
    {
        auto audit = AuditLog::verify(demo.db());
        REQUIRE(audit.ok());
        CHECK(audit->firstBrokenSeq == 0);
        CHECK(audit->events > 1000);

        auto hits = SearchService(demo.db()).search(SearchQuery(QStringLiteral("overcrowding")));
        REQUIRE(hits.ok());
        CHECK(hits->size() >= 3);
    }
}

TEST_CASE("The demo data is the same every time", "[demo]")
{
    DemoFixture& first = demoVault();
    DemoFixture second("again");
    auto a = DemoData::summarize(first.db());
    auto b = DemoData::summarize(second.db());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->places == b->places);
    CHECK(a->visits == b->visits);
    CHECK(a->interviews == b->interviews);
    CHECK(a->findings == b->findings);
    CHECK(a->recommendations == b->recommendations);
    for (const char* sql :
         {"SELECT count(*) FROM recommendation_event", "SELECT count(*) FROM consent_record",
          "SELECT count(*) FROM finding_evidence", "SELECT count(*) FROM access_event",
          "SELECT count(*) FROM change_op", "SELECT sum(length(notes)) FROM interview",
          "SELECT max(created_at) FROM visit_transition"}) {
        INFO(sql);
        CHECK(first.count(sql) == second.count(sql));
    }
}

TEST_CASE("Another seed also gives a valid demo vault", "[demo]")
{
    // The repositories' rules hold whatever the random draws.
    auto dir = test::tempDir();
    auto created =
        Vault::create(dir->filePath(QStringLiteral("v")), test::secret("demo"), test::fastKdf());
    REQUIRE(created.ok());
    Database& db = created->vault->database();
    auto filled = DemoData::generate(db, 77);
    if (!filled.ok())
        FAIL(filled.error().message.toStdString() + " [" + filled.error().detail.toStdString() +
             "]");
    auto summary = DemoData::summarize(db);
    REQUIRE(summary.ok());
    CHECK(summary->visits == 40);
    auto audit = AuditLog::verify(db);
    REQUIRE(audit.ok());
    CHECK(audit->firstBrokenSeq == 0);
}
