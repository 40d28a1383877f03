#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportInput.h"

namespace vigil::report {

// Applies the lead inspector's stored edits (ReportItem) to a built
// document, in this order: replaced texts, added quotes and paragraphs,
// positions (moves), exclusions for the document's kind, then the order. Sections left empty are
// dropped. See docs/reports.md, "Edits".
class ReportEditApplier
{
public:
    static void apply(ReportDocument& document, const ReportInput& in);
    // The key an edit addresses a block by, or empty for blocks that cannot
    // be edited on their own ("recommendation:<id>", "photo:<id>", "item:<id>").
    static QString blockKey(const Block& block);

private:
    static void replaceText(Section& section, const ReportInput& in);
    static void addItems(Section& section, const ReportInput& in);
    static void exclude(QList<Section>& sections, const ReportInput& in);
    // Each section's sort key: its edit's, else its built index times kPositionStep.
    static void position(QList<Section>& sections, const ReportInput& in);
    static void sort(QList<Section>& sections);
};

} // namespace vigil::report
