#include "core/repo/FindingRepository.h"

#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RegisterCheckRepository.h"
#include "core/store/Statement.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

Finding sampleFinding(const QString& visitId, const char* category = "treatment",
                      const char* severity = "high")
{
    Finding f;
    f.visitId = visitId;
    f.category = QString::fromLatin1(category);
    f.subcategory = QStringLiteral("solitary confinement");
    f.title = QStringLiteral("Segregation beyond 15 days");
    f.facts = QStringLiteral("Three detainees held 22 hours a day in cell for 20-40 days.");
    f.analysis = QStringLiteral("Prolonged solitary confinement.");
    f.severity = QString::fromLatin1(severity);
    f.standards = QStringLiteral("Mandela Rules 43–45");
    return f;
}

struct Scene
{
    test::VaultFixture f;
    QString place = test::seedPlace(f.records());
    QString visit = test::seedVisit(f.records(), place, 10);
    QString otherVisit = test::seedVisit(f.records(), place, 40);
    FindingRepository findings{f.records()};

    QString observation(const QString& visitId, const char* title)
    {
        Observation o;
        o.visitId = visitId;
        o.title = QString::fromUtf8(title);
        auto id = ObservationRepository(f.records()).create(o);
        REQUIRE(id.ok());
        return *id;
    }
    QString registerCheck()
    {
        RegisterCheck c;
        c.visitId = visit;
        c.registerType = QStringLiteral("segregation");
        c.periodFrom = QDate(2024, 1, 1);
        c.periodTo = QDate(2024, 3, 31);
        auto id = RegisterCheckRepository(f.records()).create(c);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("findings are created, read, changed and removed", "[finding]")
{
    Scene s;
    auto id = s.findings.create(sampleFinding(s.visit));
    REQUIRE(id.ok());
    auto read = s.findings.get(*id);
    REQUIRE(read.ok());
    CHECK(read->category == QStringLiteral("treatment"));
    CHECK(read->standards == QStringLiteral("Mandela Rules 43–45"));
    CHECK_FALSE(read->sourcesSet.has_value());
    CHECK(read->sources == 0);
    CHECK_FALSE(read->goodPractice);

    read->goodPractice = true;
    read->sourcesSet = 4;
    read->severity = QStringLiteral("urgent");
    REQUIRE(s.findings.update(*read).ok());
    auto changed = s.findings.get(*id);
    CHECK(changed->goodPractice);
    CHECK(changed->sourcesSet == 4);
    CHECK(changed->sources == 4);
    CHECK(changed->severity == QStringLiteral("urgent"));

    REQUIRE(s.findings.remove(*id).ok());
    CHECK(s.findings.get(*id).error().kind == ErrorKind::NotFound);
}

TEST_CASE("finding validation names the field and a failed write leaves no change op", "[finding]")
{
    Scene s;
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");
    auto check = [&s](Finding bad, const char* field) {
        auto refused = s.findings.create(bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Validation);
        CHECK(refused.error().message.contains(QString::fromLatin1(field)));
    };
    Finding f = sampleFinding(s.visit);
    f.category = QStringLiteral("food"); // not one of the six categories
    check(f, "finding.category");
    f = sampleFinding(s.visit);
    f.title.clear();
    check(f, "finding.title");
    f = sampleFinding(s.visit);
    f.severity = QStringLiteral("dire");
    check(f, "finding.severity");
    f = sampleFinding(s.visit);
    f.sourcesSet = 0;
    check(f, "finding.sources");
    f = sampleFinding(s.visit);
    f.visitId = test::seedPlace(s.f.records(), "Not a visit");
    const qint64 opsWithPlace = s.f.count("SELECT count(*) FROM change_op");
    check(f, "finding.visit_id");
    CHECK(s.f.count("SELECT count(*) FROM change_op") == opsWithPlace);
    CHECK(opsWithPlace == ops + 3); // only the extra place
    CHECK(s.f.count("SELECT count(*) FROM finding") == 0);
}

TEST_CASE("a visit's findings come in taxonomy order, most severe first", "[finding]")
{
    Scene s;
    const char* const order[][2] = {
        {"personnel", "low"},    {"treatment", "medium"},        {"health_care", "high"},
        {"treatment", "urgent"}, {"material_conditions", "low"}, {"protection", "high"},
        {"regime", "medium"}};
    for (const auto& [category, severity] : order)
        REQUIRE(s.findings.create(sampleFinding(s.visit, category, severity)).ok());
    REQUIRE(s.findings.create(sampleFinding(s.otherVisit)).ok());
    auto gone = s.findings.create(sampleFinding(s.visit, "regime", "low"));
    REQUIRE(s.findings.remove(*gone).ok());

    auto list = s.findings.listForVisit(s.visit);
    REQUIRE(list.ok());
    QStringList seen;
    for (const Finding& f : *list)
        seen.append(f.category + QLatin1Char('/') + f.severity);
    CHECK(seen == QStringList{QStringLiteral("treatment/urgent"),
                              QStringLiteral("treatment/medium"), QStringLiteral("protection/high"),
                              QStringLiteral("material_conditions/low"),
                              QStringLiteral("regime/medium"), QStringLiteral("health_care/high"),
                              QStringLiteral("personnel/low")});
    auto groups = FindingRepository::groupByCategory(*list);
    REQUIRE(groups.size() == 6);
    CHECK(groups.first().category == QStringLiteral("treatment"));
    CHECK(groups.first().findings.size() == 2);
    CHECK(groups.last().category == QStringLiteral("personnel"));
}

TEST_CASE("listing a visit's findings searches the finding_visit index", "[finding]")
{
    Scene s;
    auto plan = s.f.db().prepare(
        (QByteArray("EXPLAIN QUERY PLAN ") + FindingRepository::listForVisitSql()).constData());
    REQUIRE(plan.ok());
    plan->bind(1, s.visit);
    QStringList details;
    while (*plan->step())
        details.append(plan->columnText(3));
    const QString joined = details.join(QLatin1Char('\n'));
    INFO(joined.toStdString());
    CHECK(joined.contains(QStringLiteral("SEARCH f USING INDEX finding_visit (visit_id=?)")));
    CHECK_FALSE(joined.contains(QStringLiteral("SCAN f")));
    CHECK(joined.contains(QStringLiteral("finding_evidence_finding")));
}

TEST_CASE("evidence of every kind is linked, titled, listed and unlinked", "[finding]")
{
    Scene s;
    RecordContext& ctx = s.f.records();
    auto fid = s.findings.create(sampleFinding(s.visit));
    REQUIRE(fid.ok());
    const QString interview = test::seedInterview(ctx, s.visit, 7);
    const QString observation = s.observation(s.visit, "Segregation unit, cell 3");
    const QString check = s.registerCheck();
    const QString access = test::seedAccessEvent(ctx, s.visit, "Segregation unit");
    const QString photo = test::seedAttachment(ctx, "observation", observation, "cell3.jpg");
    const QString templ = test::seedTemplate(ctx);
    auto answer = ChecklistResponseRepository(ctx).answer(
        s.visit, templ, QStringLiteral("seg.review"), QStringLiteral("no"), QString());
    REQUIRE(answer.ok());

    const QString kinds[][2] = {
        {QStringLiteral("interview"), interview},  {QStringLiteral("observation"), observation},
        {QStringLiteral("register_check"), check}, {QStringLiteral("access_event"), access},
        {QStringLiteral("attachment"), photo},     {QStringLiteral("checklist_response"), *answer}};
    for (const auto& [kind, id] : kinds) {
        auto link = s.findings.linkEvidence(*fid, kind, id);
        INFO(kind.toStdString());
        REQUIRE(link.ok());
    }
    const qint64 links = s.f.count("SELECT count(*) FROM finding_evidence");
    CHECK(links == 6);
    CHECK(s.findings.linkEvidence(*fid, QStringLiteral("interview"), interview).ok());
    CHECK(s.f.count("SELECT count(*) FROM finding_evidence") == links); // linking again: no-op

    auto evidence = s.findings.evidence(*fid);
    REQUIRE(evidence.ok());
    REQUIRE(evidence->size() == 6);
    QStringList titles;
    for (const FindingEvidence& e : *evidence) {
        CHECK(e.available);
        titles.append(e.title);
    }
    CHECK(titles.contains(QStringLiteral("Interview D-07")));
    CHECK(titles.contains(QStringLiteral("Segregation unit, cell 3")));
    CHECK(titles.contains(QStringLiteral("Register check: segregation, 2024-01-01 to 2024-03-31")));
    CHECK(titles.contains(QStringLiteral("Access delay: Segregation unit")));
    CHECK(titles.contains(QStringLiteral("cell3.jpg")));
    CHECK(titles.contains(QStringLiteral("Checklist question seg.review: no")));

    // Interview, observation and register check are sources; the rest are not.
    CHECK(s.findings.get(*fid)->sources == 3);

    auto second = s.findings.create(sampleFinding(s.visit, "protection"));
    REQUIRE(s.findings.linkEvidence(*second, QStringLiteral("observation"), observation).ok());
    auto using_ = s.findings.findingsUsing(observation);
    REQUIRE(using_.ok());
    REQUIRE(using_->size() == 2);
    CHECK(using_->at(0).id == *fid); // taxonomy order within the visit
    CHECK(s.findings.findingsUsing(interview)->size() == 1);

    REQUIRE(s.findings.unlinkEvidence(*fid, observation).ok());
    CHECK(s.findings.evidence(*fid)->size() == 5);
    CHECK(s.findings.get(*fid)->sources == 2);
    CHECK(s.findings.findingsUsing(observation)->size() == 1);
    CHECK(s.findings.unlinkEvidence(*fid, observation).error().kind == ErrorKind::NotFound);
}

TEST_CASE("evidence must be a live record of the finding's visit", "[finding]")
{
    Scene s;
    RecordContext& ctx = s.f.records();
    auto fid = s.findings.create(sampleFinding(s.visit));
    REQUIRE(fid.ok());
    const QString elsewhere = s.observation(s.otherVisit, "Another visit's yard");
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");

    auto crossVisit = s.findings.linkEvidence(*fid, QStringLiteral("observation"), elsewhere);
    REQUIRE_FALSE(crossVisit.ok());
    CHECK(crossVisit.error().message.contains(QStringLiteral("finding_evidence.evidence_id")));
    auto wrongKind = s.findings.linkEvidence(*fid, QStringLiteral("interview"), elsewhere);
    CHECK(wrongKind.error().message.contains(QStringLiteral("finding_evidence.evidence_id")));
    auto unknownKind = s.findings.linkEvidence(*fid, QStringLiteral("rumour"), elsewhere);
    CHECK(unknownKind.error().message.contains(QStringLiteral("finding_evidence.evidence_kind")));
    auto noFinding = s.findings.linkEvidence(elsewhere, QStringLiteral("observation"), elsewhere);
    CHECK(noFinding.error().message.contains(QStringLiteral("finding_evidence.finding_id")));
    CHECK(s.f.count("SELECT count(*) FROM change_op") == ops);

    // Evidence deleted behind the repository's back (e.g. by a sync) shows as unavailable.
    const QString interview = test::seedInterview(ctx, s.visit, 3);
    REQUIRE(s.findings.linkEvidence(*fid, QStringLiteral("interview"), interview).ok());
    CHECK(s.findings.get(*fid)->sources == 1);
    {
        auto tx = ctx.beginWrite();
        REQUIRE(tx->remove(catalog::kInterview, interview).ok());
        REQUIRE(tx->commit().ok());
    }
    auto evidence = s.findings.evidence(*fid);
    REQUIRE(evidence->size() == 1);
    CHECK_FALSE(evidence->first().available);
    CHECK(evidence->first().title.isEmpty());
    CHECK(s.findings.get(*fid)->sources == 0);
    CHECK(s.findings.linkEvidence(*fid, QStringLiteral("interview"), interview).error().kind ==
          ErrorKind::Validation);
}

TEST_CASE("sources count distinct linked evidence unless set", "[finding]")
{
    Scene s;
    RecordContext& ctx = s.f.records();
    auto fid = s.findings.create(sampleFinding(s.visit));
    REQUIRE(fid.ok());
    for (int i = 1; i <= 3; ++i)
        REQUIRE(s.findings
                    .linkEvidence(*fid, QStringLiteral("interview"),
                                  test::seedInterview(ctx, s.visit, i))
                    .ok());
    REQUIRE(s.findings
                .linkEvidence(*fid, QStringLiteral("access_event"),
                              test::seedAccessEvent(ctx, s.visit, "Gate"))
                .ok());
    CHECK(s.findings.get(*fid)->sources == 3);
    CHECK(s.findings.listForVisit(s.visit)->first().sources == 3);

    Finding set = *s.findings.get(*fid);
    set.sourcesSet = 1; // the team knows the three told one story heard from one person
    REQUIRE(s.findings.update(set).ok());
    CHECK(s.findings.get(*fid)->sources == 1);
    set.sourcesSet.reset();
    REQUIRE(s.findings.update(set).ok());
    CHECK(s.findings.get(*fid)->sources == 3);
}

TEST_CASE("removing a finding drops its evidence, recommendation and checklist links", "[finding]")
{
    Scene s;
    RecordContext& ctx = s.f.records();
    auto fid = s.findings.create(sampleFinding(s.visit));
    REQUIRE(fid.ok());
    REQUIRE(
        s.findings
            .linkEvidence(*fid, QStringLiteral("interview"), test::seedInterview(ctx, s.visit, 1))
            .ok());
    ChecklistResponseRepository answers(ctx);
    auto answer = answers.answer(s.visit, test::seedTemplate(ctx), QStringLiteral("q1"),
                                 QStringLiteral("no"), QString());
    REQUIRE(answers.linkFinding(*answer, *fid).ok());
    RecommendationRepository recs(ctx);
    Recommendation r;
    r.visitId = s.visit;
    r.text = QStringLiteral("End segregation beyond 15 days.");
    r.addressee = QStringLiteral("facility_management");
    auto rid = recs.create(r);
    REQUIRE(recs.linkFinding(*rid, *fid).ok());

    REQUIRE(s.findings.remove(*fid).ok());
    CHECK(s.f.count("SELECT count(*) FROM finding_evidence WHERE deleted = 0") == 0);
    CHECK(s.f.count("SELECT count(*) FROM recommendation_finding WHERE deleted = 0") == 0);
    CHECK(answers.get(*answer)->findingId.isEmpty());
    CHECK(recs.findings(*rid)->isEmpty());
}
