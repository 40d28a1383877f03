#pragma once

#include "core/model/Consent.h"
#include "core/model/Interview.h"
#include "core/report/ReportDocument.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {
class Database;
}

namespace vigil::report {

// Whether an interviewee's words (a quote, a photo the interview owns) may
// appear in a report of a given kind (DOMAIN.md §4.1, §4.3, §4.4):
//
//   consent            internal    authorities              public
//   withdrawn          removed     removed                  removed
//   none, or neither   removed     removed                  removed
//   quote_anonymously
//   nor use_name
//   quote_anonymously  allowed     allowed; a warning if    allowed unless the
//   or use_name                    the reprisal risk is     reprisal risk is high
//                                  high                     (then removed)
//
// Group interviews carry no confidentiality (§4.4) and may only consent to
// anonymous quotes, so the same table applies; their quotes are attributed
// to "a group interview". Quotes are never attributed by pseudonym or name,
// so use_name never adds a name to a report: it only counts as agreement to
// be quoted.
class QuoteConsent
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::QuoteConsent)
public:
    struct Verdict
    {
        enum class Outcome
        {
            Allowed,
            Warning,
            Removed
        };
        Outcome outcome = Outcome::Allowed;
        QString code;    // empty when allowed; else "quote_without_consent",
                         // "quote_consent_withdrawn" or "quote_reprisal_risk"
        QString message; // translated
    };

    static Verdict check(const Consent& consent, const Interview& interview, Kind kind);
    // The same for a stored interview; a deleted or unknown one has no consent.
    static Result<Verdict> check(Database& db, const QString& interviewId, Kind kind);
};

} // namespace vigil::report
