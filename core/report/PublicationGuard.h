#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/report/GuardFinding.h"
#include "core/report/ReportDocument.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <span>

namespace vigil {
class RecordContext;
}

namespace vigil::report {

// The publication guard (DOMAIN.md §4.3, DESIGN.md §7), run on every export
// between ReportBuilder and a renderer:
//
//   GuardReport r = guard.check(doc, identities);  // show r to the user
//   if (r.needsAcceptance()) ... the user resolves or accepts every warning;
//       PublicationGuard::recordDecision(ctx, visitId, kind, r.warnings());
//   render(PublicationGuard::apply(doc, r));
//
// Rules (docs/reports.md, "Publication guard"):
// - identity_data (removed): text that contains one of the identity strings
//   the caller passes (names or numbers the user unsealed). Identity entries
//   themselves are sealed and never read by the builder.
// - quote_without_consent, quote_consent_withdrawn, quote_reprisal_risk
//   (removed, or a warning): quotes, and photos owned by an interview, per
//   the consent table of QuoteConsent.
// - small_group (warning): a quote from the only interviewee of a
//   vulnerability group in their unit among the visit's interviews, and any
//   sentence that singles someone out ("the only woman", GuardText).
// - pseudonym (warning): an interview code such as "D-07" in the text.
class PublicationGuard
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::PublicationGuard)
public:
    explicit PublicationGuard(RecordContext& ctx) : m_ctx(ctx) {}

    // `knownIdentities`: identity strings (UTF-8) to look for, e.g. the
    // fields of entries the user just unsealed; strings shorter than three
    // characters are ignored (they would match everywhere). Plain copies
    // made for the comparison are wiped before returning.
    Result<GuardReport> check(const ReportDocument& document,
                              std::span<const SecretBuffer> knownIdentities = {});
    // The document without every item a Removed finding points at: the
    // block (paragraph, quote, table row, recommendation, photo) that holds
    // the sentence, the whole section when it is in the section's title.
    static ReportDocument apply(ReportDocument document, const GuardReport& report);
    // Audits that the user accepted these warnings for an export of `kind`
    // ("report.guard_accepted" on the visit; the detail names codes and
    // section keys, never the text).
    static Status recordDecision(RecordContext& ctx, const QString& visitId, Kind kind,
                                 const QList<GuardFinding>& accepted);

private:
    RecordContext& m_ctx;
};

} // namespace vigil::report
