#include "core/sync/merge/MergeEngine.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/util/Uuid7.h"
#include "tests/core/sync/merge/MergeTestSupport.h"
#include "tests/support/VaultFixture.h"

#include <QDateTime>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

QString placeField(Database& db, const QString& id, const char* field)
{
    return scalar(db, QStringLiteral("SELECT %1 FROM place WHERE id = '%2'")
                          .arg(QLatin1StringView(field), id))
        .toString();
}

} // namespace

TEST_CASE("a record's ops write its row with the conventional columns, in any order", "[merge]")
{
    VaultFixture f;
    OpMaker a('a');
    const QString id = Uuid7::generate();
    auto ops = newPlace(a, stamp(10, 3), id);
    std::reverse(ops.begin(), ops.end());
    auto stats = deliver(f.records(), ops);
    REQUIRE(stats.ok());
    CHECK(stats->stored == 3);
    CHECK(stats->recordsCreated == 1);
    CHECK(placeField(f.db(), id, "name") == QStringLiteral("Lakeside"));
    CHECK(placeField(f.db(), id, "created_by") == a.device);
    CHECK(scalar(f.db(), QStringLiteral("SELECT created_at FROM place")).toLongLong() ==
          Hlc::millis(stamp(10, 3)));
    CHECK(scalar(f.db(), QStringLiteral("SELECT updated_hlc FROM place")).toLongLong() ==
          stamp(10, 3));
    CHECK(placeField(f.db(), id, "scope") == QStringLiteral("org"));
    CHECK(scalar(f.db(), QStringLiteral("SELECT deleted FROM place")).toLongLong() == 0);
}

TEST_CASE("merged findings enter the search index and leave it when deleted", "[merge]")
{
    VaultFixture f;
    OpMaker a('a');
    const QString place = Uuid7::generate(), visit = Uuid7::generate(), finding = Uuid7::generate();
    REQUIRE(deliver(f.records(),
                    join({newPlace(a, stamp(1), place), newVisit(a, stamp(2), visit, place),
                          newFinding(a, stamp(3), finding, visit, "Mould in cells")}))
                .ok());
    CHECK(count(f.db(), "SELECT count(*) FROM search_index WHERE search_index MATCH 'mould'") == 1);
    REQUIRE(deliver(f.records(), std::vector<Op>{a.tombstone(stamp(4), catalog::kFinding, finding)})
                .ok());
    CHECK(count(f.db(), "SELECT count(*) FROM search_index WHERE search_index MATCH 'mould'") == 0);
}

TEST_CASE("the newest stamp wins a field and a tie goes to the greater device id", "[merge]")
{
    VaultFixture f;
    OpMaker a('a'), b('b');
    const QString id = Uuid7::generate();
    const auto created = newPlace(a, stamp(10), id);
    const auto fromB =
        b.change(stamp(30), catalog::kPlace, id, {{"name", QStringLiteral("B")}}, stamp(10));
    const auto fromA =
        a.change(stamp(20), catalog::kPlace, id, {{"name", QStringLiteral("A")}}, stamp(10));
    SECTION("newer stamp, in either order")
    {
        const bool reversed = GENERATE(false, true);
        REQUIRE(deliver(f.records(), created).ok());
        REQUIRE(deliver(f.records(), reversed ? fromA : fromB).ok());
        REQUIRE(deliver(f.records(), reversed ? fromB : fromA).ok());
        CHECK(placeField(f.db(), id, "name") == QStringLiteral("B"));
        CHECK(scalar(f.db(), QStringLiteral("SELECT updated_hlc FROM place")).toLongLong() ==
              stamp(30));
    }
    SECTION("same stamp on two devices")
    {
        const auto tieA = a.change(stamp(40), catalog::kPlace, id,
                                   {{"name", QStringLiteral("tie A")}}, stamp(10));
        const auto tieB = b.change(stamp(40), catalog::kPlace, id,
                                   {{"name", QStringLiteral("tie B")}}, stamp(10));
        const bool reversed = GENERATE(false, true);
        REQUIRE(deliver(f.records(), join({created, reversed ? tieB : tieA})).ok());
        REQUIRE(deliver(f.records(), reversed ? tieA : tieB).ok());
        CHECK(placeField(f.db(), id, "name") == QStringLiteral("tie B"));
    }
}

TEST_CASE("ops applied again change nothing", "[merge]")
{
    VaultFixture f;
    OpMaker a('a');
    const QString place = Uuid7::generate();
    const auto ops = join(
        {newPlace(a, stamp(10), place), a.change(stamp(20), catalog::kPlace, place,
                                                 {{"risk_notes", QStringLiteral("Hot cells")}})});
    REQUIRE(deliver(f.records(), ops).ok());
    const QByteArray before = digestOf(f.db());
    const qint64 opsBefore = count(f.db(), "SELECT count(*) FROM change_op");
    auto again = deliver(f.records(), join({ops, ops}));
    REQUIRE(again.ok());
    CHECK(again->duplicates == qsizetype(2 * ops.size()));
    CHECK(again->stored == 0);
    CHECK(again->recordsUpdated == 0);
    CHECK(digestOf(f.db()) == before);
    CHECK(count(f.db(), "SELECT count(*) FROM change_op") == opsBefore);
}

TEST_CASE("an older op is kept as superseded and leaves the row alone", "[merge]")
{
    VaultFixture f;
    OpMaker a('a'), b('b');
    const QString id = Uuid7::generate();
    REQUIRE(deliver(f.records(), join({newPlace(a, stamp(10), id),
                                       a.change(stamp(50), catalog::kPlace, id,
                                                {{"address", QStringLiteral("1 Quay Rd")}})}))
                .ok());
    const QByteArray before = digestOf(f.db());
    auto late = deliver(f.records(), b.change(stamp(30), catalog::kPlace, id,
                                              {{"address", QStringLiteral("Old Rd")}}));
    REQUIRE(late.ok());
    CHECK(late->stored == 1);
    CHECK(late->superseded == 1);
    CHECK(placeField(f.db(), id, "address") == QStringLiteral("1 Quay Rd"));
    CHECK(count(f.db(), "SELECT count(*) FROM change_op WHERE field = 'address'") == 2);
    CHECK(digestOf(f.db()) == before);
}

TEST_CASE("a record waits for its required values and for the records it refers to", "[merge]")
{
    VaultFixture f;
    OpMaker a('a'), b('b');
    const QString place = Uuid7::generate();
    const QString visit = Uuid7::generate();
    const auto placeOps = newPlace(a, stamp(10), place);
    const auto visitOps = newVisit(b, stamp(20), visit, place);

    SECTION("a visit before its place")
    {
        auto early = deliver(f.records(), visitOps);
        REQUIRE(early.ok());
        CHECK(early->recordsPending == 1);
        CHECK(count(f.db(), "SELECT count(*) FROM visit") == 0);
        CHECK(count(f.db(), "SELECT count(*) FROM sync_pending") == 1);
        auto later = deliver(f.records(), placeOps);
        REQUIRE(later.ok());
        CHECK(later->recordsCreated == 2);
        CHECK(later->recordsPending == 0);
        CHECK(count(f.db(), "SELECT count(*) FROM visit") == 1);
        CHECK(count(f.db(), "SELECT count(*) FROM sync_pending") == 0);
    }
    SECTION("a record whose required fields arrive in separate batches")
    {
        REQUIRE(deliver(f.records(), placeOps).ok());
        for (std::size_t i = 0; i + 1 < visitOps.size(); ++i) {
            REQUIRE(deliver(f.records(), std::span(&visitOps[i], 1)).ok());
            CHECK(count(f.db(), "SELECT count(*) FROM visit") == 0);
        }
        REQUIRE(deliver(f.records(), std::span(&visitOps.back(), 1)).ok());
        CHECK(count(f.db(), "SELECT count(*) FROM visit") == 1);
    }
}

TEST_CASE("a reference to a record not here yet keeps the earlier value until it arrives",
          "[merge]")
{
    VaultFixture f;
    OpMaker a('a'), b('b');
    const QString first = Uuid7::generate();
    const QString second = Uuid7::generate();
    const QString visit = Uuid7::generate();
    REQUIRE(deliver(f.records(),
                    join({newPlace(a, stamp(10), first), newVisit(a, stamp(20), visit, first)}))
                .ok());
    const auto secondPlace = newPlace(b, stamp(25), second, "Hillside");
    const auto move =
        b.change(stamp(30), catalog::kVisit, visit, {{"place_id", second}}, stamp(20));
    REQUIRE(deliver(f.records(), move).ok());
    auto placeOf = [&] {
        return scalar(f.db(),
                      QStringLiteral("SELECT place_id FROM visit WHERE id = '%1'").arg(visit))
            .toString();
    };
    CHECK(placeOf() == first);
    REQUIRE(deliver(f.records(), secondPlace).ok());
    CHECK(placeOf() == second);
}

TEST_CASE("a bad op refuses the whole batch and leaves the transaction usable", "[merge]")
{
    VaultFixture f;
    OpMaker a('a');
    const QString place = Uuid7::generate();
    auto good = newPlace(a, stamp(10), place);
    Op bad = good.back();
    bad.seq = 99;
    const char* expected = "";
    SECTION("unknown entity")
    {
        bad.entity = QStringLiteral("spaceship");
        expected = "merge/unknown-entity";
    }
    SECTION("unknown field")
    {
        bad.field = QStringLiteral("created_by");
        expected = "merge/unknown-field";
    }
    SECTION("invalid value")
    {
        bad.field = QStringLiteral("type");
        bad.value = QStringLiteral("castle");
        expected = "merge/invalid-value";
    }
    SECTION("malformed device id")
    {
        bad.deviceId = QStringLiteral("not-a-device");
        expected = "merge/malformed";
    }
    SECTION("base newer than the op")
    {
        bad.baseHlc = bad.hlc + 1;
        expected = "merge/malformed";
    }
    SECTION("another op under a number already used")
    {
        bad = good.front();
        bad.value = QStringLiteral("Forged");
        expected = "merge/duplicate-mismatch";
    }
    SECTION("a record id used for another kind of record")
    {
        bad.entity = QStringLiteral("body");
        bad.field = QStringLiteral("name");
        bad.value = QStringLiteral("Board");
        expected = "merge/entity-mismatch";
    }
    good.push_back(bad);
    auto tx = f.records().beginWrite();
    REQUIRE(tx.ok());
    auto refused = MergeEngine::apply(*tx, good);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.startsWith(QLatin1StringView(expected)));
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK(count(f.db(), "SELECT count(*) FROM change_op") == 0);
    CHECK(count(f.db(), "SELECT count(*) FROM place") == 0);
    good.pop_back();
    auto retried = MergeEngine::apply(*tx, good);
    REQUIRE(retried.ok());
    REQUIRE(tx->commit().ok());
    CHECK(count(f.db(), "SELECT count(*) FROM place") == 1);
}

TEST_CASE("text values keep their exact form in the change log and the row", "[merge]")
{
    VaultFixture f;
    OpMaker a('a');
    const QString place = Uuid7::generate();
    REQUIRE(deliver(f.records(), join({newPlace(a, stamp(10), place),
                                       a.change(stamp(20), catalog::kPlace, place,
                                                {{"address", QStringLiteral("007")}})}))
                .ok());
    CHECK(scalar(f.db(),
                 QStringLiteral("SELECT typeof(value) FROM change_op WHERE field = 'address'"))
              .toString() == QStringLiteral("text"));
    CHECK(placeField(f.db(), place, "address") == QStringLiteral("007"));
    // And a local write that goes out through the change log keeps it too.
    REQUIRE(
        f.records().updateOne(catalog::kPlace, place, {{"address", QStringLiteral(" 42 ")}}).ok());
    CHECK(scalar(f.db(), QStringLiteral("SELECT value FROM change_op WHERE field = 'address' "
                                        "ORDER BY hlc DESC LIMIT 1"))
              .toString() == QStringLiteral(" 42 "));
}

TEST_CASE("the clock moves past every received stamp", "[merge]")
{
    VaultFixture f;
    OpMaker a('a');
    const QString place = Uuid7::generate();
    const qint64 future = Hlc::make(QDateTime::currentMSecsSinceEpoch() + 3'600'000, 7);
    REQUIRE(deliver(f.records(), newPlace(a, future, place)).ok());
    CHECK(f.records().clock().last() >= future);
    REQUIRE(
        f.records().updateOne(catalog::kPlace, place, {{"address", QStringLiteral("Quay")}}).ok());
    CHECK(scalar(f.db(), QStringLiteral("SELECT hlc FROM change_op WHERE field = 'address'"))
              .toLongLong() > future);
    CHECK(scalar(f.db(), QStringLiteral("SELECT base_hlc FROM change_op WHERE field = 'address'"))
              .toLongLong() == 0);
}
