#include "core/audit/AuditLog.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/RecordSafeguards.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/util/Uuid7.h"
#include "core/vault/Vault.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

using Fixture = test::VaultFixture;

Place samplePlace()
{
    Place p;
    p.name = QStringLiteral("North Ridge Remand Centre");
    p.type = QStringLiteral("remand_centre");
    p.capacity = 420;
    return p;
}

} // namespace

TEST_CASE("an insert writes the row, one op per non-empty field and one audit event", "[repo]")
{
    Fixture f;
    PlaceRepository places(f.records());
    auto id = places.create(samplePlace());
    REQUIRE(id.ok());
    CHECK(Uuid7::isValid(*id));
    CHECK(f.count("SELECT count(*) FROM place") == 1);
    // name, type, operator, capacity
    CHECK(f.count("SELECT count(*) FROM change_op WHERE entity = 'place'") == 4);
    CHECK(f.count("SELECT count(*) FROM audit_event WHERE action = 'insert'") == 1);
    auto read = places.get(*id);
    REQUIRE(read.ok());
    CHECK(read->name == samplePlace().name);
    CHECK(read->capacity == 420);
}

TEST_CASE("an update emits ops only for changed fields, with the replaced stamp as base", "[repo]")
{
    Fixture f;
    PlaceRepository places(f.records());
    auto id = places.create(samplePlace());
    REQUIRE(id.ok());
    Place p = *places.get(*id);
    const qint64 before = f.count("SELECT count(*) FROM change_op");
    p.population = 512;
    REQUIRE(places.update(p).ok());
    CHECK(f.count("SELECT count(*) FROM change_op") == before + 1);
    REQUIRE(places.update(p).ok()); // nothing changed: nothing emitted
    CHECK(f.count("SELECT count(*) FROM change_op") == before + 1);
    p.capacity = 400;
    REQUIRE(places.update(p).ok());
    CHECK(f.count("SELECT count(*) FROM change_op WHERE field = 'capacity' AND base_hlc = "
                  "(SELECT hlc FROM change_op WHERE field = 'capacity' ORDER BY seq LIMIT 1)") == 1);
}

TEST_CASE("sequences are gap-free and a failed write leaves no op, row or audit event", "[repo]")
{
    Fixture f;
    PlaceRepository places(f.records());
    REQUIRE(places.create(samplePlace()).ok());
    Place bad = samplePlace();
    bad.type = QStringLiteral("castle");
    auto refused = places.create(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("place.type")));
    Place negative = samplePlace();
    negative.capacity = -3;
    REQUIRE_FALSE(places.create(negative).ok());
    PlaceUnit orphan{QString(), Uuid7::generate(), QStringLiteral("Wing A"), QString(), {}};
    auto orphaned = places.addUnit(orphan);
    REQUIRE_FALSE(orphaned.ok());
    CHECK(orphaned.error().message.contains(QStringLiteral("place_unit.place_id")));
    REQUIRE(places.create(samplePlace()).ok());
    CHECK(f.count("SELECT count(*) FROM place") == 2);
    CHECK(f.count("SELECT count(*) FROM audit_event") == 2);
    CHECK(f.count("SELECT max(seq) - min(seq) + 1 = count(*) FROM change_op") == 1);
    CHECK(f.count("SELECT min(seq) FROM change_op") == 1);
}

TEST_CASE("deleting leaves a tombstone that syncs as an op", "[repo]")
{
    Fixture f;
    PlaceRepository places(f.records());
    auto id = places.create(samplePlace());
    REQUIRE(places.remove(*id).ok());
    CHECK(f.count("SELECT deleted FROM place") == 1);
    CHECK(f.count("SELECT count(*) FROM change_op WHERE field = 'deleted'") == 1);
    CHECK(places.get(*id).error().kind == ErrorKind::NotFound);
    CHECK(places.remove(*id).error().kind == ErrorKind::NotFound);
    CHECK(places.list()->isEmpty());
}

TEST_CASE("the audit chain verifies, and an edited event is named", "[audit]")
{
    Fixture f;
    PlaceRepository places(f.records());
    for (int i = 0; i < 5; ++i)
        REQUIRE(places.create(samplePlace()).ok());
    auto ok = AuditLog::verify(f.db());
    REQUIRE(ok.ok());
    CHECK(ok->events == 5);
    CHECK(ok->firstBrokenSeq == 0);
    REQUIRE(f.db().exec("UPDATE audit_event SET detail = 'name' WHERE seq = 3").ok());
    auto broken = AuditLog::verify(f.db());
    REQUIRE(broken.ok());
    CHECK(broken->firstBrokenSeq == 3);
    CHECK(broken->problem.contains(QStringLiteral("3")));
}

TEST_CASE("a deleted audit event in the middle is named", "[audit]")
{
    Fixture f;
    PlaceRepository places(f.records());
    for (int i = 0; i < 4; ++i)
        REQUIRE(places.create(samplePlace()).ok());
    REQUIRE(f.db().exec("DELETE FROM audit_event WHERE seq = 2").ok());
    auto broken = AuditLog::verify(f.db());
    REQUIRE(broken.ok());
    CHECK(broken->firstBrokenSeq == 2);
}

TEST_CASE("a deletion can be undone by restoring, as a synced op", "[repo]")
{
    Fixture f;
    PlaceRepository places(f.records());
    auto id = places.create(samplePlace());
    REQUIRE(places.remove(*id).ok());
    {
        auto tx = f.records().beginWrite();
        REQUIRE(tx->restore(catalog::kPlace, *id).ok());
        REQUIRE(tx->commit().ok());
    }
    CHECK(places.get(*id).ok());
    CHECK(f.count("SELECT count(*) FROM change_op WHERE field = 'deleted' AND value = 0") == 1);
    CHECK(f.count("SELECT count(*) FROM audit_event WHERE action = 'restore'") == 1);
    auto tx = f.records().beginWrite();
    CHECK(tx->restore(catalog::kPlace, *id).error().kind == ErrorKind::NotFound); // not deleted
}

TEST_CASE("identity entries and consent records never come back once deleted", "[repo]")
{
    Fixture f;
    for (const EntitySpec* spec : {&catalog::kIdentityEntry, &catalog::kConsentRecord}) {
        auto refused = RecordSafeguards::checkRestore(f.db(), *spec, Uuid7::generate());
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Validation);
    }
}
