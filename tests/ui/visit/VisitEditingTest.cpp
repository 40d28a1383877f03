// How the visit workspace edits: typing is committed within a second and
// undoes in one step per field, nothing typed is lost when the workspace
// closes, deletions undo with their links, and the team keeps one lead.

#include "core/model/Person.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/PersonRepository.h"
#include "tests/ui/visit/VisitWorkspaceFixture.h"
#include "ui/visit/ChecklistPanel.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/FindingsPanel.h"
#include "ui/visit/ObservationsPanel.h"
#include "ui/visit/TeamPanel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>

using namespace vigil;
using namespace vigil::test;

namespace {

QString observationTitle(VisitWorkspaceFixture& f, const QString& id)
{
    auto o = ObservationRepository(f.records()).get(id);
    return o ? o->title : QString();
}

} // namespace

TEST_CASE("Typing is committed within a second and undoes in one step per field", "[ui][visit]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();
    f.showTabOf(w.observations());
    const QString id = w.observations()->addObservation();
    REQUIRE_FALSE(id.isEmpty());
    const int afterCreate = f.undo().index();
    auto* title = f.child<QLineEdit>("observationTitleEdit");

    QElapsedTimer clock;
    clock.start();
    QTest::keyClicks(title, QStringLiteral("Mould on"));
    REQUIRE(QTest::qWaitFor([&] { return observationTitle(f, id) == QStringLiteral("Mould on"); }));
    CHECK(clock.elapsed() < 1000 + 500); // the debounce, with room for a slow machine
    QTest::keyClicks(title, QStringLiteral(" the walls"));
    REQUIRE(QTest::qWaitFor(
        [&] { return observationTitle(f, id) == QStringLiteral("Mould on the walls"); }));
    CHECK(f.undo().index() == afterCreate + 1); // two pauses, one undo step

    f.undo().undo();
    CHECK(observationTitle(f, id) == QStringLiteral("New observation"));
    CHECK(title->text() == QStringLiteral("New observation"));
    f.undo().redo();
    CHECK(observationTitle(f, id) == QStringLiteral("Mould on the walls"));
    CHECK(title->text() == QStringLiteral("Mould on the walls"));

    // Leaving the field ends the typing session: the next edit is a step of its own.
    Q_EMIT title->editingFinished();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral("!"));
    REQUIRE(QTest::qWaitFor(
        [&] { return observationTitle(f, id) == QStringLiteral("Mould on the walls!"); }));
    CHECK(f.undo().index() == afterCreate + 2);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Leaving or closing the workspace commits typing still waiting for its debounce",
          "[ui][visit]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();
    f.showTabOf(w.observations());
    const QString id = w.observations()->addObservation();
    REQUIRE_FALSE(id.isEmpty());
    auto* title = f.child<QLineEdit>("observationTitleEdit");
    QTest::keyClicks(title, QStringLiteral("Typed before leaving"));
    CHECK(observationTitle(f, id) == QStringLiteral("New observation")); // not yet
    w.hide();
    CHECK(observationTitle(f, id) == QStringLiteral("Typed before leaving"));

    w.show();
    title->end(false);
    QTest::keyClicks(title, QStringLiteral(", and closing"));
    f.workspace.reset();
    CHECK(observationTitle(f, id) == QStringLiteral("Typed before leaving, and closing"));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Deleting evidence undoes with its links to findings", "[ui][visit]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();
    const QString observationId = w.observations()->addObservation();
    const QString findingId = w.findings()->addFinding(QStringLiteral("treatment"));
    REQUIRE_FALSE(observationId.isEmpty());
    REQUIRE_FALSE(findingId.isEmpty());
    FindingRepository findings(f.records());
    REQUIRE(findings.linkEvidence(findingId, QStringLiteral("observation"), observationId).ok());
    Q_EMIT f.ctx->recordsChanged(QStringLiteral("finding_evidence"), findingId);

    f.showTabOf(w.observations());
    w.observations()->reload();
    auto* list = f.child<QListWidget>("observationList");
    REQUIRE(list->count() == 1);
    list->setCurrentRow(0);
    f.child<QAbstractButton>("deleteObservationButton")->click();
    CHECK_FALSE(ObservationRepository(f.records()).get(observationId).ok());
    CHECK(findings.evidence(findingId)->isEmpty());

    f.undo().undo();
    CHECK(ObservationRepository(f.records()).get(observationId).ok());
    auto evidence = findings.evidence(findingId);
    REQUIRE(evidence.ok());
    REQUIRE(evidence->size() == 1);
    CHECK(evidence->at(0).evidenceId == observationId);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("A checklist answer keeps notes and the finding it led to", "[ui][visit]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();
    const QString findingId = w.findings()->addFinding(QStringLiteral("treatment"));
    REQUIRE_FALSE(findingId.isEmpty());
    f.showTabOf(w.checklist());
    auto* question = f.child<QWidget>("question_PR-03");
    auto* notes = question->findChild<QLineEdit*>(QStringLiteral("notesEdit"));
    auto* finding = question->findChild<QComboBox*>(QStringLiteral("findingCombo"));
    REQUIRE(notes);
    REQUIRE(finding);
    CHECK_FALSE(finding->isEnabled()); // nothing to link before there is an answer

    // Notes before any answer create the response.
    QTest::keyClicks(notes, QStringLiteral("Chains seen in the yard"));
    ChecklistResponseRepository responses(f.records());
    REQUIRE(QTest::qWaitFor([&] {
        auto list = responses.listForVisit(f.visitId);
        return list && list->size() == 1 &&
               list->at(0).notes == QStringLiteral("Chains seen in the yard");
    }));
    REQUIRE(finding->isEnabled());
    finding->setFocus();
    QTest::keyClick(finding, Qt::Key_Down);
    auto list = responses.listForVisit(f.visitId);
    REQUIRE(list.ok());
    CHECK(list->at(0).findingId == findingId);
    auto evidence = FindingRepository(f.records()).evidence(findingId);
    REQUIRE(evidence.ok());
    REQUIRE(evidence->size() == 1);
    CHECK(evidence->at(0).kind == QStringLiteral("checklist_response"));

    f.undo().undo(); // the link
    CHECK(responses.listForVisit(f.visitId)->at(0).findingId.isEmpty());
    f.undo().undo(); // the notes, which created the answer
    CHECK(responses.listForVisit(f.visitId)->isEmpty());
    f.undo().redo();
    REQUIRE(responses.listForVisit(f.visitId)->size() == 1);
    CHECK(responses.listForVisit(f.visitId)->at(0).notes ==
          QStringLiteral("Chains seen in the yard"));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("The team takes people from the body's list and keeps one lead", "[ui][visit]")
{
    VisitWorkspaceFixture f;
    PersonRepository people(f.records());
    Person amina;
    amina.name = QStringLiteral("Amina Diallo");
    Person jonas;
    jonas.name = QStringLiteral("Jonas Berg");
    REQUIRE(people.create(amina).ok());
    REQUIRE(people.create(jonas).ok());
    VisitWorkspace& w = f.show();
    f.showTabOf(w.team());

    auto* person = f.child<QComboBox>("personCombo");
    auto* role = f.child<QComboBox>("newRoleCombo");
    auto* add = f.child<QAbstractButton>("addMemberButton");
    REQUIRE(person->count() == 2);
    role->setCurrentIndex(role->findData(QStringLiteral("lead")));
    add->click();
    REQUIRE(person->count() == 1); // on the team now, so no longer offered
    role->setCurrentIndex(role->findData(QStringLiteral("lead")));
    add->click();
    CHECK(f.errors.size() == 1); // a second lead is refused, and said so
    VisitRepository visits(f.records());
    REQUIRE(visits.members(f.visitId)->size() == 1);

    role->setCurrentIndex(role->findData(QStringLiteral("medical")));
    add->click();
    auto members = visits.members(f.visitId);
    REQUIRE(members->size() == 2);
    CHECK(members->at(0).role == QStringLiteral("lead"));
    CHECK(members->at(1).role == QStringLiteral("medical"));

    f.undo().undo();
    CHECK(visits.members(f.visitId)->size() == 1);
    f.undo().redo();
    CHECK(visits.members(f.visitId)->size() == 2);
    CHECK(f.child<QListWidget>("teamList")->count() == 2);
}
