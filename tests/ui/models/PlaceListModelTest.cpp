#include "ui/models/PlaceListModel.h"

#include "tests/support/TestSupport.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/RecommendationListModel.h"

#include <QSortFilterProxyModel>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("PlaceListModel passes the model tester with follow-up columns", "[ui][models]")
{
    UiRecordFixture f;
    const QString harbour = f.addPlace(QStringLiteral("Harbour Prison"), "prison", 300, 412);
    const QString ridge = f.addPlace(QStringLiteral("Ridge Police Station"), "police_custody");
    const QString visit = f.addVisit(harbour, 10);
    f.addOpenRecommendation(visit, QStringLiteral("Reduce the population to capacity."));
    f.addOpenRecommendation(visit, QStringLiteral("Open the exercise yard daily."));

    PlaceListModel model(f.ctx);
    ModelCheck check(&model);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(roles::Sort);
    ModelCheck proxyCheck(&proxy);

    REQUIRE(model.rowCount() == 2);
    // The follow-up columns are filled in after the list appears.
    REQUIRE(QTest::qWaitFor([&] { return model.isFollowUpComplete(); }, 2000));
    CHECK(cell(model, 0, PlaceListModel::NameColumn) == QStringLiteral("Harbour Prison"));
    CHECK(cell(model, 0, PlaceListModel::TypeColumn) == QStringLiteral("Prison"));
    CHECK(cell(model, 0, PlaceListModel::OperatorColumn) == QStringLiteral("Public"));
    CHECK(model.index(0, PlaceListModel::LastVisitColumn).data(roles::Sort).toLongLong() ==
          dayMs(10));
    CHECK(model.index(0, PlaceListModel::OpenRecommendationsColumn).data().toInt() == 2);
    CHECK(cell(model, 1, PlaceListModel::LastVisitColumn) == QStringLiteral("Never"));
    CHECK(model.index(1, PlaceListModel::OpenRecommendationsColumn).data().toInt() == 0);
    CHECK(model.index(1, 0).data(roles::PlaceId).toString() == ridge);

    proxy.sort(PlaceListModel::OpenRecommendationsColumn, Qt::AscendingOrder);
    CHECK(cell(proxy, 0, PlaceListModel::NameColumn) == QStringLiteral("Ridge Police Station"));
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("police"));
    CHECK(proxy.rowCount() == 1);

    SECTION("reloads when places or recommendations change")
    {
        f.addPlace(QStringLiteral("Airport Transit Zone"), "airport_transit_zone");
        Q_EMIT f.ctx.recordsChanged(QStringLiteral("place"), QString());
        REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 3; }, 2000));
        CHECK(cell(model, 0, PlaceListModel::NameColumn) == QStringLiteral("Airport Transit Zone"));

        f.addOpenRecommendation(visit, QStringLiteral("Record every use of force."));
        Q_EMIT f.ctx.recordsChanged(QStringLiteral("recommendation"), QString());
        REQUIRE(QTest::qWaitFor(
            [&] {
                const int row = model.rowOf(harbour);
                return row >= 0 && model.isFollowUpComplete() &&
                       model.index(row, PlaceListModel::OpenRecommendationsColumn).data().toInt() ==
                           3;
            },
            2000));
    }
    CHECK(check.failures() == QStringList());
    CHECK(proxyCheck.failures() == QStringList());
}

TEST_CASE("RecommendationListModel lists open recommendations across places", "[ui][models]")
{
    UiRecordFixture f;
    const QString harbour = f.addPlace(QStringLiteral("Harbour Prison"));
    const QString ridge = f.addPlace(QStringLiteral("Ridge Police Station"), "police_custody");
    const QString v1 = f.addVisit(harbour, 10);
    const QString v2 = f.addVisit(ridge, 20);
    f.addOpenRecommendation(v1, QStringLiteral("Reduce the population to capacity."));
    f.addOpenRecommendation(v2, QStringLiteral("Give detainees access to a lawyer."));
    Recommendation draft;
    draft.visitId = v2;
    draft.text = QStringLiteral("A draft is not open yet.");
    draft.addressee = QStringLiteral("ministry");
    must(RecommendationRepository(f.records()).create(draft));

    RecommendationListModel all(f.ctx);
    ModelCheck check(&all);
    REQUIRE(all.rowCount() == 2);
    CHECK(cell(all, 0, RecommendationListModel::StatusColumn) == QStringLiteral("Issued"));
    CHECK(all.index(0, RecommendationListModel::StatusColumn).data(roles::Code).toString() ==
          QStringLiteral("issued"));
    CHECK(all.index(0, 0).data(roles::VisitId).toString() == v1);
    CHECK(all.index(1, RecommendationListModel::PlaceColumn).data(roles::Code).toString() ==
          QStringLiteral("police_custody"));

    RecommendationListModel onePlace(f.ctx, ridge);
    ModelCheck placeCheck(&onePlace);
    REQUIRE(onePlace.rowCount() == 1);
    CHECK(cell(onePlace, 0, RecommendationListModel::TextColumn) ==
          QStringLiteral("Give detainees access to a lawyer."));
    CHECK(check.failures() == QStringList());
    CHECK(placeCheck.failures() == QStringList());
}
