#include "core/repo/RecommendationLifecycle.h"

#include "core/model/Vocabulary.h"
#include "core/repo/RecommendationQueries.h"
#include "core/repo/RecommendationRepository.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <map>
#include <set>
#include <string>

using namespace vigil;

namespace {

using Step = RecommendationLifecycle::Step;

// The documented table (RecommendationLifecycle.h), written out independently.
const std::set<std::string> kChecks = {"not_implemented", "in_progress", "partly_implemented",
                                       "implemented"};
std::set<std::string> with(std::set<std::string> a, const std::set<std::string>& b)
{
    a.insert(b.begin(), b.end());
    return a;
}
const std::map<std::string, std::set<std::string>> kAllowed = {
    {"draft", {"issued"}},
    {"issued", with({"accepted", "partly_accepted", "rejected"}, kChecks)},
    {"accepted", with({"partly_accepted", "rejected"}, kChecks)},
    {"partly_accepted", with({"accepted", "rejected"}, kChecks)},
    {"rejected", with({"accepted", "partly_accepted"}, kChecks)},
    {"not_implemented", with({"closed", "reissued"}, kChecks)},
    {"in_progress", with({"closed", "reissued"}, kChecks)},
    {"partly_implemented", with({"closed", "reissued"}, kChecks)},
    {"implemented", with({"closed"}, kChecks)},
    {"closed", {}},
    {"reissued", {}},
};

// How to reach each status from a new draft (the checks on visit 2).
const std::map<std::string, std::vector<std::string>> kPath = {
    {"draft", {}},
    {"issued", {"issued"}},
    {"accepted", {"issued", "accepted"}},
    {"partly_accepted", {"issued", "partly_accepted"}},
    {"rejected", {"issued", "rejected"}},
    {"not_implemented", {"issued", "not_implemented"}},
    {"in_progress", {"issued", "in_progress"}},
    {"partly_implemented", {"issued", "partly_implemented"}},
    {"implemented", {"issued", "implemented"}},
    {"closed", {"issued", "implemented", "closed"}},
    {"reissued", {"issued", "not_implemented", "reissued"}},
};

struct Scene
{
    test::VaultFixture f;
    QString place = test::seedPlace(f.records());
    QString visit1 = test::seedVisit(f.records(), place, 10);
    QString visit2 = test::seedVisit(f.records(), place, 200);
    QString visit3 = test::seedVisit(f.records(), place, 400);
    RecommendationRepository recs{f.records()};
    RecommendationLifecycle life{f.records()};

    QString create(const QString& visitId)
    {
        Recommendation r;
        r.visitId = visitId;
        r.text = QStringLiteral("Ensure a doctor sees every new arrival within 24 hours.");
        r.addressee = QStringLiteral("supervising_authority");
        auto id = recs.create(r);
        REQUIRE(id.ok());
        return *id;
    }
    Step step(const std::string& to, const QString& visitId) const
    {
        Step s;
        s.to = QString::fromStdString(to);
        s.visitId = visitId;
        s.evidence = QStringLiteral("Medical register, March: 41 of 44 seen on day one.");
        s.note = QStringLiteral("Checked with the head of health care.");
        return s;
    }
};

} // namespace

TEST_CASE("every lifecycle transition is allowed or refused as documented", "[recommendation]")
{
    Scene s;
    for (const char* fromCode : vocab::kRecommendationStatuses) {
        const std::string from = fromCode;
        REQUIRE(kAllowed.count(from) == 1);
        for (const char* toCode : vocab::kRecommendationStatuses) {
            const std::string to = toCode;
            INFO(from << " -> " << to);
            const bool expected = kAllowed.at(from).count(to) == 1;
            CHECK(RecommendationLifecycle::allowed(QString::fromStdString(from),
                                                   QString::fromStdString(to)) == expected);

            const QString id = s.create(s.visit1);
            for (const std::string& via : kPath.at(from))
                REQUIRE(s.life.apply(id, s.step(via, s.visit2)).ok());
            REQUIRE(s.recs.get(id)->status == QString::fromStdString(from));
            const qint64 ops = s.f.count("SELECT count(*) FROM change_op");
            const qsizetype events = s.life.history(id)->size();

            auto result = s.life.apply(id, s.step(to, s.visit3));
            CHECK(result.ok() == expected);
            auto history = s.life.history(id);
            REQUIRE(history.ok());
            if (expected) {
                CHECK(s.recs.get(id)->status == QString::fromStdString(to));
                REQUIRE(history->size() == events + 1);
                CHECK(history->last().status == QString::fromStdString(to));
                CHECK(history->last().kind == QLatin1StringView(RecommendationLifecycle::eventKind(
                                                  QString::fromStdString(to))));
            } else {
                REQUIRE_FALSE(result.ok());
                CHECK(result.error().kind == ErrorKind::Validation);
                CHECK(result.error().message.contains(QString::fromStdString(from)));
                CHECK(result.error().message.contains(QString::fromStdString(to)));
                CHECK(s.recs.get(id)->status == QString::fromStdString(from));
                CHECK(history->size() == events);
                CHECK(s.f.count("SELECT count(*) FROM change_op") == ops);
            }
        }
    }
}

TEST_CASE("each step records an event in the same write", "[recommendation]")
{
    Scene s;
    const QString id = s.create(s.visit1);
    Step issue = s.step("issued", QString());
    issue.at = 1'706'745'600'000LL;
    REQUIRE(s.life.apply(id, issue).ok());
    Step reply = s.step("partly_accepted", QString());
    reply.at = 1'709'251'200'000LL; // the date of the authority's letter
    reply.evidence.clear();
    REQUIRE(s.life.apply(id, reply).ok());
    REQUIRE(s.life.apply(id, s.step("in_progress", s.visit2)).ok());

    auto history = s.life.history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).kind == QStringLiteral("issued"));
    CHECK(history->at(0).at == issue.at);
    CHECK(history->at(1).kind == QStringLiteral("response"));
    CHECK(history->at(1).status == QStringLiteral("partly_accepted"));
    CHECK(history->at(1).at == reply.at);
    CHECK(history->at(2).kind == QStringLiteral("implementation_check"));
    CHECK(history->at(2).visitId == s.visit2);
    CHECK(history->at(2).evidence.startsWith(QStringLiteral("Medical register")));
    // One status op and one event insert per step, one audit event each.
    CHECK(s.f.count("SELECT count(*) FROM change_op WHERE entity = 'recommendation' "
                    "AND field = 'status'") == 4); // the draft's own, then three
    CHECK(s.f.count("SELECT count(*) FROM audit_event WHERE entity = 'recommendation_event'") == 3);
}

TEST_CASE("an implementation check needs a later visit to the same place and evidence",
          "[recommendation]")
{
    Scene s;
    const QString otherPlace = test::seedPlace(s.f.records(), "Harbour Police Station");
    const QString foreignVisit = test::seedVisit(s.f.records(), otherPlace, 300);
    const QString earlier = test::seedVisit(s.f.records(), s.place, 1);
    const QString id = s.create(s.visit2);
    REQUIRE(s.life.apply(id, s.step("issued", QString())).ok());
    const qint64 ops = s.f.count("SELECT count(*) FROM change_op");

    auto refused = [&s, &id](const Step& step, const char* field) {
        auto result = s.life.apply(id, step);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::Validation);
        CHECK(result.error().message.contains(QString::fromLatin1(field)));
    };
    refused(s.step("implemented", QString()), "recommendation_event.visit_id");
    refused(s.step("implemented", foreignVisit), "recommendation_event.visit_id");
    refused(s.step("implemented", earlier), "recommendation_event.visit_id");
    refused(s.step("implemented", s.visit2), "recommendation_event.visit_id"); // its own visit
    Step noEvidence = s.step("implemented", s.visit3);
    noEvidence.evidence = QStringLiteral("  ");
    refused(noEvidence, "recommendation_event.evidence");
    CHECK(s.f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(s.recs.get(id)->status == QStringLiteral("issued"));
    REQUIRE(s.life.apply(id, s.step("implemented", s.visit3)).ok());
}

TEST_CASE("a reissue marks the old version and creates the linked new one", "[recommendation]")
{
    Scene s;
    const QString first = s.create(s.visit1);
    s.create(s.visit2); // visit 2 already has recommendation 1
    REQUIRE(s.life.apply(first, s.step("issued", QString())).ok());
    REQUIRE(s.life.apply(first, s.step("rejected", QString())).ok());
    REQUIRE(s.life.apply(first, s.step("not_implemented", s.visit2)).ok());
    auto noVisit = s.life.reissue(first, s.step("reissued", QString()));
    REQUIRE_FALSE(noVisit.ok());
    CHECK(noVisit.error().message.contains(QStringLiteral("recommendation_event.visit_id")));
    auto second = s.life.reissue(first, s.step("reissued", s.visit2));
    REQUIRE(second.ok());

    auto old = s.recs.get(first);
    CHECK(old->status == QStringLiteral("reissued"));
    CHECK(s.life.history(first)->last().kind == QStringLiteral("reissued"));
    CHECK(s.life.history(first)->last().visitId == s.visit2);
    auto copy = s.recs.get(*second);
    REQUIRE(copy.ok());
    CHECK(copy->visitId == s.visit2);
    CHECK(copy->number == 2);
    CHECK(copy->status == QStringLiteral("draft"));
    CHECK(copy->repeatedFrom == first);
    CHECK(copy->text == old->text);
    CHECK(copy->addressee == old->addressee);
    CHECK(copy->deadline.isNull());

    // A third version, then the chain from any of them.
    REQUIRE(s.life.apply(*second, s.step("issued", QString())).ok());
    REQUIRE(s.life.apply(*second, s.step("in_progress", s.visit3)).ok());
    auto third = s.life.reissue(*second, s.step("reissued", s.visit3));
    REQUIRE(third.ok());
    RecommendationQueries queries(s.f.records());
    for (const QString& from : {first, *second, *third}) {
        auto chain = queries.chain(from);
        REQUIRE(chain.ok());
        REQUIRE(chain->size() == 3);
        CHECK(chain->at(0).recommendation.id == first);
        CHECK(chain->at(1).recommendation.id == *second);
        CHECK(chain->at(2).recommendation.id == *third);
        CHECK(chain->at(0).visitDate < chain->at(2).visitDate);
    }
    CHECK(queries.chain(s.create(s.visit1))->size() == 1);
    // Reissuing again, or an implemented one, is refused.
    CHECK_FALSE(s.life.reissue(first, s.step("reissued", s.visit3)).ok());
}

TEST_CASE("open recommendations of a place, across its visits", "[recommendation]")
{
    Scene s;
    const QString otherPlace = test::seedPlace(s.f.records(), "Harbour Police Station");
    const QString foreign = s.create(test::seedVisit(s.f.records(), otherPlace, 20));
    REQUIRE(s.life.apply(foreign, s.step("issued", QString())).ok());

    // Visit 1: 1 issued, 2 implemented, 3 rejected, 4 draft, 5 closed, 6 reissued (-> visit 2).
    QStringList v1;
    for (int i = 0; i < 6; ++i)
        v1.append(s.create(s.visit1));
    for (const QString& id : v1.mid(0, 6))
        if (id != v1[3])
            REQUIRE(s.life.apply(id, s.step("issued", QString())).ok());
    REQUIRE(s.life.apply(v1[1], s.step("implemented", s.visit2)).ok());
    REQUIRE(s.life.apply(v1[2], s.step("rejected", QString())).ok());
    REQUIRE(s.life.apply(v1[4], s.step("implemented", s.visit2)).ok());
    REQUIRE(s.life.apply(v1[4], s.step("closed", QString())).ok());
    REQUIRE(s.life.apply(v1[5], s.step("partly_implemented", s.visit2)).ok());
    auto reissued = s.life.reissue(v1[5], s.step("reissued", s.visit2));
    REQUIRE(reissued.ok());
    // Visit 2: the reissued copy, issued; and one accepted.
    REQUIRE(s.life.apply(*reissued, s.step("issued", QString())).ok());
    const QString accepted = s.create(s.visit2);
    REQUIRE(s.life.apply(accepted, s.step("issued", QString())).ok());
    REQUIRE(s.life.apply(accepted, s.step("accepted", QString())).ok());
    // Visit 3: an in-progress check of an earlier one is not on visit 3; one draft, one issued.
    s.create(s.visit3);
    const QString v3 = s.create(s.visit3);
    REQUIRE(s.life.apply(v3, s.step("issued", QString())).ok());

    RecommendationQueries queries(s.f.records());
    auto open = queries.openForPlace(s.place);
    REQUIRE(open.ok());
    QStringList ids;
    for (const RecommendationSummary& r : *open) {
        CHECK(r.placeId == s.place);
        CHECK(RecommendationLifecycle::isOpen(r.recommendation.status));
        ids.append(r.recommendation.id);
    }
    CHECK(ids == QStringList{v1[0], v1[2], *reissued, accepted, v3});
    CHECK(open->at(0).recommendation.number == 1);
    CHECK(open->at(1).recommendation.number == 3);
    CHECK(open->at(0).visitDate < open->at(2).visitDate);
    CHECK(open->at(2).visitDate < open->at(4).visitDate);
    CHECK(queries.openForPlace(otherPlace)->size() == 1);
}
