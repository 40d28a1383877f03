#pragma once

#include "core/report/ReportDocument.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigil {
class AttachmentStore;
class RecordContext;
} // namespace vigil

namespace vigil::report {

// What ReportBuilder takes from the application settings. (Outside the
// class so that it can be a default argument of the constructor.)
struct ReportBuilderOptions
{
    QString bodyName; // the monitoring body, e.g. "National Preventive Mechanism of Westland"
    QByteArray logo;  // an encoded image (PNG or JPEG), may be empty
    // For the report builder's outline: the items the lead left out of this
    // kind stay in, so they can be put back. Never for an export.
    bool keepExcluded = false;
};

// Builds a visit's report (DESIGN.md §7) from the monitoring record and the
// lead inspector's edits (ReportEditRepository), in the report's language
// and for one kind. The sections and their stable keys are listed in
// docs/reports.md. Identity entries are never read: they are sealed, and no
// part of a report comes from them.
//
// Text comes through tr() and VocabularyLabels with the translators the
// caller installed for the report's language; dates are written in that
// language's format.
//
// A built document is not yet safe to publish: run PublicationGuard on it
// (check, let the user accept or resolve, apply) before any renderer.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::ReportBuilder)
public:
    using Options = ReportBuilderOptions;

    // `attachments` decrypts the photos of the annex; without it the report has none.
    ReportBuilder(RecordContext& ctx, AttachmentStore* attachments, Options options = {});

    // `language`: BCP 47 ("en", "ar", "zh_CN"); empty: the visit's working language, else "en".
    Result<ReportDocument> build(const QString& visitId, Kind kind, const QString& language = {});

    // The marking internal notes carry on every page.
    static QString internalMarking(const QString& bodyName);
    // The editable text of a section as the lead sees it: its paragraphs,
    // separated by blank lines (the form setText stores).
    static QString sectionText(const Section& section);
    // Writes the summary's sentence on the numbers of findings and
    // recommendations, counting the recommendations the document lists (after
    // exclusions; PublicationGuard::apply calls it again after its removals).
    static void countInSummary(ReportDocument& document);

private:
    RecordContext& m_ctx;
    AttachmentStore* m_attachments;
    Options m_options;
};

} // namespace vigil::report
