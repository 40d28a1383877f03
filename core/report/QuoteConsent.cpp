#include "core/report/QuoteConsent.h"

#include "core/repo/RecordSafeguards.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil::report {

namespace {

using Outcome = QuoteConsent::Verdict::Outcome;

QuoteConsent::Verdict verdict(Outcome outcome, const char* code, const QString& message)
{
    return {outcome, QLatin1StringView(code), message};
}

} // namespace

QuoteConsent::Verdict QuoteConsent::check(const Consent& consent, const Interview& interview,
                                          Kind kind)
{
    if (consent.state == Consent::State::Withdrawn || interview.consentWithdrawn)
        return verdict(Outcome::Removed, "quote_consent_withdrawn",
                       tr("The interviewee withdrew consent: the quote was taken out."));
    if (!consent.allows("quote_anonymously") && !consent.allows("use_name"))
        return verdict(Outcome::Removed, "quote_without_consent",
                       tr("The interviewee did not agree to be quoted: the quote was taken out."));
    const bool highRisk = interview.reprisalRisk == u"high";
    if (highRisk && kind == Kind::Public)
        return verdict(Outcome::Removed, "quote_reprisal_risk",
                       tr("The interviewee is at high risk of reprisals: the quote was taken out "
                          "of the public summary."));
    if (highRisk && kind == Kind::Authorities)
        return verdict(Outcome::Warning, "quote_reprisal_risk",
                       tr("The interviewee is at high risk of reprisals, and the authorities "
                          "may recognise who said this."));
    return {};
}

Result<QuoteConsent::Verdict> QuoteConsent::check(Database& db, const QString& interviewId,
                                                  Kind kind)
{
    auto stmt = db.cached("SELECT reprisal_risk, consent_withdrawn, deleted FROM interview "
                          "WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, interviewId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool live = *row && (*stmt)->columnInt(2) == 0;
    Interview interview;
    interview.id = interviewId;
    if (live) {
        interview.reprisalRisk = (*stmt)->columnText(0);
        interview.consentWithdrawn = (*stmt)->columnInt(1) != 0;
    }
    (void)(*stmt)->reset();
    if (!live)
        return check(Consent{}, interview, kind);
    auto consent = RecordSafeguards::consentOf(db, interviewId);
    if (!consent)
        return consent.error();
    return check(*consent, interview, kind);
}

} // namespace vigil::report
