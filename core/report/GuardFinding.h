#pragma once

#include "core/report/ReportDocument.h"

#include <QList>
#include <QString>

namespace vigil::report {

// One thing the publication guard (DOMAIN.md §4.3, DESIGN.md §7) found in a
// report about to be exported.
struct GuardFinding
{
    enum class Severity {
        // Taken out of the document by the guard before rendering; the user is
        // told, nothing to decide (identity data, a quote the consent does not
        // allow for this kind).
        Removed,
        // Stays in the document only if the user explicitly accepts it; the
        // acceptance is audited (small-group risks).
        Warning,
    };

    Severity severity = Severity::Warning;
    QString code;       // stable: "identity_data", "quote_without_consent",
                        // "quote_consent_withdrawn", "small_group", ...
    QString message;    // translated, plain words
    QString sectionKey; // where in the document (Section::key)
    QString sectionTitle;
    QString sentence;   // the sentence that causes it, as it stands in the text
    Source source;      // the record or report item to fix it in
};

// The guard's verdict on one document.
struct GuardReport
{
    QList<GuardFinding> findings;

    QList<GuardFinding> warnings() const;
    QList<GuardFinding> removals() const;
    bool needsAcceptance() const { return !warnings().isEmpty(); }
};

} // namespace vigil::report
