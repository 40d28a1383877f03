#include "ui/places/PlacePage.h"

#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/Workspace.h"
#include "ui/places/PlaceDetails.h"
#include "ui/places/PlacesPage.h"
#include "ui/visit/VisitWorkspace.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

void doubleClickRow(QTableView* view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    const QPoint centre = view->visualRect(index).center();
    // The first click selects; the double-click opens.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
}

} // namespace

TEST_CASE("A place page shows the place, its units, history and open recommendations",
          "[ui][places]")
{
    UiRecordFixture f;
    const QString place = f.addPlace(QStringLiteral("Harbour Prison"), "prison", 300, 412);
    f.addUnit(place, QStringLiteral("Block A"));
    f.addUnit(place, QStringLiteral("Women's wing"));
    const QString older = f.addVisit(place, 10);
    const QString newer = f.addVisit(place, 40);
    f.addOpenRecommendation(older, QStringLiteral("Reduce the population to capacity."));

    PlacePage page(f.ctx, place);
    page.resize(900, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    CHECK(page.exists());
    CHECK(childNamed<QLabel>(&page, "placeTypeLabel")->text() == QStringLiteral("Prison"));
    CHECK(childNamed<QLabel>(&page, "placeAuthorityLabel")->text() ==
          QStringLiteral("Ministry of Justice"));
    CHECK(page.details()->isOvercrowded());
    const QString occupancy = childNamed<QLabel>(&page, "occupancyLabel")->text();
    CHECK(occupancy.contains(QStringLiteral("Overcrowded")));
    CHECK(occupancy.contains(QStringLiteral("137%")));

    QTableWidget* units = page.unitsTable();
    REQUIRE(units->rowCount() == 2);
    CHECK(units->item(0, 0)->text() == QStringLiteral("Block A"));
    CHECK(units->item(1, 0)->text() == QStringLiteral("Women's wing"));

    QTableView* history = page.historyView();
    REQUIRE(history->model()->rowCount() == 2);
    CHECK(history->model()->index(0, 0).data(roles::VisitId).toString() == newer);

    QTableView* followUp = page.recommendationsView();
    REQUIRE(followUp->model()->rowCount() == 1);
    CHECK(followUp->model()->index(0, 0).data(roles::VisitId).toString() == older);

    SECTION("double-clicking a visit in the history opens it")
    {
        QSignalSpy opened(&page, &PlacePage::visitOpened);
        doubleClickRow(history, 1);
        REQUIRE(opened.size() == 1);
        CHECK(opened.at(0).at(0).toString() == older);
    }
    SECTION("a place within capacity is not called overcrowded")
    {
        const QString small =
            f.addPlace(QStringLiteral("Ridge Police Station"), "police_custody", 20, 12);
        PlacePage other(f.ctx, small);
        CHECK(!other.details()->isOvercrowded());
        CHECK(childNamed<QLabel>(&other, "occupancyLabel")->text() ==
              QStringLiteral("12 held for 20 places (60%)"));
    }
}

TEST_CASE("New visit creates a visit that opens at once and undo takes it back", "[ui][places]")
{
    UiRecordFixture f;
    const QString place = f.addPlace(QStringLiteral("Harbour Prison"));
    f.addVisit(place, 10);

    Workspace workspace(f.ctx);
    workspace.resize(900, 600);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));

    // From the places list, as a user would: double-click the place.
    auto* places = childNamed<QTableView>(workspace.placesPage(), "tableView");
    REQUIRE(places->model()->rowCount() == 1);
    doubleClickRow(places, 0);
    REQUIRE(workspace.placePage() != nullptr);
    PlacePage* page = workspace.placePage();
    CHECK(page->placeId() == place);
    CHECK(page->historyView()->model()->rowCount() == 1);

    click(childNamed<QAbstractButton>(page, "newVisitButton"));
    const QString visitId = workspace.openVisitId();
    REQUIRE(!visitId.isEmpty());
    CHECK(workspace.visitWorkspace() != nullptr);
    CHECK(workspace.currentWidget()->isAncestorOf(workspace.visitWorkspace()));
    CHECK(VisitRepository(f.records()).get(visitId).ok());
    REQUIRE(waitUntil([&] { return page->historyView()->model()->rowCount() == 2; }, 2000));

    f.ctx.undoStack()->undo();
    CHECK(!VisitRepository(f.records()).get(visitId).ok());
    CHECK(workspace.openVisitId().isEmpty());
    CHECK(workspace.currentWidget()->isAncestorOf(page)); // back on the place
    REQUIRE(waitUntil([&] { return page->historyView()->model()->rowCount() == 1; }, 2000));

    f.ctx.undoStack()->redo(); // the same visit comes back
    CHECK(VisitRepository(f.records()).get(visitId).ok());
    REQUIRE(waitUntil([&] { return page->historyView()->model()->rowCount() == 2; }, 2000));
}
