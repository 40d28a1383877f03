#include "ui/models/VisitListModel.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/WriteTx.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/models/ModelRoles.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

// 1,000 visits in one write, as a sync import would land them.
void insertVisits(UiRecordFixture& f, const QString& placeId, int n)
{
    auto tx = f.ctx.records().beginWrite();
    REQUIRE(tx.ok());
    for (int i = 0; i < n; ++i) {
        auto id = tx->insert(catalog::kVisit, {{"place_id", placeId},
                                               {"type", QStringLiteral("follow_up")},
                                               {"unannounced", i % 2 == 0},
                                               {"planned_start", QVariant(dayMs(i))},
                                               {"state", QStringLiteral("planned")}});
        REQUIRE(id.ok());
    }
    REQUIRE(tx->commit().ok());
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

TEST_CASE("VisitListModel passes the model tester and shows its columns", "[ui][models]")
{
    UiRecordFixture f;
    const QString harbour = f.addPlace(QStringLiteral("Harbour Prison"));
    const QString ridge = f.addPlace(QStringLiteral("Ridge Police Station"), "police_custody");
    f.addVisit(harbour, 10);
    const QString latest = f.addVisit(ridge, 20);

    VisitListModel model(f.ctx);
    ModelCheck check(&model);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    ModelCheck proxyCheck(&proxy);

    REQUIRE(model.rowCount() == 2);
    CHECK(model.visitId(0) == latest); // latest first
    CHECK(cell(model, 0, VisitListModel::PlaceColumn) == QStringLiteral("Ridge Police Station"));
    CHECK(cell(model, 1, VisitListModel::PlaceColumn) == QStringLiteral("Harbour Prison"));
    CHECK(cell(model, 0, VisitListModel::TypeColumn) == QStringLiteral("In-depth"));
    CHECK(cell(model, 0, VisitListModel::UnannouncedColumn) == QStringLiteral("Unannounced"));
    CHECK(cell(model, 0, VisitListModel::StateColumn) == QStringLiteral("Planned"));
    CHECK(!cell(model, 0, VisitListModel::DateColumn).isEmpty());
    CHECK(model.index(0, 0).data(roles::VisitId).toString() == latest);
    CHECK(model.index(0, 0).data(roles::Sort).toLongLong() == dayMs(20));

    SECTION("reloads when a visit is recorded or a place renamed")
    {
        const QString added = f.addVisit(harbour, 30);
        Q_EMIT f.ctx.recordsChanged(QStringLiteral("visit"), added);
        REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 3; }, 2000));
        CHECK(model.visitId(0) == added);

        Place p = must(PlaceRepository(f.records()).get(harbour));
        p.name = QStringLiteral("Harbour Central Prison");
        must(PlaceRepository(f.records()).update(p));
        Q_EMIT f.ctx.recordsChanged(QStringLiteral("place"), harbour);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return cell(model, 0, VisitListModel::PlaceColumn) ==
                       QStringLiteral("Harbour Central Prison");
            },
            2000));
    }
    SECTION("ignores edits of records it does not show")
    {
        bool reset = false;
        QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&] { reset = true; });
        Q_EMIT f.ctx.recordsChanged(QStringLiteral("interview"), QString());
        QTest::qWait(20); // a reload would be queued at zero delay
        CHECK(!reset);
    }
    CHECK(check.failures() == QStringList());
    CHECK(proxyCheck.failures() == QStringList());
}

TEST_CASE("VisitListModel loads visits a page at a time", "[ui][models]")
{
    UiRecordFixture f;
    const QString place = f.addPlace(QStringLiteral("Harbour Prison"));
    insertVisits(f, place, 1000);

    VisitListModel model(f.ctx);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    CHECK(model.rowCount() == VisitListModel::kPageSize);
    CHECK(model.canFetchMore({}));
    // Latest first: the first page holds the last 200 days.
    CHECK(model.index(0, 0).data(roles::Sort).toLongLong() == dayMs(999));

    int fetches = 0;
    while (model.canFetchMore({}) && fetches < 10) {
        const int before = model.rowCount();
        model.fetchMore({});
        ++fetches;
        CHECK(model.rowCount() - before <= VisitListModel::kPageSize);
    }
    CHECK(model.rowCount() == 1000);
    CHECK(!model.canFetchMore({}));
    CHECK(inserted.size() == 4); // 200 + 4 pages of 200
    CHECK(fetches <= 5);         // and at most one empty look past the end
    CHECK(model.index(999, 0).data(roles::Sort).toLongLong() == dayMs(0));

    SECTION("a reload keeps as many rows as were shown")
    {
        Q_EMIT f.ctx.recordsChanged(QStringLiteral("visit"), QString());
        REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 1000; }, 2000));
    }
    SECTION("a place's history is read whole")
    {
        VisitListModel history(f.ctx, place);
        ModelCheck historyCheck(&history);
        CHECK(history.rowCount() == 1000);
        CHECK(!history.canFetchMore({}));
        CHECK(historyCheck.failures() == QStringList());
    }
}

TEST_CASE("VisitListModel passes the model tester while it fetches pages", "[ui][models]")
{
    UiRecordFixture f;
    const QString place = f.addPlace(QStringLiteral("Harbour Prison"));
    insertVisits(f, place, 1000);

    VisitListModel model(f.ctx);
    // The tester fetches more itself, as a view scrolled to the end would.
    ModelCheck check(&model);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 1000);
    Q_EMIT f.ctx.recordsChanged(QStringLiteral("visit"), QString());
    REQUIRE(
        QTest::qWaitFor([&] { return model.rowCount() == 1000 && !model.canFetchMore({}); }, 2000));
    CHECK(check.failures() == QStringList());
}
