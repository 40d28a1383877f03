#include "core/sync/merge/StateDigest.h"

#include "core/model/Finding.h"
#include "core/model/Place.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/core/sync/merge/MergeTestSupport.h"
#include "tests/support/VaultFixture.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <random>

using namespace vigil;
using namespace vigil::test;

namespace {

// Some history written through the repositories: places, a visit, findings
// edited and one deleted.
void writeHistory(RecordContext& ctx)
{
    PlaceRepository places(ctx);
    const QString placeId = seedPlace(ctx, "Eastgate Prison");
    auto place = places.get(placeId);
    REQUIRE(place.ok());
    place->riskNotes = QStringLiteral("Staff shortages at night.");
    place->capacity = 300;
    REQUIRE(places.update(*place).ok());
    const QString visit = seedVisit(ctx, placeId, 12);
    FindingRepository findings(ctx);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        Finding f;
        f.visitId = visit;
        f.category = QStringLiteral("material_conditions");
        f.title = QStringLiteral("Finding %1").arg(i);
        f.facts = QStringLiteral("Facts %1").arg(i);
        auto id = findings.create(f);
        REQUIRE(id.ok());
        ids.append(*id);
    }
    auto first = findings.get(ids[0]);
    REQUIRE(first.ok());
    first->analysis = QStringLiteral("Breaches rule 13.");
    first->severity = QStringLiteral("urgent");
    REQUIRE(findings.update(*first).ok());
    REQUIRE(findings.remove(ids[2]).ok());
}

} // namespace

TEST_CASE("a vault's own writes and the same ops merged elsewhere have one digest", "[merge]")
{
    VaultFixture origin, copy;
    writeHistory(origin.records());
    auto ops = allOps(origin.db());
    std::mt19937 rng(7);
    std::shuffle(ops.begin(), ops.end(), rng);
    // In three batches, in a scrambled order.
    const std::size_t third = ops.size() / 3;
    REQUIRE(deliver(copy.records(), std::span(ops).subspan(0, third)).ok());
    REQUIRE(deliver(copy.records(), std::span(ops).subspan(2 * third)).ok());
    REQUIRE(deliver(copy.records(), std::span(ops).subspan(third, third)).ok());
    CHECK(count(copy.db(), "SELECT count(*) FROM finding") == 3);
    CHECK(digestOf(origin.db()) == digestOf(copy.db()));
}

TEST_CASE("the digest follows synced values and ignores local-only data", "[merge]")
{
    VaultFixture f;
    writeHistory(f.records());
    const QByteArray before = digestOf(f.db());
    CHECK(before.size() == 32);
    SECTION("a changed field changes it")
    {
        const QString place = scalar(f.db(), QStringLiteral("SELECT id FROM place")).toString();
        REQUIRE(f.records()
                    .updateOne(catalog::kPlace, place, {{"address", QStringLiteral("Quay")}})
                    .ok());
        CHECK(digestOf(f.db()) != before);
    }
    SECTION("the audit log and the search index do not")
    {
        auto tx = f.records().beginWrite();
        REQUIRE(tx.ok());
        const QString place = scalar(f.db(), QStringLiteral("SELECT id FROM place")).toString();
        REQUIRE(tx->audit("report.export", catalog::kPlace, place, QString()).ok());
        REQUIRE(tx->commit().ok());
        REQUIRE(f.db().exec("INSERT INTO search_index(search_index) VALUES ('rebuild')").ok());
        CHECK(digestOf(f.db()) == before);
    }
}
