// The recommendations tracker: the recommendations of every place, filtered
// by status and place type, opening the visit they were made on.
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/recommendations/RecommendationsPage.h"
#include "ui/recommendations/TrackerModel.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

TEST_CASE("The tracker filters recommendations and opens their visit", "[ui][recommendations]")
{
    UiRecordFixture f;
    const QString harbour = f.addPlace(QStringLiteral("Harbour Prison"));
    const QString ridge = f.addPlace(QStringLiteral("Ridge Police Station"), "police_custody");
    const QString prisonVisit = f.addVisit(harbour, 10);
    const QString policeVisit = f.addVisit(ridge, 20);
    const QString rejected =
        f.addOpenRecommendation(prisonVisit, QStringLiteral("Reduce the population."));
    RecommendationLifecycle::Step reply;
    reply.to = QStringLiteral("rejected");
    must(RecommendationLifecycle(f.records()).apply(rejected, reply));
    f.addOpenRecommendation(prisonVisit, QStringLiteral("Open the exercise yard daily."));
    f.addOpenRecommendation(policeVisit, QStringLiteral("Inform detainees of their rights."));

    RecommendationsPage page(f.ctx);
    // Hidden, it reads nothing; shown, it lists every recommendation that was issued.
    CHECK(page.model()->rowCount() == 0);
    page.resize(900, 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModel* shown = page.table()->view()->model();
    CHECK(shown->rowCount() == 3);

    page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("rejected")));
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, TrackerModel::TextColumn).data().toString() ==
          QStringLiteral("Reduce the population."));
    CHECK(shown->index(0, TrackerModel::StatusColumn).data().toString() ==
          QStringLiteral("Rejected"));

    page.statusFilter()->setCurrentIndex(0);
    page.placeTypeFilter()->setCurrentIndex(
        page.placeTypeFilter()->findData(QStringLiteral("police_custody")));
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data(roles::VisitId).toString() == policeVisit);

    QSignalSpy opened(&page, &RecommendationsPage::visitOpened);
    QTableView* view = page.table()->view();
    view->setFocus();
    view->setCurrentIndex(shown->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == policeVisit);

    SECTION("edits made while hidden are read when it is shown again")
    {
        page.hide();
        f.addOpenRecommendation(policeVisit, QStringLiteral("Keep a custody register."));
        Q_EMIT f.ctx.recordsChanged(QStringLiteral("recommendation"), QString());
        QTest::qWait(20);
        CHECK(page.model()->rowCount() == 1); // still the police station's one
        page.show();
        CHECK(page.model()->rowCount() == 2);
    }
}
