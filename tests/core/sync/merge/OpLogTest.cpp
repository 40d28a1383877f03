#include "core/sync/merge/OpLog.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/util/Uuid7.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/core/sync/merge/MergeTestSupport.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

TEST_CASE("the received vector stops at the first missing op of each device", "[merge]")
{
    VaultFixture f;
    seedPlace(f.records()); // three ops of this device
    OpMaker a('a');
    const QString p1 = Uuid7::generate(), p2 = Uuid7::generate();
    const auto first = newPlace(a, stamp(10), p1);  // seq 1-3
    const auto second = newPlace(a, stamp(20), p2); // seq 4-6
    REQUIRE(deliver(f.records(), std::span(first).subspan(0, 2)).ok());
    REQUIRE(deliver(f.records(), second).ok());
    auto vector = OpLog::receivedVector(f.db(), f.records().deviceId());
    REQUIRE(vector.ok());
    const std::pair<QString, qint64> own{f.records().deviceId(), 3};
    auto expect = std::vector<std::pair<QString, qint64>>{{a.device, 2}, own};
    std::sort(expect.begin(), expect.end());
    CHECK(*vector == expect);

    REQUIRE(deliver(f.records(), std::span(first).subspan(2)).ok()); // the gap is filled
    vector = OpLog::receivedVector(f.db(), f.records().deviceId());
    REQUIRE(vector.ok());
    expect = {{a.device, 6}, own};
    std::sort(expect.begin(), expect.end());
    CHECK(*vector == expect);
}

TEST_CASE("ops read back from the change log are the ops that were stored", "[merge]")
{
    VaultFixture f;
    OpMaker a('a');
    const QString place = Uuid7::generate();
    const auto ops =
        join({newPlace(a, stamp(10), place),
              a.change(stamp(20), catalog::kPlace, place,
                       {{"capacity", QVariant(qint64(120))}, {"address", QStringLiteral("007")}},
                       stamp(10))});
    REQUIRE(deliver(f.records(), ops).ok());
    auto read = OpLog::read(f.db(), a.device, 2, 5);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 4);
    for (std::size_t i = 0; i < 4; ++i) {
        const Op& want = ops[i + 1];
        const Op& got = (*read)[i];
        CHECK(got.seq == want.seq);
        CHECK(got.hlc == want.hlc);
        CHECK(got.field == want.field);
        CHECK(got.value == want.value);
        CHECK(got.value.typeId() == want.value.typeId());
        CHECK(got.baseHlc == want.baseHlc);
        CHECK(got.scope == want.scope);
    }
}
