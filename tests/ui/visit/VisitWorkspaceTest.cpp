// The visit workspace end to end on a real vault: each click and each pause
// in typing is a row in the database, and undo/redo go through the same
// repositories. Everything is checked through core/repo, not the widgets.

#include "core/attachments/AttachmentStore.h"
#include "core/repo/AccessLogRepository.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "tests/ui/visit/VisitWorkspaceFixture.h"
#include "ui/visit/AccessLogPanel.h"
#include "ui/visit/AttachmentsPanel.h"
#include "ui/visit/ChecklistPanel.h"
#include "ui/visit/EvidenceLinksWidget.h"
#include "ui/visit/FindingEditor.h"
#include "ui/visit/FindingsPanel.h"
#include "ui/visit/ObservationsPanel.h"
#include "ui/visit/RecommendationEditor.h"
#include "ui/visit/RecommendationsPanel.h"
#include "ui/visit/VisitHeader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace vigil;
using namespace vigil::test;

namespace {

// Picks the item whose data is `code` by keyboard, as a user would, so the
// combo emits activated().
void chooseByKeyboard(QComboBox* combo, const QString& code)
{
    const int target = combo->findData(code);
    REQUIRE(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

QString writePng(const QString& dir)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    const QString path = dir + QStringLiteral("/cell-window.png");
    REQUIRE(image.save(path, "PNG"));
    return path;
}

} // namespace

TEST_CASE("VisitWorkspace records a visit: access, checklist, evidence, findings, "
          "recommendations, undo and lifecycle",
          "[ui][visit]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();

    // Access log: one click is one timestamped row, and the cursor waits in its description.
    auto* delay = f.child<QAbstractButton>("recordDelayButton");
    f.showTabOf(delay);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    delay->click();
    AccessLogRepository access(f.records());
    auto events = access.forVisit(f.visitId);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->at(0).kind == QStringLiteral("delay"));
    REQUIRE(events->at(0).occurredAt.has_value());
    CHECK(*events->at(0).occurredAt >= before);
    auto* description = f.child<QPlainTextEdit>("accessDescriptionEdit");
    CHECK(QTest::qWaitFor([&] { return description->hasFocus(); }, 2000));
    QTest::keyClicks(description, QStringLiteral("Kept at the gate for 40 minutes"));
    CHECK(QTest::qWaitFor([&] {
        auto e = access.get(events->at(0).id);
        return e && e->description == QStringLiteral("Kept at the gate for 40 minutes");
    }));

    // Checklist: two answers, two rows.
    f.showTabOf(w.checklist());
    auto* q1 = f.child<QWidget>("question_PR-01");
    auto* q2 = f.child<QWidget>("question_PR-02");
    chooseByKeyboard(q1->findChild<QComboBox*>(QStringLiteral("answerEdit")), QStringLiteral("no"));
    chooseByKeyboard(q2->findChild<QComboBox*>(QStringLiteral("answerEdit")),
                     QStringLiteral("partly"));
    auto answers = ChecklistResponseRepository(f.records()).listForVisit(f.visitId);
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 2);
    QMap<QString, QString> byQuestion;
    for (const ChecklistResponse& r : *answers)
        byQuestion.insert(r.questionId, r.answer);
    CHECK(byQuestion.value(QStringLiteral("PR-01")) == QStringLiteral("no"));
    CHECK(byQuestion.value(QStringLiteral("PR-02")) == QStringLiteral("partly"));

    // An observation, titled by typing.
    f.showTabOf(w.observations());
    const QString observationId = w.observations()->addObservation();
    INFO(f.errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE_FALSE(observationId.isEmpty());
    auto* title = f.child<QLineEdit>("observationTitleEdit");
    QTest::keyClicks(title, QStringLiteral("Broken cell window, unit B"));
    ObservationRepository observations(f.records());
    CHECK(QTest::qWaitFor([&] {
        auto o = observations.get(observationId);
        return o && o->title == QStringLiteral("Broken cell window, unit B");
    }));

    // A photo imported off the UI thread from outside the vault: a row and a thumbnail.
    auto outside = tempDir();
    const QString png = writePng(outside->path());
    f.showTabOf(w.attachments());
    REQUIRE(w.attachments()->importFiles({png}));
    REQUIRE(QTest::qWaitFor([&] { return !w.attachments()->isImporting(); }, 20000));
    AttachmentStore store(*f.vault.vault);
    auto attachments = store.forOwner(f.visitId);
    REQUIRE(attachments.ok());
    REQUIRE(attachments->size() == 1);
    CHECK(attachments->at(0).fileName == QStringLiteral("cell-window.png"));
    CHECK(attachments->at(0).mimeType == QStringLiteral("image/png"));
    CHECK(attachments->at(0).hasThumbnail);
    auto* list = f.child<QListView>("attachmentList");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK_FALSE(list->model()->index(0, 0).data(Qt::DecorationRole).isNull());

    // A finding, linked to the observation as evidence.
    f.showTabOf(w.findings());
    const QString findingId = w.findings()->addFinding(QStringLiteral("material_conditions"));
    REQUIRE_FALSE(findingId.isEmpty());
    QTest::keyClicks(f.child<QLineEdit>("findingTitleEdit"), QStringLiteral("Cells without glass"));
    auto* candidates = f.child<QComboBox>("evidenceCandidates");
    int observationRow = -1;
    for (int i = 0; i < candidates->count(); ++i) {
        if (candidates->itemData(i).toStringList().value(1) == observationId)
            observationRow = i;
    }
    REQUIRE(observationRow >= 0);
    candidates->setCurrentIndex(observationRow);
    f.child<QAbstractButton>("linkEvidenceButton")->click();
    FindingRepository findings(f.records());
    auto evidence = findings.evidence(findingId);
    REQUIRE(evidence.ok());
    REQUIRE(evidence->size() == 1);
    CHECK(evidence->at(0).kind == QStringLiteral("observation"));
    CHECK(evidence->at(0).evidenceId == observationId);
    CHECK(QTest::qWaitFor([&] {
        auto fd = findings.get(findingId);
        return fd && fd->title == QStringLiteral("Cells without glass");
    }));
    CHECK(findings.get(findingId)->sources == 1);

    // A recommendation linked to the finding, by ticking it.
    f.showTabOf(w.recommendations());
    const int undoBefore = f.undo().index();
    const QString recommendationId = w.recommendations()->addRecommendation();
    REQUIRE_FALSE(recommendationId.isEmpty());
    QTest::keyClicks(f.child<QPlainTextEdit>("recommendationTextEdit"),
                     QStringLiteral("Glaze every cell window in unit B"));
    RecommendationRepository recommendations(f.records());
    CHECK(QTest::qWaitFor([&] {
        auto r = recommendations.get(recommendationId);
        return r && r->text == QStringLiteral("Glaze every cell window in unit B");
    }));
    auto* linked = f.child<QListWidget>("linkedFindingsList");
    REQUIRE(linked->count() == 1);
    CHECK(f.child<QLabel>("hint_findings")->property("satisfied") == QVariant(false));
    linked->item(0)->setCheckState(Qt::Checked);
    auto linkedFindings = recommendations.findings(recommendationId);
    REQUIRE(linkedFindings.ok());
    REQUIRE(linkedFindings->size() == 1);
    CHECK(linkedFindings->at(0).id == findingId);
    CHECK(f.child<QLabel>("hint_findings")->property("satisfied") == QVariant(true));
    const int undoAfter = f.undo().index();
    CHECK(undoAfter - undoBefore == 3); // create, text (one step however it was typed), link

    // Undo back to before the recommendation: gone; redo: back with the same id.
    f.undo().setIndex(undoBefore);
    auto none = recommendations.listForVisit(f.visitId);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK_FALSE(recommendations.get(recommendationId).ok());
    f.undo().setIndex(undoAfter);
    auto back = recommendations.listForVisit(f.visitId);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK(back->at(0).id == recommendationId);
    CHECK(back->at(0).number == 1);
    CHECK(back->at(0).text == QStringLiteral("Glaze every cell window in unit B"));
    auto relinked = recommendations.findings(recommendationId);
    REQUIRE(relinked.ok());
    REQUIRE(relinked->size() == 1);
    CHECK(relinked->at(0).id == findingId);

    // Lifecycle: planned -> preparing, undoable because the lifecycle allows the way back.
    auto* prepare = f.child<QAbstractButton>("transitionButton_preparing");
    prepare->click();
    VisitRepository visits(f.records());
    CHECK(visits.get(f.visitId)->state == QStringLiteral("preparing"));
    CHECK(f.child<QLabel>("visitStateLabel")->text().contains(QStringLiteral("Preparing")));
    CHECK(QTest::qWaitFor([&] {
        return w.findChild<QAbstractButton*>(QStringLiteral("transitionButton_on_site")) != nullptr;
    }));
    f.undo().undo();
    CHECK(visits.get(f.visitId)->state == QStringLiteral("planned"));
    f.undo().redo();
    CHECK(visits.get(f.visitId)->state == QStringLiteral("preparing"));

    CHECK(f.errors.isEmpty());
}
