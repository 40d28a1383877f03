#include "core/repo/VisitLifecycle.h"

#include "core/model/Vocabulary.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/support/VaultFixture.h"

#include <QDateTime>
#include <catch2/catch_test_macros.hpp>
#include <set>
#include <string>
#include <utility>

using namespace vigil;

namespace {

using Fixture = test::VaultFixture;

// The documented table (VisitLifecycle.h), written out independently of the
// implementation so that a change to either shows up here.
const std::set<std::pair<std::string, std::string>> kAllowed = {
    {"planned", "preparing"},
    {"preparing", "on_site"},
    {"on_site", "fieldwork_closed"},
    {"fieldwork_closed", "drafting"},
    {"drafting", "internal_review"},
    {"internal_review", "sent_to_authorities"},
    {"sent_to_authorities", "issued"},
    {"issued", "published"},
    {"issued", "follow_up"},
    {"published", "follow_up"},
    {"follow_up", "closed"},
    {"preparing", "planned"},
    {"fieldwork_closed", "on_site"},
    {"internal_review", "drafting"},
    {"planned", "closed"},
    {"preparing", "closed"},
};

QString makePlace(RecordContext& ctx)
{
    Place p;
    p.name = QStringLiteral("Eastgate Police Station");
    p.type = QStringLiteral("police_custody");
    auto id = PlaceRepository(ctx).create(p);
    REQUIRE(id.ok());
    return *id;
}

QString makeVisit(RecordContext& ctx, const QString& placeId)
{
    Visit v;
    v.placeId = placeId;
    auto id = VisitRepository(ctx).create(v);
    REQUIRE(id.ok());
    return *id;
}

// Puts a visit in any state directly, bypassing the lifecycle, to test each
// transition from it.
void forceState(Database& db, const QString& visitId, const char* state)
{
    auto stmt = db.prepare("UPDATE visit SET state = ? WHERE id = ?");
    REQUIRE(stmt.ok());
    stmt->bind(1, state).bind(2, visitId);
    REQUIRE(stmt->run().ok());
}

QString stateOf(RecordContext& ctx, const QString& visitId)
{
    auto v = VisitRepository(ctx).get(visitId);
    REQUIRE(v.ok());
    return v->state;
}

} // namespace

TEST_CASE("the transition table matches the documented one for every pair of states", "[visit]")
{
    CHECK(VisitLifecycle::steps().size() == kAllowed.size());
    for (const char* from : vocab::kVisitStates) {
        QStringList expectedNext;
        for (const char* to : vocab::kVisitStates) {
            const bool expected = kAllowed.count({from, to}) == 1;
            INFO(from << " -> " << to);
            CHECK(VisitLifecycle::isAllowed(QLatin1StringView(from), QLatin1StringView(to)) ==
                  expected);
            if (expected)
                expectedNext.append(QLatin1StringView(to));
        }
        QStringList next = VisitLifecycle::allowedTransitions(QLatin1StringView(from));
        next.sort();
        expectedNext.sort();
        INFO(from);
        CHECK(next == expectedNext);
    }
    CHECK(VisitLifecycle::allowedTransitions(QStringLiteral("closed")).isEmpty());
}

TEST_CASE("every transition is carried out or refused as the table says", "[visit]")
{
    Fixture f;
    RecordContext& ctx = f.records();
    const QString place = makePlace(ctx);
    VisitLifecycle lifecycle(ctx);
    for (const char* from : vocab::kVisitStates) {
        for (const char* to : vocab::kVisitStates) {
            INFO(from << " -> " << to);
            const QString visit = makeVisit(ctx, place);
            forceState(f.db(), visit, from);
            const qint64 opsBefore = f.count("SELECT count(*) FROM change_op");
            const qint64 auditBefore = f.count("SELECT count(*) FROM audit_event");
            const qint64 stepsBefore = f.count("SELECT count(*) FROM visit_transition");
            const QString target = QLatin1StringView(to);
            auto step = lifecycle.transition(visit, target, QStringLiteral("matrix"));
            if (kAllowed.count({from, to}) == 1) {
                REQUIRE(step.ok());
                CHECK(step->fromState == QLatin1StringView(from));
                CHECK(step->toState == target);
                CHECK(stateOf(ctx, visit) == target);
                CHECK(f.count("SELECT count(*) FROM visit_transition") == stepsBefore + 1);
                auto history = lifecycle.history(visit);
                REQUIRE(history.ok());
                REQUIRE(history->size() == 1);
                CHECK(history->front().fromState == QLatin1StringView(from));
                CHECK(history->front().toState == target);
                CHECK(history->front().note == QStringLiteral("matrix"));
            } else {
                REQUIRE_FALSE(step.ok());
                CHECK(step.error().kind == ErrorKind::Validation);
                CHECK(step.error().message.contains(
                    VisitLifecycle::stateLabel(QLatin1StringView(from))));
                CHECK(step.error().message.contains(VisitLifecycle::stateLabel(target)));
                CHECK(stateOf(ctx, visit) == QLatin1StringView(from));
                CHECK(f.count("SELECT count(*) FROM change_op") == opsBefore);
                CHECK(f.count("SELECT count(*) FROM audit_event") == auditBefore);
                CHECK(f.count("SELECT count(*) FROM visit_transition") == stepsBefore);
            }
        }
    }
}

TEST_CASE("a visit's full course is recorded with times, and actual times are stamped", "[visit]")
{
    Fixture f;
    // A clock the test moves: one day ahead of the real one, so the hybrid
    // clock follows it rather than stamps already issued.
    qint64 now = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
    auto ctx = RecordContext::open(f.db(), [&now] { return now; });
    REQUIRE(ctx.ok());
    const QString visit = makeVisit(**ctx, makePlace(**ctx));
    VisitLifecycle lifecycle(**ctx);

    const char* course[] = {
        "preparing",           "on_site", "fieldwork_closed", "drafting",  "internal_review",
        "sent_to_authorities", "issued",  "published",        "follow_up", "closed"};
    QList<qint64> times;
    for (const char* to : course) {
        now += 60'000;
        auto step = lifecycle.transition(visit, QLatin1StringView(to));
        REQUIRE(step.ok());
        CHECK(step->at == now);
        times.append(now);
        if (QLatin1StringView(to) == QLatin1StringView("on_site")) {
            auto v = VisitRepository(**ctx).get(visit);
            CHECK(v->actualStart == now);
            CHECK_FALSE(v->actualEnd.has_value());
        }
    }
    auto v = VisitRepository(**ctx).get(visit);
    REQUIRE(v.ok());
    CHECK(v->state == QStringLiteral("closed"));
    CHECK(v->actualStart == times[1]);
    CHECK(v->actualEnd == times[2]);

    auto history = lifecycle.history(visit);
    REQUIRE(history.ok());
    REQUIRE(history->size() == qsizetype(std::size(course)));
    QString previous = QStringLiteral("planned");
    for (qsizetype i = 0; i < history->size(); ++i) {
        const VisitTransition& step = history->at(i);
        CHECK(step.fromState == previous);
        CHECK(step.toState == QLatin1StringView(course[i]));
        CHECK(step.at == times[i]);
        CHECK(step.note.isEmpty());
        previous = step.toState;
    }
}

TEST_CASE("going back on site keeps the first arrival and reopens the end", "[visit]")
{
    Fixture f;
    qint64 now = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
    auto ctx = RecordContext::open(f.db(), [&now] { return now; });
    REQUIRE(ctx.ok());
    const QString visit = makeVisit(**ctx, makePlace(**ctx));
    VisitLifecycle lifecycle(**ctx);
    VisitRepository visits(**ctx);
    REQUIRE(lifecycle.transition(visit, QStringLiteral("preparing")).ok());
    now += 1000;
    REQUIRE(lifecycle.transition(visit, QStringLiteral("on_site")).ok());
    const qint64 arrival = now;
    now += 1000;
    REQUIRE(lifecycle.transition(visit, QStringLiteral("fieldwork_closed")).ok());
    CHECK(visits.get(visit)->actualEnd == now);
    now += 1000;
    REQUIRE(
        lifecycle.transition(visit, QStringLiteral("on_site"), QStringLiteral("second day")).ok());
    CHECK(visits.get(visit)->actualStart == arrival);
    CHECK_FALSE(visits.get(visit)->actualEnd.has_value());
    now += 1000;
    REQUIRE(lifecycle.transition(visit, QStringLiteral("fieldwork_closed")).ok());
    CHECK(visits.get(visit)->actualEnd == now);
    CHECK(lifecycle.history(visit)->size() == 5);
}

TEST_CASE("a cancelled visit is closed without an arrival, with the reason", "[visit]")
{
    Fixture f;
    const QString visit = makeVisit(f.records(), makePlace(f.records()));
    VisitLifecycle lifecycle(f.records());
    REQUIRE(lifecycle.transition(visit, QStringLiteral("closed"), QStringLiteral("lockdown")).ok());
    auto v = VisitRepository(f.records()).get(visit);
    CHECK(v->state == QStringLiteral("closed"));
    CHECK_FALSE(v->actualStart.has_value());
    CHECK(lifecycle.history(visit)->front().note == QStringLiteral("lockdown"));
    CHECK(lifecycle.allowedTransitions(v->state).isEmpty());
}

TEST_CASE("a step whose record fails leaves the visit's state and the change log untouched",
          "[visit]")
{
    Fixture f;
    const QString visit = makeVisit(f.records(), makePlace(f.records()));
    VisitLifecycle lifecycle(f.records());
    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    const qint64 audit = f.count("SELECT count(*) FROM audit_event");
    // The state is written before the transition row, which then fails.
    auto refused =
        lifecycle.transition(visit, QStringLiteral("preparing"), QString(10'001, QLatin1Char('x')));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("visit_transition.note")));
    CHECK(stateOf(f.records(), visit) == QStringLiteral("planned"));
    CHECK(f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(f.count("SELECT count(*) FROM audit_event") == audit);
    CHECK(f.count("SELECT count(*) FROM visit_transition") == 0);
    // The sequence stays gap-free after the rollback.
    REQUIRE(lifecycle.transition(visit, QStringLiteral("preparing")).ok());
    CHECK(f.count("SELECT max(seq) - min(seq) + 1 = count(*) FROM change_op") == 1);
}

TEST_CASE("unknown visits and states are refused", "[visit]")
{
    Fixture f;
    const QString visit = makeVisit(f.records(), makePlace(f.records()));
    VisitLifecycle lifecycle(f.records());
    auto unknownState = lifecycle.transition(visit, QStringLiteral("teleported"));
    REQUIRE_FALSE(unknownState.ok());
    CHECK(unknownState.error().kind == ErrorKind::Validation);
    auto missing = lifecycle.transition(QStringLiteral("0190a4d2-0000-7000-8000-000000000000"),
                                        QStringLiteral("preparing"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    REQUIRE(VisitRepository(f.records()).remove(visit).ok());
    CHECK(lifecycle.transition(visit, QStringLiteral("preparing")).error().kind ==
          ErrorKind::NotFound);
}
