#include "core/repo/EntityCatalog.h"
#include "core/repo/WriteTx.h"
#include "core/search/SearchService.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QDateTime>

using namespace vigil;

namespace {

struct SearchFixture : test::VaultFixture
{
    QString northPlace, southPlace, northVisit2024, northVisit2026, southVisit;
    QString findingId, observationId, interviewId, recommendationId, registerId, accessId;

    QString insert(const EntitySpec& spec, const FieldValues& values)
    {
        auto tx = records().beginWrite();
        REQUIRE(tx.ok());
        auto id = tx->insert(spec, values);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        REQUIRE(tx->commit().ok());
        return *id;
    }
    QString visit(const QString& place, int year)
    {
        const qint64 start = QDateTime(QDate(year, 3, 10), QTime(9, 0)).toMSecsSinceEpoch();
        return insert(catalog::kVisit, {{"place_id", place},
                                        {"type", QStringLiteral("in_depth")},
                                        {"unannounced", true},
                                        {"planned_start", start},
                                        {"state", QStringLiteral("on_site")}});
    }

    SearchFixture()
    {
        northPlace = insert(catalog::kPlace, {{"name", QStringLiteral("North Ridge Prison")},
                                              {"type", QStringLiteral("prison")},
                                              {"operator", QStringLiteral("public")}});
        southPlace = insert(catalog::kPlace, {{"name", QStringLiteral("South Bay Police Station")},
                                              {"type", QStringLiteral("police_custody")},
                                              {"operator", QStringLiteral("public")}});
        northVisit2024 = visit(northPlace, 2024);
        northVisit2026 = visit(northPlace, 2026);
        southVisit = visit(southPlace, 2026);
        findingId = insert(catalog::kFinding,
                           {{"visit_id", northVisit2026},
                            {"category", QStringLiteral("material_conditions")},
                            {"title", QStringLiteral("Overcrowded cells in block C")},
                            {"facts", QStringLiteral("Cells built for two held five detainees.")},
                            {"severity", QStringLiteral("high")}});
        observationId = insert(catalog::kObservation,
                               {{"visit_id", northVisit2024},
                                {"kind", QStringLiteral("observation")},
                                {"title", QStringLiteral("Exercise yard")},
                                {"notes", QStringLiteral("The yard has no shade and no water tap.")}});
        interviewId = insert(catalog::kInterview,
                             {{"visit_id", southVisit},
                              {"kind", QStringLiteral("individual_private")},
                              {"without_witnesses", true},
                              {"interpreter", QStringLiteral("none")},
                              {"pseudonym", QStringLiteral("D-01")},
                              {"reprisal_risk", QStringLiteral("medium")},
                              {"chosen_by", QStringLiteral("team")}});
        // Notes come only after consent (the gate holds for every writer).
        insert(catalog::kConsentRecord, {{"interview_id", interviewId},
                                         {"scopes", QStringLiteral("aggregate_only")},
                                         {"recorded_at", QDateTime::currentMSecsSinceEpoch()}});
        {
            auto tx = records().beginWrite();
            REQUIRE(tx->update(catalog::kInterview, interviewId,
                               {{"notes", QStringLiteral("Reports being handcuffed overnight.")}})
                        .ok());
            REQUIRE(tx->commit().ok());
        }
        recommendationId = insert(catalog::kRecommendation,
                                  {{"visit_id", northVisit2026},
                                   {"number", 1},
                                   {"text", QStringLiteral("Install drinking-water taps in every yard.")},
                                   {"addressee", QStringLiteral("facility_management")},
                                   {"level", QStringLiteral("place")},
                                   {"priority", QStringLiteral("high")},
                                   {"status", QStringLiteral("draft")}});
        registerId = insert(catalog::kRegisterCheck,
                            {{"visit_id", southVisit},
                             {"register_type", QStringLiteral("custody")},
                             {"notes", QStringLiteral("Release times missing for three entries.")}});
        accessId = insert(catalog::kAccessEvent,
                          {{"visit_id", southVisit},
                           {"kind", QStringLiteral("delay")},
                           {"occurred_at", QDateTime::currentMSecsSinceEpoch()},
                           {"description", QStringLiteral("Gatekeeper phoned headquarters first.")}});
    }

    QList<SearchHit> find(SearchQuery q)
    {
        auto hits = SearchService(db()).search(q);
        REQUIRE(hits.ok());
        return *hits;
    }
    QList<SearchHit> find(const char* text) { return find(SearchQuery{QString::fromUtf8(text)}); }
};

bool containsId(const QList<SearchHit>& hits, const QString& id)
{
    return std::any_of(hits.begin(), hits.end(), [&id](const SearchHit& h) { return h.entityId == id; });
}

} // namespace

TEST_CASE("search finds text in every searchable kind of record", "[search]")
{
    SearchFixture f;
    CHECK(containsId(f.find("overcrowded"), f.findingId));
    CHECK(containsId(f.find("detainees"), f.findingId)); // facts, not only the title
    CHECK(containsId(f.find("shade"), f.observationId));
    CHECK(containsId(f.find("handcuffed"), f.interviewId));
    CHECK(containsId(f.find("drinking"), f.recommendationId));
    CHECK(containsId(f.find("release times"), f.registerId));
    CHECK(containsId(f.find("gatekeeper"), f.accessId));
    const auto hits = f.find("overcrow"); // prefix of the last word
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().placeName == QStringLiteral("North Ridge Prison"));
    CHECK(hits.first().snippet.contains(SearchHit::kMatchStart));
}

TEST_CASE("search filters by place, date, category and kind", "[search]")
{
    SearchFixture f;
    SearchQuery q{QStringLiteral("water")}; // the 2024 observation and the 2026 recommendation
    CHECK(f.find(q).size() == 2);
    q.from = QDate(2025, 1, 1);
    CHECK(f.find(q).size() == 1);
    CHECK(containsId(f.find(q), f.recommendationId));
    q.from = {};
    q.to = QDate(2024, 12, 31);
    CHECK(containsId(f.find(q), f.observationId));
    CHECK(f.find(q).size() == 1);

    SearchQuery byPlace{QStringLiteral("handcuffed")};
    byPlace.placeId = f.northPlace;
    CHECK(f.find(byPlace).isEmpty());
    byPlace.placeId = f.southPlace;
    CHECK(f.find(byPlace).size() == 1);

    SearchQuery byCategory{QStringLiteral("cells")};
    byCategory.category = QStringLiteral("material_conditions");
    CHECK(f.find(byCategory).size() == 1);
    byCategory.category = QStringLiteral("treatment");
    CHECK(f.find(byCategory).isEmpty());

    SearchQuery byKind{QStringLiteral("water")};
    byKind.entities = {QStringLiteral("observation")};
    CHECK(f.find(byKind).size() == 1);
}

TEST_CASE("the index follows edits and deletions", "[search]")
{
    SearchFixture f;
    {
        auto tx = f.records().beginWrite();
        REQUIRE(tx->update(catalog::kObservation, f.observationId,
                           {{"notes", QStringLiteral("Shelter was added since the last visit.")}})
                    .ok());
        REQUIRE(tx->commit().ok());
    }
    CHECK(f.find("shade").isEmpty());
    CHECK(containsId(f.find("shelter"), f.observationId));
    {
        auto tx = f.records().beginWrite();
        REQUIRE(tx->remove(catalog::kFinding, f.findingId).ok());
        REQUIRE(tx->commit().ok());
    }
    CHECK(f.find("overcrowded").isEmpty());
    CHECK(f.count("SELECT count(*) FROM search_doc") == f.count("SELECT count(*) FROM search_index"));
}

TEST_CASE("search text is never parsed as FTS5 syntax", "[search]")
{
    SearchFixture f;
    for (const char* odd : {"\"", "AND", "OR NOT", "NEAR(", "cells\" OR \"", "*", "col:x", "(((", "-"}) {
        auto hits = SearchService(f.db()).search(SearchQuery{QString::fromUtf8(odd)});
        INFO(odd);
        CHECK(hits.ok());
    }
    CHECK(f.find("").isEmpty());
    CHECK(SearchQuery::toFtsExpression(QStringLiteral("block \"C")) == QStringLiteral("\"block\" \"C\"*"));
}
