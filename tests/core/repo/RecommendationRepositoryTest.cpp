#include "core/repo/RecommendationRepository.h"

#include "core/repo/FindingRepository.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/repo/RecommendationQueries.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

using Step = RecommendationLifecycle::Step;

Recommendation sampleRecommendation(const QString& visitId)
{
    Recommendation r;
    r.visitId = visitId;
    r.text = QStringLiteral("Review every segregation placement within 15 days.");
    r.addressee = QStringLiteral("facility_management");
    r.priority = QStringLiteral("high");
    r.deadline = QDate(2024, 9, 30);
    return r;
}

struct Scene
{
    test::VaultFixture f;
    QString place = test::seedPlace(f.records());
    QString visit1 = test::seedVisit(f.records(), place, 10);
    QString visit2 = test::seedVisit(f.records(), place, 200);
    QString visit3 = test::seedVisit(f.records(), place, 400);
    RecommendationRepository recs{f.records()};
    RecommendationLifecycle life{f.records()};

    QString create(const QString& visitId)
    {
        auto id = recs.create(sampleRecommendation(visitId));
        REQUIRE(id.ok());
        return *id;
    }
    void step(const QString& id, const char* to, const QString& visitId = {})
    {
        Step s;
        s.to = QString::fromLatin1(to);
        s.visitId = visitId;
        s.evidence = QStringLiteral("Register shows reviews on day 14.");
        auto done = life.apply(id, s);
        if (!done.ok())
            FAIL(done.error().message.toStdString());
    }
};

} // namespace

TEST_CASE("recommendations are numbered within their visit, and numbers stay", "[recommendation]")
{
    Scene s;
    const QString a = s.create(s.visit1);
    const QString b = s.create(s.visit1);
    const QString c = s.create(s.visit2);
    const QString d = s.create(s.visit1);
    CHECK(s.recs.get(a)->number == 1);
    CHECK(s.recs.get(b)->number == 2);
    CHECK(s.recs.get(c)->number == 1);
    CHECK(s.recs.get(d)->number == 3);

    REQUIRE(s.recs.remove(d).ok()); // a deleted draft's number is not reused
    CHECK(s.recs.get(s.create(s.visit1))->number == 4);

    Recommendation edited = *s.recs.get(b);
    edited.number = 99;
    edited.text = QStringLiteral("Review placements within 7 days.");
    REQUIRE(s.recs.update(edited).ok());
    CHECK(s.recs.get(b)->number == 2);
    CHECK(s.recs.get(b)->text == edited.text);

    auto list = s.recs.listForVisit(s.visit1);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).number == 1);
    CHECK(list->at(2).number == 4);
    CHECK(list->at(0).status == QStringLiteral("draft"));
}

TEST_CASE("recommendation validation names the field and writes nothing", "[recommendation]")
{
    Scene s;
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");
    auto refuse = [&s](const Recommendation& r, const char* field) {
        auto refused = s.recs.create(r);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Validation);
        CHECK(refused.error().message.contains(QString::fromLatin1(field)));
    };
    Recommendation r = sampleRecommendation(s.visit1);
    r.text = QStringLiteral(" ");
    refuse(r, "recommendation.text");
    r = sampleRecommendation(s.visit1);
    r.addressee.clear();
    refuse(r, "recommendation.addressee");
    r = sampleRecommendation(s.visit1);
    r.level = QStringLiteral("global");
    refuse(r, "recommendation.level");
    r = sampleRecommendation(s.visit1);
    r.priority = QStringLiteral("whenever");
    refuse(r, "recommendation.priority");
    r = sampleRecommendation(s.visit1);
    r.visitId = s.place;
    refuse(r, "recommendation.visit_id");
    CHECK(s.f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(s.f.count("SELECT count(*) FROM recommendation") == 0);
}

TEST_CASE("an issued recommendation keeps its wording; a closed one keeps everything",
          "[recommendation]")
{
    Scene s;
    const QString id = s.create(s.visit1);
    s.step(id, "issued");
    Recommendation r = *s.recs.get(id);
    r.deadline = QDate(2024, 12, 31); // renegotiated deadline
    r.priority = QStringLiteral("urgent");
    REQUIRE(s.recs.update(r).ok());
    CHECK(s.recs.get(id)->deadline == QDate(2024, 12, 31));

    r.text = QStringLiteral("Something else.");
    auto refused = s.recs.update(r);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("recommendation.text")));
    r = *s.recs.get(id);
    r.addressee = QStringLiteral("ministry");
    CHECK(s.recs.update(r).error().message.contains(QStringLiteral("recommendation.addressee")));

    auto removal = s.recs.remove(id);
    REQUIRE_FALSE(removal.ok());
    CHECK(removal.error().message.contains(QStringLiteral("issued")));

    s.step(id, "implemented", s.visit2);
    s.step(id, "closed");
    r = *s.recs.get(id);
    r.priority = QStringLiteral("low");
    CHECK(s.recs.update(r).error().message.contains(QStringLiteral("closed")));
}

TEST_CASE("findings are linked to a recommendation of the same visit", "[recommendation]")
{
    Scene s;
    FindingRepository findings(s.f.records());
    Finding f;
    f.visitId = s.visit1;
    f.category = QStringLiteral("treatment");
    f.title = QStringLiteral("Prolonged segregation");
    auto fid = findings.create(f);
    f.visitId = s.visit2;
    auto elsewhere = findings.create(f);
    const QString id = s.create(s.visit1);

    auto link = s.recs.linkFinding(id, *fid);
    REQUIRE(link.ok());
    CHECK(*s.recs.linkFinding(id, *fid) == *link);
    CHECK(s.f.count("SELECT count(*) FROM recommendation_finding") == 1);
    auto refused = s.recs.linkFinding(id, *elsewhere);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("recommendation_finding.finding_id")));
    REQUIRE(s.recs.findings(id)->size() == 1);
    CHECK(s.recs.findings(id)->first().title == f.title);

    REQUIRE(s.recs.unlinkFinding(id, *fid).ok());
    CHECK(s.recs.findings(id)->isEmpty());
    CHECK(s.recs.unlinkFinding(id, *fid).error().kind == ErrorKind::NotFound);
}

TEST_CASE("SMART hints prompt for what a recommendation lacks", "[recommendation]")
{
    Scene s;
    auto codes = [](const QList<SmartHint>& hints) {
        QStringList out;
        for (const SmartHint& h : hints) {
            CHECK_FALSE(h.message.isEmpty());
            out.append(h.code);
        }
        return out;
    };
    Recommendation blank;
    CHECK(codes(RecommendationQueries::smartHints(blank, 0)) ==
          QStringList{QStringLiteral("text_missing"), QStringLiteral("addressee_missing"),
                      QStringLiteral("deadline_missing"), QStringLiteral("finding_missing")});
    Recommendation systemic = sampleRecommendation(s.visit1);
    systemic.level = QStringLiteral("systemic");
    CHECK(codes(RecommendationQueries::smartHints(systemic, 2)) ==
          QStringList{QStringLiteral("addressee_cannot_act")});
    CHECK(RecommendationQueries::smartHints(sampleRecommendation(s.visit1), 1).isEmpty());

    Recommendation saved = sampleRecommendation(s.visit1);
    saved.deadline = QDate();
    auto id = s.recs.create(saved);
    REQUIRE(id.ok());
    RecommendationQueries queries(s.f.records());
    CHECK(codes(*queries.smartHints(*id)) ==
          QStringList{QStringLiteral("deadline_missing"), QStringLiteral("finding_missing")});
}

TEST_CASE("repeated-from must be an issued recommendation of an earlier visit to the same place",
          "[recommendation]")
{
    Scene s;
    const QString otherPlace = test::seedPlace(s.f.records(), "Harbour Police Station");
    const QString otherVisit = test::seedVisit(s.f.records(), otherPlace, 5);
    const QString original = s.create(s.visit1);
    const QString foreign = s.create(otherVisit);
    const QString later = s.create(s.visit3);
    s.step(foreign, "issued");
    s.step(later, "issued");

    auto refuse = [&s](const QString& visitId, const QString& from, const char* words) {
        Recommendation r = sampleRecommendation(visitId);
        r.repeatedFrom = from;
        auto refused = s.recs.create(r);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Validation);
        CHECK(refused.error().message.contains(QStringLiteral("recommendation.repeated_from")));
        CHECK(refused.error().message.contains(QString::fromUtf8(words)));
    };
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");
    refuse(s.visit2, original, "never issued"); // still a draft
    s.step(original, "issued");
    const qint64 opsIssued = s.f.count("SELECT count(*) FROM change_op");
    refuse(s.visit2, foreign, "another place");
    refuse(s.visit2, later, "earlier visit");
    refuse(s.visit1, original, "earlier visit"); // the same visit
    refuse(s.visit2, s.visit1, "does not exist");
    CHECK(s.f.count("SELECT count(*) FROM change_op") == opsIssued);
    CHECK(opsIssued > ops);

    Recommendation repeat = sampleRecommendation(s.visit2);
    repeat.repeatedFrom = original;
    auto id = s.recs.create(repeat);
    REQUIRE(id.ok());
    CHECK(s.recs.get(*id)->repeatedFrom == original);
    Recommendation moved = *s.recs.get(*id);
    moved.repeatedFrom = foreign; // also checked when changed
    CHECK(s.recs.update(moved).error().message.contains(QStringLiteral("another place")));
}
