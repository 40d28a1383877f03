#include "core/sync/exchange/ScopePolicy.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/VisitRepository.h"
#include "core/sync/merge/OpLog.h"
#include "tests/core/repo/InterviewFixture.h"
#include "tests/core/sync/exchange/ExchangeTestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

Op opOf(const char* entity, const QString& id, const char* scope)
{
    return Op{QString(32, QLatin1Char('e')), 1,          1, QString::fromLatin1(entity), id,
              QStringLiteral("title"),       QVariant(), 0, QString::fromLatin1(scope)};
}

bool entitled(Database& db, const RosterEntry& recipient, const Op& op)
{
    auto policy = ScopePolicy::make(db, recipient);
    REQUIRE_OK(policy);
    auto yes = policy->entitled(op);
    REQUIRE_OK(yes);
    return *yes;
}

} // namespace

TEST_CASE("who may receive an op, by its scope and the record's visit team", "[exchange]")
{
    test::ExchangeScenario s;
    Database& db = s.coordinator.db();
    const RosterEntry& c = s.coordinator.entry;
    const RosterEntry& lead = s.lead.entry;
    const RosterEntry& m1 = s.monitor1.entry;
    const RosterEntry& m2 = s.monitor2.entry;

    const Op place = opOf("place", s.org->placeId, "org");
    const Op finding1 = opOf("finding", s.finding1, "team");
    const Op finding2 = opOf("finding", s.finding2, "team");
    const Op medical = opOf("observation", s.medical, "medical");
    const Op identity = opOf("identity_entry", s.identityEntry, "coordinator");
    const Op future = opOf("finding", s.finding1, "ombudsman"); // a scope from a newer Vigil

    for (const RosterEntry* r : {&c, &lead, &m1, &m2})
        CHECK(entitled(db, *r, place));
    CHECK(entitled(db, c, finding1));
    CHECK(entitled(db, lead, finding1));
    CHECK(entitled(db, m1, finding1));
    CHECK_FALSE(entitled(db, m2, finding1));
    CHECK(entitled(db, m2, finding2));
    CHECK_FALSE(entitled(db, m1, finding2));
    CHECK(entitled(db, c, medical));
    CHECK(entitled(db, lead, medical)); // the visit's lead
    CHECK_FALSE(entitled(db, m1, medical));
    CHECK(entitled(db, c, identity));
    CHECK_FALSE(entitled(db, lead, identity));
    CHECK(entitled(db, c, future));
    CHECK_FALSE(entitled(db, lead, future));

    // A device not linked to a person has no team.
    RosterEntry unlinked = m1;
    unlinked.personId.clear();
    CHECK_FALSE(entitled(db, unlinked, finding1));
    CHECK(entitled(db, unlinked, place));

    auto visits = ScopePolicy::visitsOf(db, m1);
    REQUIRE_OK(visits);
    CHECK(*visits == QStringList{s.visit1});
    CHECK(ScopePolicy::visitsOf(db, c)->isEmpty()); // coordinators get every visit anyway

    // Leaving the team ends it.
    VisitRepository visitRepo(s.coordinator.records());
    auto team = visitRepo.members(s.visit1);
    REQUIRE_OK(team);
    for (const VisitMember& member : *team) {
        if (member.personId == m1.personId)
            REQUIRE_OK(visitRepo.removeMember(member.id));
    }
    CHECK_FALSE(entitled(db, m1, finding1));
    CHECK(ScopePolicy::visitsOf(db, m1)->isEmpty());
}

TEST_CASE("medical records follow the visit's medical member", "[exchange]")
{
    test::ExchangeScenario s;
    Database& db = s.coordinator.db();
    const Op medical = opOf("observation", s.medical, "medical");
    test::addToTeam(s.coordinator, s.visit1, s.monitor2, QStringLiteral("medical"));
    CHECK(entitled(db, s.monitor2.entry, medical));
    CHECK_FALSE(entitled(db, s.monitor1.entry, medical));
}
