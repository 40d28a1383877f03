#include "core/report/AnnualStatistics.h"

#include "core/repo/AccessLogRepository.h"
#include "core/repo/AllegationRepository.h"
#include "core/repo/BodyRepository.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/core/report/StatsDemoFixture.h"
#include "tests/support/VaultFixture.h"

#include <QMap>
#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;
using test::must;

namespace {

// The figures of one year, counted record by record through the repositories.
struct Expected
{
    qint64 visits = 0, unannounced = 0, issued = 0, reprisals = 0;
    QMap<QString, qint64> visitTypes, placeTypes, knownPlaces, findings, goodPractices,
        interviewKinds, accessKinds, statuses, responses, checks;
    QHash<QString, QSet<QString>> placesOfType;
};

// The latest step of a kind by its date; the one recorded last among equals.
QString latest(const QList<RecommendationEvent>& events, const char* kind)
{
    const RecommendationEvent* best = nullptr;
    for (const RecommendationEvent& e : events) {
        if (e.kind == QLatin1StringView(kind) && (!best || e.at >= best->at))
            best = &e;
    }
    return best ? best->status : QString();
}

QMap<int, Expected> countFromRecords(RecordContext& ctx, const QString& bodyId = {})
{
    QMap<int, Expected> years;
    const QHash<QString, Place> places = test::placesById(ctx);
    const auto inBody = [&](const QString& placeId) {
        return places.contains(placeId) && (bodyId.isEmpty() || places[placeId].bodyId == bodyId);
    };
    QHash<QString, int> visitYear; // visits that count, for the reprisal register's body filter
    for (const Visit& v : test::allVisits(ctx)) {
        if (!inBody(v.placeId) || v.state == u"planned" || v.state == u"preparing")
            continue;
        const int year = test::localYear(test::dateOf(ctx, v));
        visitYear.insert(v.id, year);
        Expected& e = years[year];
        ++e.visits;
        e.unannounced += v.unannounced ? 1 : 0;
        ++e.visitTypes[v.type];
        e.placesOfType[places[v.placeId].type].insert(v.placeId);
        for (const Finding& f : must(FindingRepository(ctx).listForVisit(v.id)))
            ++(f.goodPractice ? e.goodPractices : e.findings)[f.category];
        for (const Interview& i : must(InterviewRepository(ctx).forVisit(v.id)))
            ++e.interviewKinds[i.kind];
        for (const AccessEvent& a : must(AccessLogRepository(ctx).forVisit(v.id)))
            ++e.accessKinds[a.kind];
        for (const Recommendation& r : must(RecommendationRepository(ctx).listForVisit(v.id))) {
            if (r.status == u"draft")
                continue;
            ++e.issued;
            ++e.statuses[r.status];
            const auto events = must(RecommendationLifecycle(ctx).history(r.id));
            ++e.responses[latest(events, "response")];
            ++e.checks[latest(events, "implementation_check")];
        }
    }
    for (const ReprisalAllegation& a : must(AllegationRepository(ctx).reprisalRegister())) {
        if (!bodyId.isEmpty() && !visitYear.contains(a.visitId))
            continue;
        const int year = !a.occurredOn.isEmpty()
                             ? QDate::fromString(a.occurredOn, Qt::ISODate).year()
                             : test::localYear(a.createdAt);
        ++years[year].reprisals;
    }
    // Places on record do not depend on the year: every year, visited or not, lists them.
    QMap<QString, qint64> known;
    for (const Place& p : places)
        if (inBody(p.id))
            ++known[p.type];
    if (!years.isEmpty()) {
        const int first = years.firstKey() - 1, last = years.lastKey() + 1;
        for (int year = first; year <= last; ++year)
            years[year].knownPlaces = known;
    }
    for (Expected& e : years) {
        for (auto it = e.placesOfType.cbegin(); it != e.placesOfType.cend(); ++it)
            e.placeTypes[it.key()] = it.value().size();
    }
    return years;
}

// The non-zero counts, as a map to compare with.
QMap<QString, qint64> nonZero(const CodeCounts& counts)
{
    QMap<QString, qint64> out;
    for (const CodeCount& c : counts)
        if (c.count != 0)
            out.insert(c.code, c.count);
    return out;
}

qint64 total(const QMap<QString, qint64>& m)
{
    qint64 n = 0;
    for (qint64 v : m)
        n += v;
    return n;
}

void checkYear(const AnnualFigures& got, const Expected& want)
{
    INFO("year " << got.year);
    CHECK(got.visits == want.visits);
    CHECK(got.unannouncedVisits == want.unannounced);
    CHECK(nonZero(got.visitsByType) == want.visitTypes);
    CHECK(got.placesVisited == total(want.placeTypes));
    CHECK(nonZero(got.placesVisitedByType) == want.placeTypes);
    CHECK(nonZero(got.placesByType) == want.knownPlaces);
    CHECK(got.findings == total(want.findings));
    CHECK(nonZero(got.findingsByTheme) == want.findings);
    CHECK(got.goodPractices == total(want.goodPractices));
    CHECK(nonZero(got.goodPracticesByTheme) == want.goodPractices);
    CHECK(got.interviews == total(want.interviewKinds));
    CHECK(nonZero(got.interviewsByKind) == want.interviewKinds);
    CHECK(nonZero(got.accessEventsByKind) == want.accessKinds);
    CHECK(got.reprisalCases == want.reprisals);
    const RecommendationFigures& r = got.recommendations;
    CHECK(r.issued == want.issued);
    CHECK(nonZero(r.byStatus) == want.statuses);
    CHECK(r.accepted == want.responses.value(QStringLiteral("accepted")));
    CHECK(r.partlyAccepted == want.responses.value(QStringLiteral("partly_accepted")));
    CHECK(r.rejected == want.responses.value(QStringLiteral("rejected")));
    CHECK(r.noResponse == want.responses.value(QString()));
    CHECK(r.implemented == want.checks.value(QStringLiteral("implemented")));
    CHECK(r.partlyImplemented == want.checks.value(QStringLiteral("partly_implemented")));
    CHECK(r.inProgress == want.checks.value(QStringLiteral("in_progress")));
    CHECK(r.notImplemented == want.checks.value(QStringLiteral("not_implemented")));
    CHECK(r.notChecked == want.checks.value(QString()));
    if (r.issued > 0)
        CHECK(r.acceptanceRate() == double(r.accepted + r.partlyAccepted) / double(r.issued));
}

} // namespace

// One test case with sections: the demo vault is generated once per process.
TEST_CASE("Annual figures match counts taken record by record from the demo vault",
          "[report][stats]")
{
    test::StatsDemo& demo = test::StatsDemo::shared();
    AnnualStatistics stats(demo.db());
    const QMap<int, Expected> expected = countFromRecords(demo.records());
    const auto range = must(stats.yearRange());
    QList<int> visited;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (it->visits > 0)
            visited.append(it.key());
    REQUIRE_FALSE(visited.isEmpty());
    REQUIRE(range.first == visited.first());
    REQUIRE(range.second == visited.last());
    REQUIRE(range.second - range.first >= 2); // three years of work

    SECTION("Each year, and the years around them")
    {
        for (int year = range.first - 1; year <= range.second + 1; ++year) {
            const AnnualFigures got = must(stats.forYear(year));
            CHECK(got.year == year);
            checkYear(got, expected.value(year));
            // Every code of the vocabulary is listed, zeros included.
            CHECK(got.placesVisitedByType.size() == 11);
            CHECK(got.findingsByTheme.size() == 6);
            CHECK(got.recommendations.byStatus.size() == 10);
        }
    }

    SECTION("The demo exercises every figure, so the comparison means something")
    {
        qint64 visits = 0, reprisals = 0, accepted = 0, implemented = 0, partly = 0, good = 0;
        for (int year = range.first; year <= range.second; ++year) {
            const AnnualFigures f = must(stats.forYear(year));
            visits += f.visits;
            reprisals += f.reprisalCases;
            accepted += f.recommendations.accepted + f.recommendations.partlyAccepted;
            implemented += f.recommendations.implemented;
            partly += f.recommendations.partlyImplemented;
            good += f.goodPractices;
        }
        // Forty visits, two of them still planned.
        CHECK(visits == 38);
        CHECK(reprisals == 1);
        CHECK(accepted > 0);
        CHECK(implemented > 0);
        CHECK(partly > 0);
        CHECK(good > 0);
    }

    SECTION("A series gives the same figures as year by year")
    {
        const QList<AnnualFigures> series = must(stats.series(range.first, range.second));
        REQUIRE(series.size() == range.second - range.first + 1);
        for (const AnnualFigures& f : series)
            checkYear(f, expected.value(f.year));
    }

    SECTION("By body: the NPM's own places, and none for a body without places")
    {
        const QList<Body> bodies = must(BodyRepository(demo.records()).list());
        REQUIRE(bodies.size() == 2);
        for (const Body& body : bodies) {
            INFO(body.name.toStdString());
            const QMap<int, Expected> mine = countFromRecords(demo.records(), body.id);
            for (int year = range.first; year <= range.second; ++year)
                checkYear(must(stats.forYear(year, body.id)), mine.value(year));
        }
    }
}

TEST_CASE("Which year a visit and a reprisal case count in", "[report][stats]")
{
    test::VaultFixture f;
    RecordContext& ctx = f.records();
    Body npm;
    npm.name = QStringLiteral("NPM");
    const QString body = must(BodyRepository(ctx).create(npm));
    const QString place = test::seed(ctx, catalog::kPlace,
                                     {{"name", QStringLiteral("Hill Prison")},
                                      {"type", QStringLiteral("prison")},
                                      {"operator", QStringLiteral("public")},
                                      {"body_id", body}});
    const QString other = test::seedPlace(ctx); // a remand centre of no body
    const auto ms = [](int y, int m, int d) {
        return QDate(y, m, d).startOfDay().addSecs(3600).toMSecsSinceEpoch();
    };
    const auto visit = [&](const QString& placeId, std::optional<qint64> planned,
                           std::optional<qint64> actual, const char* state) {
        FieldValues values{{"place_id", placeId},
                           {"type", QStringLiteral("ad_hoc")},
                           {"unannounced", false},
                           {"state", QString::fromLatin1(state)}};
        if (planned)
            values.push_back({"planned_start", QVariant(*planned)});
        if (actual)
            values.push_back({"actual_start", QVariant(*actual)});
        return test::seed(ctx, catalog::kVisit, values);
    };
    // Planned for New Year's Eve, the team arrived on 2 January: it counts in 2025.
    const QString late = visit(place, ms(2024, 12, 31), ms(2025, 1, 2), "closed");
    visit(place, ms(2025, 3, 1), std::nullopt, "planned");   // not carried out
    visit(place, ms(2025, 4, 1), std::nullopt, "preparing"); // not carried out yet
    const QString gone = visit(place, ms(2025, 5, 1), ms(2025, 5, 1), "closed");
    {
        auto tx = ctx.beginWrite();
        REQUIRE(tx.ok());
        REQUIRE(tx->remove(catalog::kVisit, gone).ok());
        REQUIRE(tx->commit().ok());
    }
    visit(other, ms(2025, 6, 1), ms(2025, 6, 1), "on_site");
    visit(place, ms(2024, 6, 1), ms(2024, 6, 1), "closed");

    test::seedInterview(ctx, late, 1); // the person the reprisal cases are about, D-01
    AllegationRepository allegations(ctx);
    ReprisalAllegation earlier;
    earlier.visitId = late;
    earlier.pseudonym = QStringLiteral("D-01");
    earlier.what = QStringLiteral("Moved to a worse cell");
    earlier.occurredOn = QStringLiteral("2023-12-30"); // recorded now, but it happened in 2023
    REQUIRE(allegations.createReprisal(earlier).ok());
    ReprisalAllegation undated = earlier;
    undated.occurredOn.clear(); // counts in the year it is recorded
    REQUIRE(allegations.createReprisal(undated).ok());

    AnnualStatistics stats(f.db());
    const AnnualFigures y2025 = must(stats.forYear(2025));
    CHECK(y2025.visits == 2);
    CHECK(y2025.placesVisited == 2);
    CHECK(y2025.unannouncedVisits == 0);
    CHECK(nonZero(y2025.visitsByType) == QMap<QString, qint64>{{QStringLiteral("ad_hoc"), 2}});
    CHECK(must(stats.forYear(2024)).visits == 1);
    CHECK(must(stats.forYear(2023)).reprisalCases == 1);
    CHECK(must(stats.forYear(QDate::currentDate().year())).reprisalCases >= 1);

    // With the body: its place only, and the reprisals heard on its visits.
    const AnnualFigures bodys = must(stats.forYear(2025, body));
    CHECK(bodys.visits == 1);
    CHECK(nonZero(bodys.placesByType) == QMap<QString, qint64>{{QStringLiteral("prison"), 1}});
    CHECK(must(stats.forYear(2023, body)).reprisalCases == 1);
    CHECK(must(stats.yearRange(body)) == std::pair(2024, 2025));

    CHECK(stats.series(2025, 2024).error().kind == ErrorKind::Usage);
    CHECK(stats.series(1900, 2000).error().kind == ErrorKind::Usage);
}

TEST_CASE("The latest authority response counts, by the date of the reply", "[report][stats]")
{
    test::VaultFixture f;
    RecordContext& ctx = f.records();
    const QString place = test::seedPlace(ctx);
    const QString visit = test::seedVisit(ctx, place, 30); // 2024, on site
    const QString later = test::seedVisit(ctx, place, 400);
    RecommendationRepository recs(ctx);
    RecommendationLifecycle life(ctx);
    const auto make = [&] {
        Recommendation r;
        r.visitId = visit;
        r.text = QStringLiteral("Screen the toilets in the cells.");
        r.addressee = QStringLiteral("facility_management");
        return must(recs.create(r));
    };
    const auto step = [&](const QString& id, const char* to, qint64 at,
                          const QString& checkVisit = {}) {
        RecommendationLifecycle::Step s;
        s.to = QString::fromLatin1(to);
        s.at = at;
        s.visitId = checkVisit;
        if (!checkVisit.isEmpty())
            s.evidence = QStringLiteral("Seen on site.");
        REQUIRE(life.apply(id, s).ok());
    };
    const qint64 day = 86'400'000;
    const qint64 t0 = 1'704'067'200'000LL + 40 * day;
    make(); // a draft: not issued, never counted
    const QString a = make();
    step(a, "issued", t0);
    step(a, "accepted", t0 + 20 * day);
    // A reply dated earlier, recorded later, does not replace the newer one.
    step(a, "rejected", t0 + 10 * day);
    const QString b = make();
    step(b, "issued", t0);
    step(b, "partly_implemented", t0 + 400 * day, later); // checked without any reply
    const QString c = make();
    step(c, "issued", t0);
    {
        auto tx = ctx.beginWrite(); // a tombstoned recommendation counts nowhere
        REQUIRE(tx.ok());
        REQUIRE(tx->remove(catalog::kRecommendation, c).ok());
        REQUIRE(tx->commit().ok());
    }

    const RecommendationFigures r = must(AnnualStatistics(f.db()).forYear(2024)).recommendations;
    CHECK(r.issued == 2);
    CHECK(r.accepted == 1);
    CHECK(r.rejected == 0);
    CHECK(r.noResponse == 1);
    CHECK(r.partlyImplemented == 1);
    CHECK(r.notChecked == 1);
    CHECK(r.acceptanceRate() == 0.5);
    CHECK(r.partialImplementationRate() == 0.5);
}

TEST_CASE("The statistics queries find a year's visits through the visit date index",
          "[report][stats]")
{
    test::VaultFixture f;
    for (int years : {1, 10}) {
        for (const QByteArray& sql : AnnualStatistics::sqlFor(years)) {
            auto plan = f.db().prepare(("EXPLAIN QUERY PLAN " + sql).constData());
            REQUIRE(plan.ok());
            QString detail;
            while (must(plan->step()))
                detail += plan->columnText(3) + QLatin1Char('\n');
            INFO(detail.toStdString());
            CHECK(detail.contains(QStringLiteral("USING INDEX visit_date")));
            CHECK_FALSE(detail.contains(QStringLiteral("SCAN v\n")));
        }
    }
}
