#include "core/repo/VisitRepository.h"

#include "core/repo/PersonRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitLifecycle.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/VaultFixture.h"

#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

using Fixture = test::VaultFixture;

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kJan2025 = 1'735'689'600'000;

QString makePlace(RecordContext& ctx, const char* name)
{
    Place p;
    p.name = QLatin1StringView(name);
    p.type = QStringLiteral("prison");
    auto id = PlaceRepository(ctx).create(p);
    REQUIRE(id.ok());
    return *id;
}

Visit sampleVisit(const QString& placeId, std::optional<qint64> start = kJan2025)
{
    Visit v;
    v.placeId = placeId;
    v.type = QStringLiteral("thematic");
    v.plannedStart = start;
    if (start)
        v.plannedEnd = *start + kDay;
    v.objectives = QStringLiteral("Segregation unit; use of restraints");
    v.language = QStringLiteral("en");
    return v;
}

QString makePerson(RecordContext& ctx, const char* name, const char* gender)
{
    Person p;
    p.name = QLatin1StringView(name);
    p.gender = QLatin1StringView(gender);
    auto id = PersonRepository(ctx).create(p);
    REQUIRE(id.ok());
    return *id;
}

QStringList ids(const QList<Visit>& visits)
{
    QStringList out;
    for (const Visit& v : visits)
        out.append(v.id);
    return out;
}

} // namespace

TEST_CASE("a visit is created planned, whatever the caller says, and reads back", "[visit]")
{
    Fixture f;
    VisitRepository visits(f.records());
    Visit v = sampleVisit(makePlace(f.records(), "HMP Ashfield"));
    v.state = QStringLiteral("closed");
    v.actualStart = kJan2025;
    auto id = visits.create(v);
    REQUIRE(id.ok());
    auto read = visits.get(*id);
    REQUIRE(read.ok());
    CHECK(read->state == QStringLiteral("planned"));
    CHECK_FALSE(read->actualStart.has_value());
    CHECK(read->type == QStringLiteral("thematic"));
    CHECK(read->unannounced);
    CHECK(read->plannedStart == kJan2025);
    CHECK(read->plannedEnd == kJan2025 + kDay);
    CHECK(read->objectives == v.objectives);
    CHECK(read->language == QStringLiteral("en"));
    // type, unannounced, planned_start, planned_end, objectives, language, place_id, state
    CHECK(f.count("SELECT count(*) FROM change_op WHERE entity = 'visit'") == 8);
}

TEST_CASE("an update writes editable fields only, so a stale copy cannot undo the lifecycle",
          "[visit]")
{
    Fixture f;
    VisitRepository visits(f.records());
    auto id = visits.create(sampleVisit(makePlace(f.records(), "HMP Ashfield")));
    REQUIRE(id.ok());
    Visit stale = *visits.get(*id);
    VisitLifecycle lifecycle(f.records());
    REQUIRE(lifecycle.transition(*id, QStringLiteral("preparing")).ok());
    REQUIRE(lifecycle.transition(*id, QStringLiteral("on_site")).ok());

    stale.unannounced = false;
    stale.objectives = QStringLiteral("Healthcare on admission");
    stale.state = QStringLiteral("planned");
    stale.placeId = makePlace(f.records(), "Elsewhere");
    REQUIRE(visits.update(stale).ok());
    auto read = visits.get(*id);
    CHECK(read->state == QStringLiteral("on_site"));
    CHECK(read->actualStart.has_value());
    CHECK(read->placeId != stale.placeId);
    CHECK_FALSE(read->unannounced);
    CHECK(read->objectives == QStringLiteral("Healthcare on admission"));
}

TEST_CASE("planned and actual times must not end before they start", "[visit]")
{
    Fixture f;
    VisitRepository visits(f.records());
    Visit v = sampleVisit(makePlace(f.records(), "HMP Ashfield"));
    auto id = visits.create(v);
    REQUIRE(id.ok());
    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    v.plannedEnd = kJan2025 - 1;
    CHECK(visits.create(v).error().kind == ErrorKind::Validation);
    v.id = *id;
    CHECK(visits.update(v).error().kind == ErrorKind::Validation);
    CHECK(visits.correctActualTimes(*id, kJan2025, kJan2025 - 1).error().kind ==
          ErrorKind::Validation);
    Visit badType = sampleVisit(v.placeId);
    badType.type = QStringLiteral("picnic");
    auto refused = visits.create(badType);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("visit.type")));
    CHECK(f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(f.count("SELECT count(*) FROM visit") == 1);

    REQUIRE(visits.correctActualTimes(*id, kJan2025, kJan2025 + 3'600'000).ok());
    CHECK(visits.get(*id)->actualEnd == kJan2025 + 3'600'000);
}

TEST_CASE("a place's history lists its live visits, latest first", "[visit]")
{
    Fixture f;
    VisitRepository visits(f.records());
    const QString place = makePlace(f.records(), "HMP Ashfield");
    const QString other = makePlace(f.records(), "Riverside Court Cells");
    const qint64 starts[] = {3, 1, 4, 5, 2};
    QMap<qint64, QString> byStart;
    for (qint64 day : starts)
        byStart.insert(day, *visits.create(sampleVisit(place, kJan2025 + day * kDay)));
    auto unplanned = visits.create(sampleVisit(place, std::nullopt));
    REQUIRE(unplanned.ok());
    REQUIRE(visits.create(sampleVisit(other, kJan2025 + 10 * kDay)).ok());
    REQUIRE(visits.remove(byStart.value(4)).ok());

    auto history = visits.listForPlace(place);
    REQUIRE(history.ok());
    CHECK(ids(*history) == QStringList({byStart.value(5), byStart.value(3), byStart.value(2),
                                        byStart.value(1), *unplanned}));
    CHECK(visits.listForPlace(other)->size() == 1);
}

TEST_CASE("the visit history is an index walk, with no sort step", "[visit]")
{
    Fixture f;
    // The same statement as VisitRepository::listForPlace and list(): the
    // benchmark at 100k visits depends on both staying index walks.
    const char* queries[] = {
        "EXPLAIN QUERY PLAN SELECT id FROM visit WHERE place_id = 'x' AND deleted = 0 "
        "ORDER BY planned_start DESC, rowid DESC",
        "EXPLAIN QUERY PLAN SELECT id FROM visit WHERE deleted = 0 "
        "ORDER BY planned_start DESC, rowid DESC LIMIT 10 OFFSET 20"};
    for (const char* sql : queries) {
        auto plan = f.db().prepare(sql);
        REQUIRE(plan.ok());
        QString details;
        while (*plan->step())
            details += plan->columnText(3) + QLatin1Char('\n');
        INFO(details.toStdString());
        CHECK(details.contains(QStringLiteral("USING INDEX visit_")));
        CHECK_FALSE(details.contains(QStringLiteral("TEMP B-TREE")));
    }
}

TEST_CASE("all visits page in a stable order, and are counted", "[visit]")
{
    Fixture f;
    VisitRepository visits(f.records());
    const QString place = makePlace(f.records(), "HMP Ashfield");
    for (int i = 0; i < 25; ++i) // some share a planned start: rowid breaks the tie
        REQUIRE(visits.create(sampleVisit(place, kJan2025 + (i % 7) * kDay)).ok());
    CHECK(*visits.count() == 25);
    QStringList paged;
    for (qint64 offset = 0; offset < 30; offset += 10) {
        auto page = visits.list(offset, 10);
        REQUIRE(page.ok());
        CHECK(page->size() == (offset < 20 ? 10 : 5));
        paged += ids(*page);
    }
    CHECK(paged == ids(*visits.listForPlace(place)));
    CHECK(QSet<QString>(paged.begin(), paged.end()).size() == 25);
    auto all = visits.list(0, 100);
    for (qsizetype i = 1; i < all->size(); ++i)
        CHECK(all->at(i - 1).plannedStart >= all->at(i).plannedStart);
    REQUIRE(visits.remove(paged.front()).ok());
    CHECK(*visits.count() == 24);
    CHECK(visits.list(0, 10)->front().id == paged.at(1));
}

TEST_CASE("a team has at most one lead and each person once", "[visit]")
{
    Fixture f;
    RecordContext& ctx = f.records();
    VisitRepository visits(ctx);
    auto visit = visits.create(sampleVisit(makePlace(ctx, "HMP Ashfield")));
    REQUIRE(visit.ok());
    const QString amina = makePerson(ctx, "Amina Diallo", "female");
    const QString bruno = makePerson(ctx, "Bruno Keller", "male");
    const QString chen = makePerson(ctx, "Chen Wei", "female");

    auto monitor = visits.addMember(*visit, bruno, QStringLiteral("monitor"));
    REQUIRE(monitor.ok());
    auto lead = visits.addMember(*visit, chen, QStringLiteral("lead"));
    REQUIRE(lead.ok());
    const qint64 ops = f.count("SELECT count(*) FROM change_op");

    auto secondLead = visits.addMember(*visit, amina, QStringLiteral("lead"));
    REQUIRE_FALSE(secondLead.ok());
    CHECK(secondLead.error().kind == ErrorKind::Validation);
    auto twice = visits.addMember(*visit, bruno, QStringLiteral("medical"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::Validation);
    CHECK(visits.setMemberRole(*monitor, QStringLiteral("lead")).error().kind ==
          ErrorKind::Validation);
    CHECK(visits.addMember(*visit, amina, QStringLiteral("chauffeur")).error().kind ==
          ErrorKind::Validation);
    CHECK(f.count("SELECT count(*) FROM change_op") == ops);

    REQUIRE(visits.setMemberRole(*lead, QStringLiteral("lead")).ok()); // unchanged: allowed
    REQUIRE(visits.addMember(*visit, amina, QStringLiteral("interpreter")).ok());
    auto team = visits.members(*visit);
    REQUIRE(team.ok());
    REQUIRE(team->size() == 3);
    CHECK(team->at(0).personName == QStringLiteral("Chen Wei"));
    CHECK(team->at(0).role == QStringLiteral("lead"));
    CHECK(team->at(1).personName == QStringLiteral("Amina Diallo"));
    CHECK(team->at(1).personGender == QStringLiteral("female"));
    CHECK(team->at(2).personName == QStringLiteral("Bruno Keller"));

    // Handing over the lead: the old lead takes another role first.
    REQUIRE(visits.setMemberRole(*lead, QStringLiteral("monitor")).ok());
    REQUIRE(visits.setMemberRole(*monitor, QStringLiteral("lead")).ok());
    CHECK(visits.members(*visit)->front().personName == QStringLiteral("Bruno Keller"));

    // A removed member frees both the person and the role.
    REQUIRE(visits.removeMember(*monitor).ok());
    CHECK(visits.members(*visit)->size() == 2);
    REQUIRE(visits.addMember(*visit, bruno, QStringLiteral("lead")).ok());
}

TEST_CASE("team members must be live people on a live visit", "[visit]")
{
    Fixture f;
    RecordContext& ctx = f.records();
    VisitRepository visits(ctx);
    auto visit = visits.create(sampleVisit(makePlace(ctx, "HMP Ashfield")));
    const QString gone = makePerson(ctx, "Dana Novak", "female");
    REQUIRE(PersonRepository(ctx).remove(gone).ok());
    auto refused = visits.addMember(*visit, gone, QStringLiteral("monitor"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("visit_member.person_id")));
    const QString eve = makePerson(ctx, "Eve Martin", "other");
    auto noVisit = visits.addMember(QStringLiteral("0190a4d2-0000-7000-8000-000000000000"), eve,
                                    QStringLiteral("monitor"));
    REQUIRE_FALSE(noVisit.ok());
    CHECK(noVisit.error().message.contains(QStringLiteral("visit_member.visit_id")));
    CHECK(visits
              .setMemberRole(QStringLiteral("0190a4d2-0000-7000-8000-000000000000"),
                             QStringLiteral("lead"))
              .error()
              .kind == ErrorKind::NotFound);
}
