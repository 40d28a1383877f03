// The main window's frame: navigator sections, keyboard switching, Back,
// undo/redo in the Edit menu, errors in the status bar, and the layout kept
// between runs.
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"
#include "ui/nav/DetailFrame.h"
#include "ui/nav/Navigator.h"
#include "ui/nav/Workspace.h"
#include "ui/places/PlacePage.h"
#include "ui/search/SearchPage.h"

#include <QListView>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

void showActive(QWidget& window)
{
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("Ctrl+1..6 and the navigator list switch the workspace's section", "[ui][nav]")
{
    UiRecordFixture f;
    MainWindow window(*f.vault);
    showActive(window);
    Workspace* workspace = window.workspace();
    Navigator* navigator = window.navigator();
    CHECK(workspace->currentWidget() == workspace->sectionPage(Navigator::Places));

    for (int s = Navigator::SectionCount - 1; s >= 0; --s) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + s), Qt::ControlModifier);
        CHECK(navigator->currentSection() == Navigator::Section(s));
        CHECK(workspace->currentWidget() == workspace->sectionPage(Navigator::Section(s)));
    }

    // Arrow keys in the navigator list move between sections too.
    navigator->list()->setFocus();
    QTest::keyClick(navigator->list(), Qt::Key_Down);
    CHECK(workspace->currentWidget() == workspace->sectionPage(Navigator::Visits));

    SECTION("the sync inbox is an announced page")
    {
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        auto* note =
            childNamed<QLabel>(workspace->sectionPage(Navigator::SyncInbox), "syncStateLabel");
        CHECK(note->text().contains(QStringLiteral("not in an organisation")));
    }
    SECTION("Ctrl+F opens search with the query box focused")
    {
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        CHECK(workspace->currentWidget() == workspace->searchPage());
        CHECK(QApplication::focusWidget() == workspace->searchPage()->queryEdit());
    }
}

TEST_CASE("Back and the navigator return from an opened place", "[ui][nav]")
{
    UiRecordFixture f;
    const QString place = f.addPlace(QStringLiteral("Harbour Prison"));
    MainWindow window(*f.vault);
    showActive(window);
    Workspace* workspace = window.workspace();

    workspace->openPlace(place);
    REQUIRE(workspace->placePage() != nullptr);
    auto* frame = childNamed<DetailFrame>(workspace, "placeFrame");
    CHECK(workspace->currentWidget() == frame);
    CHECK(frame->title() == QStringLiteral("Harbour Prison"));

    childNamed<QAbstractButton>(frame, "backButton")->click();
    CHECK(workspace->currentWidget() == workspace->sectionPage(Navigator::Places));

    workspace->openPlace(place);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier); // the current section again
    CHECK(workspace->currentWidget() == workspace->sectionPage(Navigator::Places));
}

TEST_CASE("The Edit menu undoes and redoes through the context's stack", "[ui][nav]")
{
    UiRecordFixture f;
    MainWindow window(*f.vault);
    auto* undo = childNamed<QAction>(&window, "undoAction");
    auto* redo = childNamed<QAction>(&window, "redoAction");
    CHECK(undo->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(redo->shortcut() == QKeySequence(QKeySequence::Redo));
    CHECK(!undo->isEnabled());
    CHECK(childNamed<QAction>(&window, "findAction")->shortcut() ==
          QKeySequence(QKeySequence::Find));
    CHECK(childNamed<QAction>(&window, "lockAction")->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::Key_L));
}

TEST_CASE("Reported errors reach the status bar, serious ones a message box", "[ui][nav]")
{
    UiRecordFixture f;
    MainWindow window(*f.vault);
    showActive(window);
    auto* label = childNamed<QLabel>(&window, "lastErrorLabel");

    window.context().report(
        Error::make(ErrorKind::Validation, QStringLiteral("The title is required.")));
    CHECK(label->text() == QStringLiteral("The title is required."));
    CHECK(window.findChild<QMessageBox*>(QStringLiteral("errorBox")) == nullptr);

    window.context().report(Error::make(ErrorKind::DiskFull, QStringLiteral("No space left.")));
    CHECK(label->text() == QStringLiteral("No space left."));
    QMessageBox* box = nullptr;
    REQUIRE(waitUntil(
        [&] { return (box = window.findChild<QMessageBox*>(QStringLiteral("errorBox"))); }, 2000));
    CHECK(box->text() == QStringLiteral("No space left."));
    box->accept();
}

TEST_CASE("In a right-to-left layout the navigator is on the right", "[ui][nav]")
{
    UiRecordFixture f;
    QApplication::setLayoutDirection(Qt::RightToLeft);
    {
        MainWindow window(*f.vault);
        showActive(window);
        const int navigatorX = window.navigator()->mapTo(&window, QPoint(0, 0)).x();
        const int workspaceX = window.workspace()->mapTo(&window, QPoint(0, 0)).x();
        CHECK(navigatorX > workspaceX);
    }
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("The split between navigator and workspace is kept between runs", "[ui][nav]")
{
    UiRecordFixture f;
    int navigatorWidth = 0;
    {
        MainWindow window(*f.vault);
        showActive(window);
        auto* splitter = childNamed<QSplitter>(&window, "mainSplitter");
        splitter->setSizes({310, 690});
        navigatorWidth = splitter->sizes().at(0);
    }
    CHECK(!UiSettings::splitterState().isEmpty());
    MainWindow again(*f.vault);
    showActive(again);
    CHECK(childNamed<QSplitter>(&again, "mainSplitter")->sizes().at(0) == navigatorWidth);
}
