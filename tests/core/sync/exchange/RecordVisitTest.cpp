#include "core/sync/exchange/RecordVisit.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/IdentityRepository.h"
#include "core/store/Statement.h"
#include "core/sync/merge/MergeCatalog.h"
#include "core/util/Uuid7.h"
#include "tests/core/repo/InterviewFixture.h"
#include "tests/core/sync/merge/MergeTestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

// The visit, "" for none, "?" while it cannot be told.
QString visitOf(RecordVisit& records, const char* entity, const QString& id)
{
    auto visit = records.visitOf(QString::fromLatin1(entity), id);
    REQUIRE_OK(visit);
    return visit->value_or(QStringLiteral("?"));
}

} // namespace

TEST_CASE("every record finds its visit through its parents", "[exchange]")
{
    test::InterviewFixture f;
    const QString interview =
        f.consented({QStringLiteral("aggregate_only"), QStringLiteral("use_name")});
    IdentityFields fields;
    const QByteArray name = QByteArrayLiteral("Samir Aziz");
    fields.realName = SecretBuffer::copyOf(name.constData(), std::size_t(name.size()));
    auto identity = IdentityRepository(*f.vault).add(interview, fields);
    REQUIRE_OK(identity);
    const QString consent = test::scalar(f.db(), QStringLiteral("SELECT id FROM consent_record "
                                                                "LIMIT 1"))
                                .toString();
    const QString finding =
        f.insert(catalog::kFinding, {{"visit_id", f.visit},
                                     {"category", QStringLiteral("material_conditions")},
                                     {"title", QStringLiteral("Mould")},
                                     {"severity", QStringLiteral("medium")}});
    const QString evidence =
        f.insert(catalog::kFindingEvidence, {{"finding_id", finding},
                                             {"evidence_kind", QStringLiteral("interview")},
                                             {"evidence_id", interview}});
    const QString recommendation =
        f.insert(catalog::kRecommendation, {{"visit_id", f.visit},
                                            {"number", 1},
                                            {"text", QStringLiteral("Repair the ventilation.")},
                                            {"addressee", QStringLiteral("facility_management")},
                                            {"level", QStringLiteral("place")},
                                            {"priority", QStringLiteral("high")},
                                            {"status", QStringLiteral("draft")}});
    const QString link = f.insert(catalog::kRecommendationFinding,
                                  {{"recommendation_id", recommendation}, {"finding_id", finding}});
    // A follow-up event recorded during the other visit still belongs to the first.
    const QString event =
        f.insert(catalog::kRecommendationEvent, {{"recommendation_id", recommendation},
                                                 {"kind", QStringLiteral("implementation_check")},
                                                 {"status", QStringLiteral("in_progress")},
                                                 {"at", qint64(1'700'000'000'000)},
                                                 {"visit_id", f.otherVisit}});

    RecordVisit records(f.db());
    CHECK(visitOf(records, "visit", f.visit) == f.visit);
    CHECK(visitOf(records, "interview", interview) == f.visit);
    CHECK(visitOf(records, "consent_record", consent) == f.visit);
    CHECK(visitOf(records, "identity_entry", *identity) == f.visit);
    CHECK(visitOf(records, "finding", finding) == f.visit);
    CHECK(visitOf(records, "finding_evidence", evidence) == f.visit);
    CHECK(visitOf(records, "recommendation", recommendation) == f.visit);
    CHECK(visitOf(records, "recommendation_finding", link) == f.visit);
    CHECK(visitOf(records, "recommendation_event", event) == f.visit);
    // Organisation records and unknown entities have none.
    CHECK(visitOf(records, "place", f.place).isEmpty());
    CHECK(visitOf(records, "place_unit", f.unitA).isEmpty());
    CHECK(visitOf(records, "holiday", Uuid7::generate()).isEmpty());
}

TEST_CASE("records whose rows are not written yet are followed through the change log",
          "[exchange]")
{
    test::InterviewFixture f;
    test::OpMaker maker('a');
    const QString visit = Uuid7::generate(); // its ops have not arrived
    const QString interview = Uuid7::generate();
    const QString finding = Uuid7::generate();
    const QString attachment = Uuid7::generate();
    const QString resolution = Uuid7::generate();
    const QString conflict = QString(32, QLatin1Char('f'));
    const auto ops =
        test::join({maker.change(test::stamp(1), catalog::kInterview, interview,
                                 {{"visit_id", visit},
                                  {"kind", QStringLiteral("individual_private")},
                                  {"without_witnesses", qint64(1)},
                                  {"interpreter", QStringLiteral("none")},
                                  {"pseudonym", QStringLiteral("D-01")},
                                  {"reprisal_risk", QStringLiteral("low")},
                                  {"chosen_by", QStringLiteral("team")}}),
                    test::newFinding(maker, test::stamp(2), finding, visit, "Dark cells"),
                    maker.change(test::stamp(3), catalog::kAttachment, attachment,
                                 {{"owner_kind", QStringLiteral("finding")},
                                  {"owner_id", finding},
                                  {"file_name", QStringLiteral("cell.jpg")},
                                  {"mime_type", QStringLiteral("image/jpeg")},
                                  {"size", qint64(10)},
                                  {"sha256", QByteArray(32, 'h')},
                                  {"file_key", QByteArray(32, 'k')}}),
                    maker.change(test::stamp(4), MergeCatalog::kSyncResolution, resolution,
                                 {{"conflict_id", conflict},
                                  {"choice", QStringLiteral("kept_current")},
                                  {"resolved_at", qint64(1'700'000'000'004)}})});
    REQUIRE_OK(test::deliver(f.records(), ops));
    CHECK(test::count(f.db(), "SELECT count(*) FROM interview") == 0); // pending
    CHECK(test::count(f.db(), "SELECT count(*) FROM finding") == 0);

    // The conflict a resolution names is local; it points at the finding.
    auto stmt = f.db().prepare(
        "INSERT INTO sync_conflict(id, kind, entity, entity_id, field, winner_device, winner_seq, "
        "loser_device, loser_seq, losing_value, scope, created_at) "
        "VALUES (?, 'prose', 'finding', ?, 'facts', 'x', 1, 'y', 1, NULL, 'team', 1)");
    REQUIRE_OK(stmt);
    stmt->bind(1, conflict).bind(2, finding);
    REQUIRE_OK(stmt->run());

    RecordVisit records(f.db());
    CHECK(visitOf(records, "interview", interview) == visit);
    CHECK(visitOf(records, "finding", finding) == visit);
    CHECK(visitOf(records, "attachment", attachment) == visit);
    CHECK(visitOf(records, "sync_resolution", resolution) == visit);
    // Nothing known of the record or of its parent: it cannot be told yet.
    CHECK(visitOf(records, "identity_entry", Uuid7::generate()) == QStringLiteral("?"));
    const QString orphan = Uuid7::generate();
    REQUIRE_OK(
        test::deliver(f.records(), maker.change(test::stamp(5), catalog::kFindingEvidence, orphan,
                                                {{"finding_id", Uuid7::generate()},
                                                 {"evidence_kind", QStringLiteral("interview")},
                                                 {"evidence_id", interview}})));
    CHECK(visitOf(records, "finding_evidence", orphan) == QStringLiteral("?"));
    // A resolution of a conflict that is not here names no visit.
    const QString stray = Uuid7::generate();
    REQUIRE_OK(test::deliver(f.records(),
                             maker.change(test::stamp(6), MergeCatalog::kSyncResolution, stray,
                                          {{"conflict_id", QString(32, QLatin1Char('0'))},
                                           {"choice", QStringLiteral("kept_current")},
                                           {"resolved_at", qint64(1'700'000'000'006)}})));
    CHECK(visitOf(records, "sync_resolution", stray).isEmpty());
}
