#include "core/report/QuoteConsent.h"

#include "tests/core/report/ReportFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

using Outcome = QuoteConsent::Verdict::Outcome;

Consent given(const QStringList& scopes)
{
    Consent c;
    c.state = Consent::State::Given;
    c.scopes = scopes;
    c.scopes.append(QStringLiteral("aggregate_only"));
    return c;
}

Interview person(const char* risk)
{
    Interview i;
    i.kind = QStringLiteral("individual_private");
    i.reprisalRisk = QString::fromLatin1(risk);
    return i;
}

} // namespace

TEST_CASE("QuoteConsent: the table of consent scopes and report kinds", "[report]")
{
    const Consent anonymous = given({QStringLiteral("quote_anonymously")});
    const Consent named = given({QStringLiteral("use_name")});
    const Consent aggregate = given({});
    const Consent authoritiesOnly = given({QStringLiteral("share_with_authorities")});
    Consent withdrawn = anonymous;
    withdrawn.state = Consent::State::Withdrawn;

    for (Kind kind : test::allKinds()) {
        INFO(kindCode(kind).toStdString());
        CHECK(QuoteConsent::check(anonymous, person("low"), kind).outcome == Outcome::Allowed);
        CHECK(QuoteConsent::check(named, person("medium"), kind).outcome == Outcome::Allowed);
        for (const Consent* none : {&aggregate, &authoritiesOnly}) {
            const auto v = QuoteConsent::check(*none, person("low"), kind);
            CHECK(v.outcome == Outcome::Removed);
            CHECK(v.code == QStringLiteral("quote_without_consent"));
        }
        CHECK(QuoteConsent::check(Consent{}, person("low"), kind).code ==
              QStringLiteral("quote_without_consent"));
        const auto w = QuoteConsent::check(withdrawn, person("low"), kind);
        CHECK(w.outcome == Outcome::Removed);
        CHECK(w.code == QStringLiteral("quote_consent_withdrawn"));
        CHECK_FALSE(w.message.isEmpty());
    }
    CHECK(QuoteConsent::check(anonymous, person("high"), Kind::InternalNotes).outcome ==
          Outcome::Allowed);
    CHECK(QuoteConsent::check(anonymous, person("high"), Kind::Authorities).outcome ==
          Outcome::Warning);
    CHECK(QuoteConsent::check(anonymous, person("high"), Kind::Public).outcome == Outcome::Removed);
    CHECK(QuoteConsent::check(anonymous, person("high"), Kind::Public).code ==
          QStringLiteral("quote_reprisal_risk"));
}

TEST_CASE("QuoteConsent: a stored interview's consent in force", "[report]")
{
    test::ReportFixture f;
    const QString id = f.consented({QStringLiteral("quote_anonymously")});
    auto v = QuoteConsent::check(f.db(), id, Kind::Public);
    REQUIRE_OK(v);
    CHECK(v->outcome == Outcome::Allowed);
    REQUIRE_OK(f.interviews.withdrawConsent(id));
    v = QuoteConsent::check(f.db(), id, Kind::InternalNotes);
    REQUIRE_OK(v);
    CHECK(v->code == QStringLiteral("quote_consent_withdrawn"));
    // A deleted interview has no consent to speak of.
    const QString gone = f.consented({QStringLiteral("quote_anonymously")});
    REQUIRE_OK(f.interviews.remove(gone));
    v = QuoteConsent::check(f.db(), gone, Kind::InternalNotes);
    REQUIRE_OK(v);
    CHECK(v->code == QStringLiteral("quote_without_consent"));
}
