#include "core/repo/PersonRepository.h"

#include "core/repo/BodyRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

using Fixture = test::VaultFixture;

Person samplePerson(const char* name)
{
    Person p;
    p.name = QLatin1StringView(name);
    p.role = QStringLiteral("medical");
    p.gender = QStringLiteral("female");
    p.languages = {QStringLiteral("ar"), QStringLiteral("fr")};
    return p;
}

} // namespace

TEST_CASE("team members are created, read, listed by name, updated and removed", "[person]")
{
    Fixture f;
    PersonRepository people(f.records());
    auto zara = people.create(samplePerson("Zara Haddad"));
    auto ana = people.create(samplePerson("ana Lima"));
    REQUIRE(zara.ok());
    REQUIRE(ana.ok());
    auto read = people.get(*zara);
    REQUIRE(read.ok());
    CHECK(read->name == QStringLiteral("Zara Haddad"));
    CHECK(read->role == QStringLiteral("medical"));
    CHECK(read->gender == QStringLiteral("female"));
    CHECK(read->languages == QStringList({QStringLiteral("ar"), QStringLiteral("fr")}));

    auto list = people.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == *ana); // case-insensitive order

    Person p = *read;
    p.role = QStringLiteral("lead");
    p.languages = {QStringLiteral("en")};
    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    REQUIRE(people.update(p).ok());
    CHECK(f.count("SELECT count(*) FROM change_op") == ops + 2);
    CHECK(people.get(*zara)->languages == QStringList({QStringLiteral("en")}));

    REQUIRE(people.remove(*zara).ok());
    CHECK(people.get(*zara).error().kind == ErrorKind::NotFound);
    CHECK(people.list()->size() == 1);
}

TEST_CASE("a team member's role and gender come from the vocabulary", "[person]")
{
    Fixture f;
    PersonRepository people(f.records());
    Person p = samplePerson("Omar Said");
    p.role = QStringLiteral("spy");
    auto refused = people.create(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("person.role")));
    p = samplePerson("Omar Said");
    p.gender = QStringLiteral("unknown");
    CHECK(people.create(p).error().message.contains(QStringLiteral("person.gender")));
    p = samplePerson("  ");
    CHECK(people.create(p).error().message.contains(QStringLiteral("person.name")));
    CHECK(f.count("SELECT count(*) FROM change_op") == 0);
    CHECK(f.count("SELECT count(*) FROM person") == 0);
}

TEST_CASE("a removed team member still shows in the teams of past visits", "[person]")
{
    Fixture f;
    RecordContext& ctx = f.records();
    Place place;
    place.name = QStringLiteral("Northfield Immigration Removal Centre");
    place.type = QStringLiteral("immigration_detention");
    Visit v;
    v.placeId = *PlaceRepository(ctx).create(place);
    VisitRepository visits(ctx);
    auto visit = visits.create(v);
    auto person = PersonRepository(ctx).create(samplePerson("Ines Moreau"));
    REQUIRE(visits.addMember(*visit, *person, QStringLiteral("medical")).ok());
    REQUIRE(PersonRepository(ctx).remove(*person).ok());
    auto team = visits.members(*visit);
    REQUIRE(team->size() == 1);
    CHECK(team->front().personName == QStringLiteral("Ines Moreau"));
}

TEST_CASE("bodies form a hierarchy without cycles", "[person]")
{
    Fixture f;
    BodyRepository bodies(f.records());
    Body npm;
    npm.name = QStringLiteral("National Preventive Mechanism");
    npm.country = QStringLiteral("GB");
    npm.languages = {QStringLiteral("en"), QStringLiteral("cy")};
    auto npmId = bodies.create(npm);
    REQUIRE(npmId.ok());
    Body member;
    member.name = QStringLiteral("Independent Monitoring Boards");
    member.kind = QStringLiteral("member_body");
    member.parentId = *npmId;
    auto memberId = bodies.create(member);
    REQUIRE(memberId.ok());
    Body spt;
    spt.name = QStringLiteral("Subcommittee on Prevention of Torture");
    spt.kind = QStringLiteral("spt");
    REQUIRE(bodies.create(spt).ok());

    auto read = bodies.get(*memberId);
    REQUIRE(read.ok());
    CHECK(read->parentId == *npmId);
    CHECK(read->kind == QStringLiteral("member_body"));
    CHECK(bodies.get(*npmId)->languages == npm.languages);
    CHECK(bodies.list()->size() == 3);

    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    Body loop = *bodies.get(*npmId);
    loop.parentId = *memberId; // the NPM under its own member body
    CHECK(bodies.update(loop).error().kind == ErrorKind::Validation);
    loop.parentId = *npmId; // under itself
    CHECK(bodies.update(loop).error().kind == ErrorKind::Validation);
    Body badKind = member;
    badKind.kind = QStringLiteral("ngo");
    CHECK(bodies.create(badKind).error().message.contains(QStringLiteral("body.kind")));
    CHECK(f.count("SELECT count(*) FROM change_op") == ops);

    Body renamed = *bodies.get(*memberId);
    renamed.name = QStringLiteral("IMB");
    REQUIRE(bodies.update(renamed).ok());
    CHECK(bodies.get(*memberId)->name == QStringLiteral("IMB"));
    REQUIRE(bodies.remove(*memberId).ok());
    CHECK(bodies.get(*memberId).error().kind == ErrorKind::NotFound);
    CHECK(bodies.list()->size() == 2);
}
