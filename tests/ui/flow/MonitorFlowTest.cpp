// The monitor's day across the whole application, as one person would do it
// with the keyboard and mouse: create the vault, open a place, start a
// visit, note a delay at the gate, answer the checklist, hear someone (no
// notes before consent), record an observation and its photo, write a
// finding on both, recommend, undo and redo, lock and unlock — then read
// the vault back through the core repositories, not through the widgets.
#include "core/attachments/AttachmentStore.h"
#include "core/repo/AccessLogRepository.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/UiContext.h"
#include "ui/interview/InterviewEditor.h"
#include "ui/interview/InterviewsPanel.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/Workspace.h"
#include "ui/places/PlaceEditorDialog.h"
#include "ui/places/PlacePage.h"
#include "ui/places/PlacesPage.h"
#include "ui/places/UnitDialog.h"
#include "ui/visit/AttachmentsPanel.h"
#include "ui/visit/ChecklistPanel.h"
#include "ui/visit/FindingsPanel.h"
#include "ui/visit/ObservationsPanel.h"
#include "ui/visit/RecommendationsPanel.h"
#include "ui/visit/VisitWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

template <typename T> T* found(const QObject* parent, const char* name)
{
    T* child = nullptr;
    REQUIRE(waitUntil(
        [&] { return (child = parent->findChild<T*>(QString::fromLatin1(name))) != nullptr; },
        5000));
    return child;
}

void showTabOf(VisitWorkspace* visit, QWidget* widget)
{
    REQUIRE(visit->showTabOf(widget));
    // The checklist's questions are built a category per event-loop turn.
    if (auto* checklist = qobject_cast<ChecklistPanel*>(widget))
        REQUIRE(QTest::qWaitFor([checklist] { return checklist->questionsReady(); }));
}

void chooseByKeyboard(QComboBox* combo, const char* code)
{
    const int target = combo->findData(QString::fromLatin1(code));
    REQUIRE(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

// Answers the next modal question box with its accepting button.
void acceptNextQuestion()
{
    QTimer::singleShot(0, qApp, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return acceptNextQuestion(); // not up yet
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    });
}

int rowWithId(QComboBox* candidates, const QString& id)
{
    for (int i = 0; i < candidates->count(); ++i) {
        if (candidates->itemData(i).toStringList().contains(id))
            return i;
    }
    return -1;
}

} // namespace

TEST_CASE("Monitor flow: from a new vault to a recommendation, locked and unlocked",
          "[ui][flow][interview]")
{
    auto dir = tempDir();
    AppWindow window(dir->path() + QStringLiteral("/vault"), fastKdf());
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    createThroughUi(window, "Flow team");
    MainWindow* main = window.mainWindow();
    UiContext& ctx = main->context();
    QStringList errors;
    QObject::connect(&ctx, &UiContext::errorReported, &window,
                     [&](const Error& e) { errors << e.message; });

    // A new place, through Vault > New place (Ctrl+Shift+N) and its form.
    QTest::keyClick(main, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    PlaceEditorDialog* form = nullptr;
    REQUIRE(waitUntil([&] {
        form = main->findChild<PlaceEditorDialog*>();
        return form && form->isVisible();
    }, 5000));
    typeInto(found<QLineEdit>(form, "placeNameEdit"), "Harbour Prison");
    chooseByKeyboard(found<QComboBox>(form, "placeTypeCombo"), "prison");
    typeInto(found<QLineEdit>(form, "placeCapacityEdit"), "300");
    click(found<QAbstractButton>(form, "placeOkButton"));
    REQUIRE(waitUntil([&] { return main->workspace()->placePage() != nullptr; }, 5000));
    PlacePage* place = main->workspace()->placePage();
    const std::optional<QString> placeId = place->placeId();

    // Its B wing, on the Units tab.
    auto* placeTabs = found<QTabWidget>(place, "placeTabs");
    placeTabs->setCurrentIndex(placeTabs->indexOf(place->unitsTable()->parentWidget()));
    click(found<QAbstractButton>(place, "addUnitButton"));
    UnitDialog* unitForm = nullptr;
    REQUIRE(waitUntil([&] {
        unitForm = place->findChild<UnitDialog*>();
        return unitForm && unitForm->isVisible();
    }, 5000));
    typeInto(found<QLineEdit>(unitForm, "unitNameEdit"), "B wing");
    click(found<QAbstractButton>(unitForm, "unitOkButton"));
    REQUIRE(waitUntil([&] { return place->unitsTable()->rowCount() == 1; }, 5000));
    auto units = PlaceRepository(ctx.records()).units(*placeId);
    REQUIRE(units.ok());
    REQUIRE(units->size() == 1);
    const std::optional<QString> unitId = units->first().id;

    // Back to the list, and open the place from it with the keyboard.
    main->goTo(Navigator::Places);
    QTableView* places = main->workspace()->placesPage()->table()->view();
    REQUIRE(waitUntil([&] { return places->model()->rowCount() == 1; }, 5000));
    places->setFocus();
    places->setCurrentIndex(places->model()->index(0, 0));
    QTest::keyClick(places, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return main->workspace()->placePage() != nullptr; }, 5000));
    place = main->workspace()->placePage();
    CHECK(place->placeId() == *placeId);

    // Start a visit: New visit, then preparing, then on site (confirmed: no way back).
    click(found<QAbstractButton>(place, "newVisitButton"));
    REQUIRE(waitUntil([&] { return main->workspace()->visitWorkspace() != nullptr; }, 5000));
    auto* visit = qobject_cast<VisitWorkspace*>(main->workspace()->visitWorkspace());
    REQUIRE(visit);
    const QString visitId = visit->visitId();
    found<QAbstractButton>(visit, "transitionButton_preparing")->click();
    auto* onSite = found<QAbstractButton>(visit, "transitionButton_on_site");
    acceptNextQuestion();
    onSite->click();
    REQUIRE(waitUntil([&] {
        auto v = VisitRepository(ctx.records()).get(visitId);
        return v && v->state == QStringLiteral("on_site");
    }));
    // The question box had the focus; the window takes it back.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // Kept waiting at the gate.
    auto* delay = found<QAbstractButton>(visit, "recordDelayButton");
    showTabOf(visit, delay);
    delay->click();
    auto* description = found<QPlainTextEdit>(visit, "accessDescriptionEdit");
    REQUIRE(waitUntil([&] { return description->hasFocus(); }, 2000));
    QTest::keyClicks(description, QStringLiteral("Kept at the gate for 40 minutes"));

    // Two checklist answers.
    showTabOf(visit, visit->checklist());
    chooseByKeyboard(found<QWidget>(visit, "question_PR-01")
                         ->findChild<QComboBox*>(QStringLiteral("answerEdit")),
                     "no");
    chooseByKeyboard(found<QWidget>(visit, "question_PR-02")
                         ->findChild<QComboBox*>(QStringLiteral("answerEdit")),
                     "partly");

    // An interview: the facts first, then consent, then (only then) notes.
    auto* interviews = visit->findChild<InterviewsPanel*>();
    REQUIRE(interviews);
    showTabOf(visit, interviews);
    click(found<QAbstractButton>(interviews, "newInterviewButton"));
    auto* dialog = found<QDialog>(interviews, "newInterviewDialog");
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    click(found<QAbstractButton>(dialog, "newWithoutWitnessesYes"));
    chooseByKeyboard(found<QComboBox>(dialog, "newChosenByCombo"), "team");
    chooseByKeyboard(found<QComboBox>(dialog, "newRiskCombo"), "medium");
    chooseByKeyboard(found<QComboBox>(dialog, "newUnitCombo"), unitId->toLatin1().constData());
    click(found<QAbstractButton>(dialog, "startInterviewButton"));
    InterviewEditor* editor = interviews->editor();
    REQUIRE(waitUntil([&] { return !editor->interviewId().isEmpty(); }));
    const QString interviewId = editor->interviewId();
    auto* notes = found<QPlainTextEdit>(editor, "notesEdit");
    CHECK_FALSE(notes->isEnabled());
    CHECK(found<QLabel>(editor, "notesGateLabel")->isVisible());
    click(found<QAbstractButton>(editor, "scope_quote_anonymously"));
    click(found<QAbstractButton>(editor, "recordConsentButton"));
    REQUIRE(notes->isEnabled());
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("No light in the cell after 8 pm."));

    // An observation and its photo.
    showTabOf(visit, visit->observations());
    const QString observationId = visit->observations()->addObservation();
    REQUIRE_FALSE(observationId.isEmpty());
    QTest::keyClicks(found<QLineEdit>(visit, "observationTitleEdit"),
                     QStringLiteral("Cell light switched off from outside"));
    auto outside = tempDir();
    QImage photo(64, 48, QImage::Format_RGB32);
    photo.fill(QColor(20, 20, 40));
    const QString photoPath = outside->filePath(QStringLiteral("cell-at-night.png"));
    REQUIRE(photo.save(photoPath, "PNG"));
    showTabOf(visit, visit->attachments());
    REQUIRE(visit->attachments()->importFiles({photoPath}));
    REQUIRE(waitUntil([&] { return !visit->attachments()->isImporting(); }));

    // A finding resting on the interview and the observation.
    showTabOf(visit, visit->findings());
    const QString findingId = visit->findings()->addFinding(QStringLiteral("material_conditions"));
    REQUIRE_FALSE(findingId.isEmpty());
    QTest::keyClicks(found<QLineEdit>(visit, "findingTitleEdit"),
                     QStringLiteral("Cells left dark at night"));
    auto* candidates = found<QComboBox>(visit, "evidenceCandidates");
    for (const QString& evidence : {interviewId, observationId}) {
        const int row = rowWithId(candidates, evidence);
        REQUIRE(row >= 0);
        candidates->setCurrentIndex(row);
        found<QAbstractButton>(visit, "linkEvidenceButton")->click();
    }

    // A recommendation on the finding; undone and redone.
    showTabOf(visit, visit->recommendations());
    QUndoStack* undo = ctx.undoStack();
    const int before = undo->index();
    const QString recommendationId = visit->recommendations()->addRecommendation();
    REQUIRE_FALSE(recommendationId.isEmpty());
    QTest::keyClicks(found<QPlainTextEdit>(visit, "recommendationTextEdit"),
                     QStringLiteral("Give detainees control of the cell light"));
    RecommendationRepository recommendations(ctx.records());
    REQUIRE(waitUntil([&] {
        auto r = recommendations.get(recommendationId);
        return r && r->text == QStringLiteral("Give detainees control of the cell light");
    }));
    auto* linked = found<QListWidget>(visit, "linkedFindingsList");
    REQUIRE(linked->count() == 1);
    linked->item(0)->setCheckState(Qt::Checked);
    const int after = undo->index();
    undo->setIndex(before);
    CHECK_FALSE(recommendations.get(recommendationId).ok());
    undo->setIndex(after);
    REQUIRE(recommendations.get(recommendationId).ok());

    // Lock (typing still in its debounce is committed as the window goes), unlock.
    // (Offscreen, no window is active again after a dialog closes; a desktop does that.)
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return window.isLocked() && !window.mainWindow(); }));
    submitUnlock(window.lockScreen(), kGoodPassphrase);
    REQUIRE(waitUntil([&] { return window.mainWindow() && window.mainWindow()->isVisible(); }));
    INFO(errors.join(QStringLiteral(" | ")).toStdString());
    CHECK(errors.isEmpty());

    // The record, read back from the vault.
    RecordContext& records = window.mainWindow()->context().records();
    auto visits = VisitRepository(records).listForPlace(*placeId);
    REQUIRE(visits.ok());
    REQUIRE(visits->size() == 1);
    CHECK(visits->at(0).state == QStringLiteral("on_site"));
    auto access = AccessLogRepository(records).forVisit(visitId);
    REQUIRE(access.ok());
    REQUIRE(access->size() == 1);
    CHECK(access->at(0).kind == QStringLiteral("delay"));
    CHECK(access->at(0).description == QStringLiteral("Kept at the gate for 40 minutes"));
    auto answers = ChecklistResponseRepository(records).listForVisit(visitId);
    REQUIRE(answers.ok());
    CHECK(answers->size() == 2);
    auto heard = InterviewRepository(records).forVisit(visitId);
    REQUIRE(heard.ok());
    REQUIRE(heard->size() == 1);
    CHECK(heard->at(0).unitId == *unitId);
    CHECK(heard->at(0).notes == QStringLiteral("No light in the cell after 8 pm."));
    CHECK(InterviewRepository(records).currentConsent(interviewId)->allows("quote_anonymously"));
    auto observed = ObservationRepository(records).listForVisit(visitId);
    REQUIRE(observed.ok());
    REQUIRE(observed->size() == 1);
    CHECK(observed->at(0).title == QStringLiteral("Cell light switched off from outside"));
    auto files = AttachmentStore(window.mainWindow()->context().vault()).forOwner(visitId);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    CHECK(files->at(0).fileName == QStringLiteral("cell-at-night.png"));
    FindingRepository findings(records);
    auto finding = findings.get(findingId);
    REQUIRE(finding.ok());
    CHECK(finding->title == QStringLiteral("Cells left dark at night"));
    auto evidence = findings.evidence(findingId);
    REQUIRE(evidence.ok());
    QStringList kinds;
    for (const FindingEvidence& e : *evidence)
        kinds << e.kind;
    kinds.sort();
    CHECK(kinds == QStringList({QStringLiteral("interview"), QStringLiteral("observation")}));
    RecommendationRepository recs(records);
    auto recommendation = recs.get(recommendationId);
    REQUIRE(recommendation.ok());
    CHECK(recommendation->text == QStringLiteral("Give detainees control of the cell light"));
    auto onFinding = recs.findings(recommendationId);
    REQUIRE(onFinding.ok());
    REQUIRE(onFinding->size() == 1);
    CHECK(onFinding->at(0).id == findingId);
}
