#include "core/report/RecommendationTracker.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/core/report/StatsDemoFixture.h"
#include "tests/support/VaultFixture.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace vigil;
using namespace vigil::report;
using test::must;

namespace {

// A recommendation as the tracker should describe it, put together from the
// repositories one record at a time.
struct Want
{
    Recommendation r;
    qint64 date = 0;
    Place place;
    QSet<QString> themes;
    QString response, check;
    QString root;
    int repetitions = 0;
    QList<RecommendationEvent> events;
};

QString latest(const QList<RecommendationEvent>& events, const char* kind)
{
    const RecommendationEvent* best = nullptr;
    for (const RecommendationEvent& e : events) {
        if (e.kind == QLatin1StringView(kind) && (!best || e.at >= best->at))
            best = &e;
    }
    return best ? best->status : QString();
}

QList<Want> everyRecommendation(RecordContext& ctx)
{
    const QHash<QString, Place> places = test::placesById(ctx);
    RecommendationRepository recs(ctx);
    QList<Want> out;
    for (const Visit& v : test::allVisits(ctx)) {
        if (!places.contains(v.placeId))
            continue;
        for (const Recommendation& r : must(recs.listForVisit(v.id))) {
            Want w{r, test::dateOf(ctx, v), places[v.placeId], {}, {}, {}, r.id, 0, {}};
            for (const Finding& f : must(recs.findings(r.id)))
                w.themes.insert(f.category);
            w.events = must(RecommendationLifecycle(ctx).history(r.id));
            w.response = latest(w.events, "response");
            w.check = latest(w.events, "implementation_check");
            for (QString up = r.repeatedFrom; !up.isEmpty(); up = must(recs.get(up)).repeatedFrom) {
                w.root = up;
                ++w.repetitions;
            }
            out.append(w);
        }
    }
    return out;
}

QStringList idsOf(const QList<TrackerRow>& rows)
{
    QStringList ids;
    for (const TrackerRow& row : rows)
        ids.append(row.recommendation.id);
    return ids;
}

// Ids of the expected rows that pass `keep`, drafts left out as documented.
QSet<QString> expectedIds(const QList<Want>& all, const std::function<bool(const Want&)>& keep)
{
    QSet<QString> ids;
    for (const Want& w : all)
        if (w.r.status != u"draft" && keep(w))
            ids.insert(w.r.id);
    return ids;
}

QSet<QString> trackerIds(RecommendationTracker& tracker, const TrackerFilter& filter)
{
    const TrackerPage page = must(tracker.query(filter));
    const QStringList ids = idsOf(page.rows);
    CHECK(page.total == ids.size());
    CHECK(QSet<QString>(ids.begin(), ids.end()).size() == ids.size()); // no row twice
    return QSet<QString>(ids.begin(), ids.end());
}

// Whole words of the text that start with `prefix`, as the search index matches them.
bool hasWordStarting(const QString& text, const QString& prefix)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(), [&](const QString& word) {
        return word.startsWith(prefix, Qt::CaseInsensitive);
    });
}

} // namespace

// One test case with sections: the demo vault is generated once per process.
TEST_CASE("The tracker lists the demo's recommendations as the records describe them",
          "[report][tracker]")
{
    test::StatsDemo& demo = test::StatsDemo::shared();
    RecommendationTracker tracker(demo.records());
    const QList<Want> all = everyRecommendation(demo.records());
    QHash<QString, Want> byId;
    for (const Want& w : all)
        byId.insert(w.r.id, w);
    const auto any = [](const Want&) {
        return true;
    };

    SECTION("Every issued recommendation, once, with its place, themes, steps and chain")
    {
        const TrackerPage page = must(tracker.query({}));
        const QStringList ids = idsOf(page.rows);
        CHECK(QSet<QString>(ids.begin(), ids.end()) == expectedIds(all, any));
        CHECK(ids.size() == expectedIds(all, any).size());
        CHECK(page.total > 40);
        int repeated = 0, answered = 0, checked = 0;
        for (const TrackerRow& row : page.rows) {
            const Want& w = byId[row.recommendation.id];
            INFO(row.recommendation.id.toStdString());
            CHECK(row.recommendation.text == w.r.text);
            CHECK(row.recommendation.status == w.r.status);
            CHECK(row.recommendation.number == w.r.number);
            CHECK(row.visitDate == w.date);
            CHECK(row.placeId == w.place.id);
            CHECK(row.placeName == w.place.name);
            CHECK(row.placeType == w.place.type);
            CHECK(row.authority == w.place.authority);
            CHECK(QSet<QString>(row.themes.begin(), row.themes.end()) == w.themes);
            CHECK(row.themes.size() == w.themes.size());
            CHECK(row.response.status == w.response);
            CHECK(row.check.status == w.check);
            CHECK(row.firstVersionId == w.root);
            CHECK(row.repetitions == w.repetitions);
            repeated += row.repetitions > 0;
            answered += !row.response.status.isEmpty();
            checked += !row.check.status.isEmpty();
        }
        CHECK(repeated > 0);
        CHECK(answered > 0);
        CHECK(checked > 0);
        // Visit order by default, then numbers.
        for (qsizetype i = 1; i < page.rows.size(); ++i)
            CHECK(page.rows[i - 1].visitDate <= page.rows[i].visitDate);
    }

    SECTION("Each filter against the same question asked of the records")
    {
        TrackerFilter open;
        for (const char* s : RecommendationLifecycle::openStatuses())
            open.statuses.append(QString::fromLatin1(s));
        const QSet<QString> openIds = expectedIds(
            all, [](const Want& w) { return RecommendationLifecycle::isOpen(w.r.status); });
        CHECK(trackerIds(tracker, open) == openIds);
        CHECK_FALSE(openIds.isEmpty());

        TrackerFilter drafts;
        drafts.statuses = {QStringLiteral("draft")};
        QSet<QString> draftIds;
        for (const Want& w : all)
            if (w.r.status == u"draft")
                draftIds.insert(w.r.id);
        CHECK(trackerIds(tracker, drafts) == draftIds);

        TrackerFilter ministry;
        ministry.addressees = {QStringLiteral("ministry"), QStringLiteral("legislature")};
        const QSet<QString> ministryIds = expectedIds(all, [](const Want& w) {
            return w.r.addressee == u"ministry" || w.r.addressee == u"legislature";
        });
        CHECK(trackerIds(tracker, ministry) == ministryIds);
        CHECK_FALSE(ministryIds.isEmpty());

        const QStringList authorities = must(tracker.authorities());
        REQUIRE(authorities.size() >= 2);
        for (const QString& authority : authorities) {
            TrackerFilter byAuthority;
            byAuthority.authority = authority;
            CHECK(trackerIds(tracker, byAuthority) ==
                  expectedIds(all, [&](const Want& w) { return w.place.authority == authority; }));
        }

        for (const char* category : vocab::kFindingCategories) {
            INFO(category);
            TrackerFilter theme;
            theme.categories = {QString::fromLatin1(category)};
            CHECK(trackerIds(tracker, theme) == expectedIds(all, [&](const Want& w) {
                      return w.themes.contains(QString::fromLatin1(category));
                  }));
        }

        TrackerFilter custody;
        custody.placeTypes = {QStringLiteral("police_custody"), QStringLiteral("prison")};
        const QSet<QString> custodyIds = expectedIds(all, [](const Want& w) {
            return w.place.type == u"police_custody" || w.place.type == u"prison";
        });
        CHECK(trackerIds(tracker, custody) == custodyIds);
        CHECK_FALSE(custodyIds.isEmpty());

        const QString somePlace = all.first().place.id;
        TrackerFilter onePlace;
        onePlace.placeId = somePlace;
        CHECK(trackerIds(tracker, onePlace) ==
              expectedIds(all, [&](const Want& w) { return w.place.id == somePlace; }));

        int firstYear = 9999;
        for (const Want& w : all)
            firstYear = std::min(firstYear, test::localYear(w.date));
        TrackerFilter years;
        years.fromYear = firstYear + 1;
        years.toYear = firstYear + 1;
        const QSet<QString> yearIds = expectedIds(
            all, [&](const Want& w) { return test::localYear(w.date) == firstYear + 1; });
        CHECK(trackerIds(tracker, years) == yearIds);
        CHECK_FALSE(yearIds.isEmpty());
        TrackerFilter since;
        since.fromYear = firstYear + 1;
        CHECK(trackerIds(tracker, since) == expectedIds(all, [&](const Want& w) {
                  return test::localYear(w.date) >= firstYear + 1;
              }));

        for (const QString& word : {QStringLiteral("staff"), QStringLiteral("Regist")}) {
            INFO(word.toStdString());
            TrackerFilter text;
            text.text = word;
            const QSet<QString> textIds =
                expectedIds(all, [&](const Want& w) { return hasWordStarting(w.r.text, word); });
            CHECK(trackerIds(tracker, text) == textIds);
            CHECK_FALSE(textIds.isEmpty());
        }

        // Filters combine.
        TrackerFilter combined = open;
        combined.placeTypes = custody.placeTypes;
        combined.categories = {QStringLiteral("treatment"), QStringLiteral("protection")};
        CHECK(trackerIds(tracker, combined) == expectedIds(all, [&](const Want& w) {
                  return openIds.contains(w.r.id) && custodyIds.contains(w.r.id) &&
                         (w.themes.contains(QStringLiteral("treatment")) ||
                          w.themes.contains(QStringLiteral("protection")));
              }));

        TrackerFilter nothing;
        nothing.placeTypes = {QStringLiteral("transport")};
        nothing.text = QStringLiteral("zzzz");
        CHECK(must(tracker.query(nothing)).rows.isEmpty());
    }

    SECTION("Sorting by meaning, and pages that add up to the whole list")
    {
        TrackerFilter byPriority;
        byPriority.sort = TrackerFilter::Sort::Priority;
        byPriority.descending = true;
        const auto rank = [](const QString& priority) {
            const auto& p = vocab::kPriorities;
            return std::find_if(std::begin(p), std::end(p),
                                [&](const char* c) { return priority == QLatin1StringView(c); }) -
                   std::begin(p);
        };
        const QList<TrackerRow> prioritised = must(tracker.query(byPriority)).rows;
        REQUIRE(prioritised.size() > 2);
        CHECK(prioritised.first().recommendation.priority == u"urgent");
        for (qsizetype i = 1; i < prioritised.size(); ++i)
            CHECK(rank(prioritised[i - 1].recommendation.priority) >=
                  rank(prioritised[i].recommendation.priority));

        TrackerFilter byDeadline;
        byDeadline.sort = TrackerFilter::Sort::Deadline;
        const QList<TrackerRow> dated = must(tracker.query(byDeadline)).rows;
        bool undatedSeen = false;
        for (qsizetype i = 0; i < dated.size(); ++i) {
            const QDate d = dated[i].recommendation.deadline;
            if (d.isNull())
                undatedSeen = true;
            else
                CHECK_FALSE(undatedSeen); // no deadline: last
            if (i > 0 && !d.isNull() && !dated[i - 1].recommendation.deadline.isNull())
                CHECK(dated[i - 1].recommendation.deadline <= d);
        }

        TrackerFilter byPlace;
        byPlace.sort = TrackerFilter::Sort::Place;
        const QStringList everything = idsOf(must(tracker.query(byPlace)).rows);
        QStringList paged;
        qint64 total = 0;
        for (byPlace.limit = 7; byPlace.offset < everything.size(); byPlace.offset += 7) {
            const TrackerPage page = must(tracker.query(byPlace));
            CHECK(page.rows.size() <= 7);
            total = page.total;
            paged += idsOf(page.rows);
        }
        CHECK(paged == everything);
        CHECK(total == everything.size());
        byPlace.offset = everything.size() + 10; // past the end: no rows, the total still known
        const TrackerPage beyond = must(tracker.query(byPlace));
        CHECK(beyond.rows.isEmpty());
        CHECK(beyond.total == everything.size());
    }

    SECTION("The history of a repeated recommendation spans its versions")
    {
        const auto repeated =
            std::find_if(all.begin(), all.end(), [](const Want& w) { return w.repetitions > 0; });
        REQUIRE(repeated != all.end());
        const RecommendationHistory history = must(tracker.history(repeated->r.id));
        REQUIRE(history.versions.size() >= 2);
        CHECK(history.versions.first().recommendation.id == repeated->root);
        qsizetype events = 0;
        for (const RecommendationSummary& version : history.versions) {
            CHECK(byId.contains(version.recommendation.id));
            events += byId[version.recommendation.id].events.size();
        }
        CHECK(history.events.size() == events);
        for (qsizetype i = 1; i < history.events.size(); ++i)
            CHECK(history.events[i - 1].at <= history.events[i].at);
        // From the first version, the same story.
        CHECK(must(tracker.history(repeated->root)).events.size() == events);
    }
}

TEST_CASE("The tracker leaves out what was deleted", "[report][tracker]")
{
    test::VaultFixture f;
    RecordContext& ctx = f.records();
    const QString place = test::seedPlace(ctx);
    const QString gonePlace = test::seedPlace(ctx, "Closed Police Station");
    const QString visit = test::seedVisit(ctx, place, 30);
    const QString goneVisit = test::seedVisit(ctx, place, 60);
    const QString otherVisit = test::seedVisit(ctx, gonePlace, 90);
    RecommendationRepository recs(ctx);
    RecommendationLifecycle life(ctx);
    FindingRepository findings(ctx);
    const auto issue = [&](const QString& visitId) {
        Recommendation r;
        r.visitId = visitId;
        r.text = QStringLiteral("Keep the custody register complete.");
        r.addressee = QStringLiteral("facility_management");
        const QString id = must(recs.create(r));
        RecommendationLifecycle::Step step;
        step.to = QStringLiteral("issued");
        REQUIRE(life.apply(id, step).ok());
        return id;
    };
    const QString kept = issue(visit);
    Finding finding;
    finding.visitId = visit;
    finding.category = QStringLiteral("protection");
    finding.title = QStringLiteral("Register gaps");
    const QString findingId = must(findings.create(finding));
    REQUIRE(recs.linkFinding(kept, findingId).ok());
    issue(goneVisit);
    issue(otherVisit);

    RecommendationTracker tracker(ctx);
    CHECK(must(tracker.query({})).total == 3);
    CHECK(must(tracker.query({})).rows.first().themes == QStringList{QStringLiteral("protection")});

    auto tx = ctx.beginWrite();
    REQUIRE(tx.ok());
    REQUIRE(tx->remove(catalog::kVisit, goneVisit).ok());
    REQUIRE(tx->remove(catalog::kPlace, gonePlace).ok());
    REQUIRE(tx->commit().ok());
    REQUIRE(findings.remove(findingId).ok());

    const TrackerPage page = must(tracker.query({}));
    REQUIRE(page.rows.size() == 1);
    CHECK(page.total == 1);
    CHECK(page.rows.first().recommendation.id == kept);
    CHECK(page.rows.first().themes.isEmpty());
    TrackerFilter theme;
    theme.categories = {QStringLiteral("protection")};
    CHECK(must(tracker.query(theme)).rows.isEmpty());
}

TEST_CASE("With years set, the tracker finds visits through the visit date index",
          "[report][tracker]")
{
    test::VaultFixture f;
    TrackerFilter filter;
    filter.statuses = {QStringLiteral("issued"), QStringLiteral("accepted")};
    filter.fromYear = 2020;
    filter.toYear = 2024;
    auto plan =
        f.db().prepare(("EXPLAIN QUERY PLAN " + RecommendationTracker::sqlFor(filter)).constData());
    REQUIRE(plan.ok());
    QString detail;
    while (must(plan->step()))
        detail += plan->columnText(3) + QLatin1Char('\n');
    INFO(detail.toStdString());
    CHECK(detail.contains(QStringLiteral("USING INDEX visit_date")));
}
