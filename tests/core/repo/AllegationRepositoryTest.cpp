#include "core/repo/AllegationRepository.h"

#include "tests/core/repo/InterviewFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using Fixture = test::InterviewFixture;

namespace {

Allegation heard(const Fixture& f, const QString& interviewId)
{
    Allegation a;
    a.visitId = f.visit;
    a.interviewId = interviewId;
    a.summary = QStringLiteral("Punched by two officers in the reception area.");
    return a;
}

ReprisalAllegation reprisal(const QString& visitId, const QString& pseudonym, const char* on)
{
    ReprisalAllegation r;
    r.visitId = visitId;
    r.pseudonym = pseudonym;
    r.what = QStringLiteral("Moved to segregation the day after the visit.");
    r.occurredOn = QString::fromLatin1(on);
    return r;
}

} // namespace

TEST_CASE("an allegation from an interview needs consent; acting on it needs more", "[allegation]")
{
    Fixture f;
    AllegationRepository allegations(f.records());
    const QString noConsent = f.create();
    REQUIRE_REFUSED(allegations.create(heard(f, noConsent)), ErrorKind::Validation);

    const QString anonymous = f.consented({});
    auto id = allegations.create(heard(f, anonymous));
    REQUIRE_OK(id);
    Allegation a = *allegations.get(*id);
    CHECK(a.summary == heard(f, anonymous).summary);
    CHECK_FALSE(a.consentToAct);
    a.consentToAct = true;
    REQUIRE_REFUSED(allegations.update(a), ErrorKind::Validation);
    a.consentToAct = false;
    a.referral = QStringLiteral("Public prosecutor");
    REQUIRE_REFUSED(allegations.update(a), ErrorKind::Validation);

    const QString acting = f.consented({QStringLiteral("share_with_authorities")});
    Allegation b = heard(f, acting);
    b.consentToAct = true;
    b.referral = QStringLiteral("Public prosecutor");
    b.medicalConsistency = QStringLiteral("highly_consistent");
    auto bid = allegations.create(b);
    REQUIRE_OK(bid);
    CHECK(allegations.get(*bid)->medicalConsistency == QStringLiteral("highly_consistent"));
    b.id = *bid;
    b.medicalConsistency = QStringLiteral("probably");
    REQUIRE_REFUSED(allegations.update(b), ErrorKind::Validation); // not on the Istanbul scale
    CHECK(allegations.forVisit(f.visit)->size() == 2);
}

TEST_CASE("allegations link only to interviews of their visit", "[allegation]")
{
    Fixture f;
    AllegationRepository allegations(f.records());
    Interview elsewhere = f.sample();
    elsewhere.visitId = f.otherVisit;
    elsewhere.unitId.clear();
    const QString other = f.create(elsewhere);
    REQUIRE_OK(f.interviews.recordConsent(other, {}));
    REQUIRE_REFUSED(allegations.create(heard(f, other)), ErrorKind::Validation);
    // Without an interview (a document, a register), no consent rule applies.
    auto standalone = allegations.create(heard(f, QString()));
    REQUIRE_OK(standalone);
    REQUIRE_OK(allegations.remove(*standalone));
    CHECK(allegations.get(*standalone).error().kind == ErrorKind::NotFound);
}

TEST_CASE("reprisal allegations stay with coordinators and name people by code", "[allegation]")
{
    Fixture f;
    AllegationRepository allegations(f.records());
    const QString interview = f.create();
    const QString code = f.interviews.get(interview)->pseudonym;

    REQUIRE_REFUSED(allegations.createReprisal(reprisal(f.visit, QStringLiteral("Amina K."), "")),
                    ErrorKind::Validation);
    const QString unused =
        code == QStringLiteral("D-01") ? QStringLiteral("D-02") : QStringLiteral("D-01");
    REQUIRE_REFUSED(allegations.createReprisal(reprisal(f.visit, unused, "")),
                    ErrorKind::Validation);
    auto first = allegations.createReprisal(reprisal(f.visit, code, "2026-03-02"));
    REQUIRE_OK(first);
    auto later =
        allegations.createReprisal(reprisal(QString(), QStringLiteral("S-04"), "2026-05-10"));
    REQUIRE_OK(later);
    auto undated = allegations.createReprisal(reprisal(f.visit, code, ""));
    REQUIRE_OK(undated);
    CHECK(f.count("SELECT count(*) FROM reprisal_allegation WHERE scope = 'coordinator'") == 3);
    CHECK(f.count("SELECT count(*) FROM change_op WHERE entity = 'reprisal_allegation' "
                  "AND scope <> 'coordinator'") == 0);

    // Not around the repository either.
    REQUIRE_REFUSED(f.tryInsert(catalog::kReprisalAllegation,
                                {{"pseudonym", code}, {"what", QStringLiteral("Threatened.")}},
                                "team"),
                    ErrorKind::Validation);
    ReprisalAllegation edited = *allegations.reprisal(*first);
    edited.pseudonym = QStringLiteral("Amina K.");
    REQUIRE_REFUSED(allegations.updateReprisal(edited), ErrorKind::Validation);
    edited.pseudonym = code;
    edited.assessment = QStringLiteral("Credible; corroborated by the segregation register.");
    edited.actions = QStringLiteral("Raised with the director; follow-up visit planned.");
    REQUIRE_OK(allegations.updateReprisal(edited));

    auto reg = allegations.reprisalRegister();
    REQUIRE_OK(reg);
    REQUIRE(reg->size() == 3);
    CHECK(reg->at(0).id == *later);
    CHECK(reg->at(1).id == *first);
    CHECK(reg->at(1).placeName == QStringLiteral("North Ridge Remand Centre"));
    CHECK(reg->at(1).assessment == edited.assessment);
    CHECK(reg->at(2).id == *undated);
    REQUIRE_OK(allegations.removeReprisal(*undated));
    CHECK(allegations.reprisalRegister()->size() == 2);
}
