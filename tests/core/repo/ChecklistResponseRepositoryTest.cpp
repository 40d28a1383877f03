#include "core/repo/ChecklistResponseRepository.h"

#include "core/repo/FindingRepository.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

struct Scene
{
    test::VaultFixture f;
    QString place = test::seedPlace(f.records());
    QString visit = test::seedVisit(f.records(), place, 10);
    QString otherVisit = test::seedVisit(f.records(), place, 90);
    QString templ = test::seedTemplate(f.records());
    ChecklistResponseRepository answers{f.records()};
    FindingRepository findings{f.records()};

    QString finding(const QString& visitId)
    {
        Finding fd;
        fd.visitId = visitId;
        fd.category = QStringLiteral("protection");
        fd.title = QStringLiteral("Rights not explained on arrival");
        auto id = findings.create(fd);
        REQUIRE(id.ok());
        return *id;
    }
};

} // namespace

TEST_CASE("one answer per question and visit: answering again updates it", "[checklist]")
{
    Scene s;
    auto first = s.answers.answer(s.visit, s.templ, QStringLiteral("rights.info"),
                                  QStringLiteral("no"), QStringLiteral("Leaflet only in English."));
    REQUIRE(first.ok());
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");
    auto again =
        s.answers.answer(s.visit, s.templ, QStringLiteral("rights.info"), QStringLiteral("partly"),
                         QStringLiteral("Leaflet only in English."));
    REQUIRE(again.ok());
    CHECK(*again == *first);
    CHECK(s.f.count("SELECT count(*) FROM checklist_response") == 1);
    CHECK(s.f.count("SELECT count(*) FROM change_op") == ops + 1); // only the answer changed
    CHECK(s.answers.get(*first)->answer == QStringLiteral("partly"));

    // A newer template version answering the same question keeps the one answer.
    const QString newer = test::seedTemplate(s.f.records(), 2);
    REQUIRE(
        s.answers
            .answer(s.visit, newer, QStringLiteral("rights.info"), QStringLiteral("yes"), QString())
            .ok());
    CHECK(s.answers.get(*first)->templateId == newer);
    CHECK(s.answers.get(*first)->notes.isEmpty());

    REQUIRE(s.answers
                .answer(s.visit, s.templ, QStringLiteral("lawyer.access"), QStringLiteral("yes"),
                        QString())
                .ok());
    REQUIRE(s.answers
                .answer(s.otherVisit, s.templ, QStringLiteral("rights.info"), QStringLiteral("yes"),
                        QString())
                .ok());
    auto list = s.answers.listForVisit(s.visit);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).questionId == QStringLiteral("lawyer.access")); // template, then question
    CHECK(list->at(1).questionId == QStringLiteral("rights.info"));

    REQUIRE(s.answers.remove(*first).ok());
    CHECK(s.answers.listForVisit(s.visit)->size() == 1);
    auto fresh = s.answers.answer(s.visit, s.templ, QStringLiteral("rights.info"),
                                  QStringLiteral("no"), QString());
    REQUIRE(fresh.ok());
    CHECK(*fresh != *first);
}

TEST_CASE("checklist answers are validated, naming the field", "[checklist]")
{
    Scene s;
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");
    auto noTemplate = s.answers.answer(s.visit, s.visit, QStringLiteral("q"), QString(), QString());
    REQUIRE_FALSE(noTemplate.ok());
    CHECK(noTemplate.error().message.contains(QStringLiteral("checklist_response.template_id")));
    auto noQuestion = s.answers.answer(s.visit, s.templ, QString(), QString(), QString());
    CHECK(noQuestion.error().message.contains(QStringLiteral("checklist_response.question_id")));
    auto noVisit = s.answers.answer(s.templ, s.templ, QStringLiteral("q"), QString(), QString());
    CHECK(noVisit.error().message.contains(QStringLiteral("checklist_response.visit_id")));
    CHECK(s.f.count("SELECT count(*) FROM change_op") == ops);
}

TEST_CASE("an answer links to the finding it led to, as that finding's evidence", "[checklist]")
{
    Scene s;
    auto answer = s.answers.answer(s.visit, s.templ, QStringLiteral("rights.info"),
                                   QStringLiteral("no"), QString());
    REQUIRE(answer.ok());
    const QString first = s.finding(s.visit);
    const QString second = s.finding(s.visit);

    REQUIRE(s.answers.linkFinding(*answer, first).ok());
    CHECK(s.answers.get(*answer)->findingId == first);
    REQUIRE(s.findings.evidence(first)->size() == 1);
    CHECK(s.findings.evidence(first)->first().kind == QStringLiteral("checklist_response"));
    CHECK(s.findings.evidence(first)->first().title ==
          QStringLiteral("Checklist question rights.info: no"));

    REQUIRE(s.answers.linkFinding(*answer, second).ok()); // moves the link
    CHECK(s.findings.evidence(first)->isEmpty());
    CHECK(s.findings.evidence(second)->size() == 1);
    CHECK(s.findings.findingsUsing(*answer)->size() == 1);

    const QString elsewhere = s.finding(s.otherVisit);
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");
    auto refused = s.answers.linkFinding(*answer, elsewhere);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(s.answers.get(*answer)->findingId == second);
    CHECK(s.f.count("SELECT count(*) FROM change_op") == ops);

    // Unlinking from the finding's side clears the answer's link too.
    REQUIRE(s.findings.unlinkEvidence(second, *answer).ok());
    CHECK(s.answers.get(*answer)->findingId.isEmpty());
    REQUIRE(s.answers.linkFinding(*answer, first).ok());
    REQUIRE(s.answers.linkFinding(*answer, QString()).ok()); // clears
    CHECK(s.answers.get(*answer)->findingId.isEmpty());
    CHECK(s.findings.evidence(first)->isEmpty());

    REQUIRE(s.answers.linkFinding(*answer, first).ok());
    REQUIRE(s.answers.remove(*answer).ok());
    CHECK(s.findings.evidence(first)->isEmpty());
}
