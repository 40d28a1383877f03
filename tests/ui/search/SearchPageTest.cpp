#include "ui/search/SearchPage.h"

#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/MainWindow.h"
#include "ui/nav/Workspace.h"
#include "ui/search/SearchResultModel.h"
#include "ui/search/SnippetDelegate.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTreeView>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

TEST_CASE("Search finds a finding and Enter opens its visit", "[ui][search]")
{
    UiRecordFixture f;
    const QString place = f.addPlace(QStringLiteral("Harbour Prison"));
    const QString other = f.addVisit(place, 5);
    const QString visit = f.addVisit(place, 10);
    f.addFinding(visit, QStringLiteral("Cells without ventilation"),
                 QStringLiteral("The cells in block C had no working ventilation in July."));
    f.addFinding(other, QStringLiteral("Exercise yard closed"),
                 QStringLiteral("Detainees had no outdoor exercise for a week."));

    MainWindow window(*f.vault);
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    SearchPage* page = window.workspace()->searchPage();
    REQUIRE(QApplication::focusWidget() == page->queryEdit());

    QSignalSpy searched(page, &SearchPage::searched);
    QTest::keyClicks(page->queryEdit(), QStringLiteral("ventil"));
    // Typing waits for a pause before searching, not a search per key.
    CHECK(searched.isEmpty());
    REQUIRE(searched.wait(2000));
    CHECK(searched.size() == 1);
    CHECK(searched.at(0).at(0).toLongLong() == 1);

    SearchResultModel* model = page->model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex group = model->index(0, 0);
    CHECK(group.data().toString() == QStringLiteral("Findings (1)"));
    REQUIRE(model->rowCount(group) == 1);
    const QModelIndex hit = model->index(0, SearchResultModel::MatchColumn, group);
    CHECK(hit.data(SearchResultModel::kSnippetRole).toString().contains(SearchHit::kMatchStart));
    CHECK(!hit.data().toString().contains(SearchHit::kMatchStart));
    CHECK(model->index(0, SearchResultModel::TitleColumn, group)
              .data()
              .toString()
              .startsWith(QStringLiteral("Cells without ventilation")));

    // Tab to the results (the first hit is current) and press Enter.
    QTreeView* results = page->results();
    results->setFocus(Qt::TabFocusReason);
    REQUIRE(model->hit(results->currentIndex()) != nullptr);
    QTest::keyClick(results, Qt::Key_Return);
    CHECK(window.workspace()->openVisitId() == visit);
    CHECK(window.workspace()->visitWorkspace() != nullptr);
}

TEST_CASE("Search filters narrow the hits", "[ui][search]")
{
    UiRecordFixture f;
    const QString harbour = f.addPlace(QStringLiteral("Harbour Prison"));
    const QString ridge = f.addPlace(QStringLiteral("Ridge Police Station"), "police_custody");
    f.addFinding(f.addVisit(harbour, 10), QStringLiteral("Mould in the showers"),
                 QStringLiteral("Mould covered the shower walls."));
    f.addFinding(f.addVisit(ridge, 20), QStringLiteral("Mould in the cells"),
                 QStringLiteral("Mould on the cell ceilings."));

    SearchPage page(f.ctx);
    page.queryEdit()->setText(QStringLiteral("mould"));
    page.search();
    CHECK(page.model()->hitCount() == 2);

    page.placeFilter()->setCurrentIndex(page.placeFilter()->findData(ridge));
    page.search();
    REQUIRE(page.model()->hitCount() == 1);
    CHECK(page.model()
              ->index(0, SearchResultModel::PlaceColumn, page.model()->index(0, 0))
              .data()
              .toString() == QStringLiteral("Ridge Police Station"));

    page.placeFilter()->setCurrentIndex(0);
    page.categoryFilter()->setCurrentIndex(
        page.categoryFilter()->findData(QStringLiteral("treatment")));
    page.search();
    CHECK(page.model()->hitCount() == 0);

    page.categoryFilter()->setCurrentIndex(0);
    childNamed<QAbstractButton>(&page, "kind_finding")->setChecked(false);
    page.search();
    CHECK(page.model()->hitCount() == 0);
    CHECK(page.query().entities.contains(QStringLiteral("recommendation")));
    CHECK(!page.query().entities.contains(QStringLiteral("finding")));
}

TEST_CASE("Snippets render their matches in bold, escaped", "[ui][search]")
{
    const QString snippet = QStringLiteral("no <b> here, ") + SearchHit::kMatchStart +
                            QStringLiteral("mould") + SearchHit::kMatchEnd +
                            QStringLiteral(" &\nmore");
    CHECK(SnippetDelegate::toHtml(snippet) ==
          QStringLiteral("no &lt;b&gt; here, <b>mould</b> &amp; more"));
    CHECK(SearchResultModel::plainSnippet(snippet) == QStringLiteral("no <b> here, mould & more"));
}
