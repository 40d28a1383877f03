#include "core/repo/AccessLogRepository.h"

#include "core/repo/PlaceRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/VaultFixture.h"

#include <QDateTime>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

using Fixture = test::VaultFixture;

QString makeVisit(RecordContext& ctx)
{
    Place p;
    p.name = QStringLiteral("Harbour View Secure Hospital");
    p.type = QStringLiteral("psychiatric_hospital");
    Visit v;
    v.placeId = *PlaceRepository(ctx).create(p);
    auto id = VisitRepository(ctx).create(v);
    REQUIRE(id.ok());
    return *id;
}

AccessEvent refusal(const QString& visitId)
{
    AccessEvent e;
    e.visitId = visitId;
    e.kind = QStringLiteral("refusal");
    e.area = QStringLiteral("Segregation unit");
    e.official = QStringLiteral("Duty governor");
    e.description = QStringLiteral("Told the unit was closed for cleaning.");
    return e;
}

} // namespace

TEST_CASE("an access event is stamped with the time of recording unless given one", "[visit]")
{
    Fixture f;
    qint64 now = QDateTime::currentMSecsSinceEpoch() + 86'400'000;
    auto ctx = RecordContext::open(f.db(), [&now] { return now; });
    REQUIRE(ctx.ok());
    AccessLogRepository log(**ctx);
    const QString visit = makeVisit(**ctx);

    now += 5000;
    auto id = log.record(refusal(visit));
    REQUIRE(id.ok());
    auto read = log.get(*id);
    REQUIRE(read.ok());
    CHECK(read->occurredAt == now);
    CHECK(read->kind == QStringLiteral("refusal"));
    CHECK(read->area == QStringLiteral("Segregation unit"));
    CHECK(read->official == QStringLiteral("Duty governor"));
    CHECK_FALSE(read->delayMinutes.has_value());

    AccessEvent delay = refusal(visit);
    delay.kind = QStringLiteral("delay");
    delay.occurredAt = now - 3'600'000; // recorded an hour late
    delay.delayMinutes = 45;
    auto delayId = log.record(delay);
    REQUIRE(delayId.ok());
    CHECK(log.get(*delayId)->occurredAt == now - 3'600'000);
    CHECK(log.get(*delayId)->delayMinutes == 45);
}

TEST_CASE("a visit's access log lists events in the order they happened", "[visit]")
{
    Fixture f;
    AccessLogRepository log(f.records());
    const QString visit = makeVisit(f.records());
    const QString other = makeVisit(f.records());
    const qint64 base = 1'735'689'600'000;
    QStringList expected(3);
    const qint64 offsets[] = {2, 0, 1};
    for (qint64 offset : offsets) {
        AccessEvent e = refusal(visit);
        e.occurredAt = base + offset * 60'000;
        expected[offset] = *log.record(e);
    }
    REQUIRE(log.record(refusal(other)).ok());
    auto events = log.forVisit(visit);
    REQUIRE(events.ok());
    QStringList got;
    for (const AccessEvent& e : *events)
        got.append(e.id);
    CHECK(got == expected);
    CHECK(log.forVisit(other)->size() == 1);
}

TEST_CASE("access events are corrected and removed through the change log", "[visit]")
{
    Fixture f;
    AccessLogRepository log(f.records());
    const QString visit = makeVisit(f.records());
    auto id = log.record(refusal(visit));
    REQUIRE(id.ok());
    AccessEvent e = *log.get(*id);
    e.kind = QStringLiteral("obstruction");
    e.official = QStringLiteral("Head of security");
    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    REQUIRE(log.update(e).ok());
    CHECK(f.count("SELECT count(*) FROM change_op") == ops + 2);
    CHECK(log.get(*id)->kind == QStringLiteral("obstruction"));
    REQUIRE(log.remove(*id).ok());
    CHECK(log.forVisit(visit)->isEmpty());
    CHECK(f.count("SELECT count(*) FROM change_op WHERE entity = 'access_event' AND "
                  "field = 'deleted'") == 1);
}

TEST_CASE("an invalid access event is refused and leaves no trace", "[visit]")
{
    Fixture f;
    AccessLogRepository log(f.records());
    const QString visit = makeVisit(f.records());
    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    const qint64 audit = f.count("SELECT count(*) FROM audit_event");
    AccessEvent bad = refusal(visit);
    bad.kind = QStringLiteral("rudeness");
    CHECK(log.record(bad).error().message.contains(QStringLiteral("access_event.kind")));
    bad = refusal(visit);
    bad.delayMinutes = -5;
    CHECK(log.record(bad).error().message.contains(QStringLiteral("access_event.delay_minutes")));
    bad = refusal(QStringLiteral("0190a4d2-0000-7000-8000-000000000000"));
    CHECK(log.record(bad).error().message.contains(QStringLiteral("access_event.visit_id")));
    CHECK(f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(f.count("SELECT count(*) FROM audit_event") == audit);
    CHECK(f.count("SELECT count(*) FROM access_event") == 0);
}
