// The tracker page on RecommendationTracker: one query with the filters a
// coordinator needs (status, authority, theme, place type, years, words)
// and the history of the selected recommendation across visits.
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/recommendations/RecommendationHistoryPanel.h"
#include "ui/recommendations/RecommendationsPage.h"
#include "ui/recommendations/TrackerFilterBar.h"
#include "ui/recommendations/TrackerModel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTreeWidget>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

struct TrackerWorld : UiRecordFixture
{
    QString harbour, ridge, first2024, harbour2025, ridge2025;
    QString yard, yardAgain, rights;

    TrackerWorld()
    {
        harbour = addPlace(QStringLiteral("Harbour Prison"));
        Place p;
        p.name = QStringLiteral("Ridge Police Station");
        p.type = QStringLiteral("police_custody");
        p.authority = QStringLiteral("Ministry of the Interior");
        ridge = must(PlaceRepository(records()).create(p));
        first2024 = addVisit(harbour, 10);    // January 2024
        harbour2025 = addVisit(harbour, 420); // February 2025
        ridge2025 = addVisit(ridge, 430);
        yard = addOpenRecommendation(first2024, QStringLiteral("Open the exercise yard daily."));
        RecommendationLifecycle::Step reply;
        reply.to = QStringLiteral("accepted");
        reply.note = QStringLiteral("Reply of 3 May");
        must(RecommendationLifecycle(records()).apply(yard, reply));

        Recommendation again;
        again.visitId = harbour2025;
        again.text = QStringLiteral("Open the exercise yard every day, as recommended before.");
        again.addressee = QStringLiteral("facility_management");
        again.repeatedFrom = yard;
        yardAgain = must(RecommendationRepository(records()).create(again));
        RecommendationLifecycle::Step issue;
        issue.to = QStringLiteral("issued");
        must(RecommendationLifecycle(records()).apply(yardAgain, issue));

        rights =
            addOpenRecommendation(ridge2025, QStringLiteral("Inform detainees of their rights."));
        Finding f;
        f.visitId = ridge2025;
        f.category = QStringLiteral("health_care");
        f.title = QStringLiteral("No medical examination on arrival");
        f.facts = QStringLiteral("Nobody is examined.");
        const QString finding = must(FindingRepository(records()).create(f));
        must(RecommendationRepository(records()).linkFinding(rights, finding));
    }
};

QStringList shownIds(const RecommendationsPage& page)
{
    QStringList ids;
    QAbstractItemModel* shown = page.table()->view()->model();
    for (int r = 0; r < shown->rowCount(); ++r)
        ids << shown->index(r, 0).data(roles::Id).toString();
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void choose(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Tracker: filters by authority, theme, place type, years and words", "[ui][report]")
{
    TrackerWorld w;
    RecommendationsPage page(w.ctx);
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(unnamedControls(&page) == QStringList());
    CHECK(shownIds(page) == sorted({w.yard, w.yardAgain, w.rights}));
    CHECK(page.countLabel()->text().startsWith(QStringLiteral("3 recommendation")));
    TrackerFilterBar* filters = page.filters();

    SECTION("authority")
    {
        choose(filters->authority(), QStringLiteral("Ministry of the Interior"));
        CHECK(shownIds(page) == QStringList{w.rights});
    }
    SECTION("theme: recommendations argued from a finding of that category")
    {
        choose(filters->theme(), QStringLiteral("health_care"));
        CHECK(shownIds(page) == QStringList{w.rights});
        const int row = 0;
        CHECK(page.model()->index(row, TrackerModel::ThemesColumn).data().toString() ==
              QStringLiteral("Health care"));
    }
    SECTION("place type")
    {
        choose(filters->placeType(), QStringLiteral("prison"));
        CHECK(shownIds(page) == sorted({w.yard, w.yardAgain}));
    }
    SECTION("status")
    {
        choose(filters->status(), QStringLiteral("accepted"));
        CHECK(shownIds(page) == QStringList{w.yard});
    }
    SECTION("years of the visit")
    {
        choose(filters->fromYear(), 2025);
        CHECK(shownIds(page) == sorted({w.yardAgain, w.rights}));
        choose(filters->fromYear(), 2024);
        choose(filters->toYear(), 2024);
        CHECK(shownIds(page) == QStringList{w.yard});
    }
    SECTION("words of the text, typed in the filter line")
    {
        QTest::keyClicks(page.table()->filterEdit(), QStringLiteral("exercis"));
        REQUIRE(waitUntil([&] { return page.model()->rowCount() == 2; }, 3000));
        CHECK(shownIds(page) == sorted({w.yard, w.yardAgain}));
    }
}

TEST_CASE("Tracker: the history of a repeated recommendation", "[ui][report]")
{
    TrackerWorld w;
    RecommendationsPage page(w.ctx);
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTableView* view = page.table()->view();
    const QModelIndexList again = view->model()->match(view->model()->index(0, 0), roles::Id,
                                                       w.yardAgain, 1, Qt::MatchExactly);
    REQUIRE(again.size() == 1);
    CHECK(view->model()->index(again.first().row(), TrackerModel::RepeatedColumn).data().toInt() ==
          1);
    view->setCurrentIndex(again.first());

    QTreeWidget* tree = page.history()->tree();
    REQUIRE(tree->topLevelItemCount() == 2); // the first version, then the repeat
    CHECK(tree->topLevelItem(0)->text(3) == QStringLiteral("Open the exercise yard daily."));
    CHECK(tree->topLevelItem(0)->text(2) == QStringLiteral("Accepted"));
    CHECK(
        tree->topLevelItem(1)->text(3).startsWith(QStringLiteral("Open the exercise yard every")));
    // The steps recorded on the first version: issued, then the reply.
    QStringList steps;
    for (int i = 0; i < tree->topLevelItem(0)->childCount(); ++i)
        steps << tree->topLevelItem(0)->child(i)->text(1);
    CHECK(steps ==
          QStringList{QStringLiteral("Issued"), QStringLiteral("Response of the authorities")});
    CHECK(tree->topLevelItem(0)->child(1)->text(3) == QStringLiteral("Reply of 3 May"));

    view->clearSelection();
    view->setCurrentIndex({});
    CHECK(tree->topLevelItemCount() == 0);
}
