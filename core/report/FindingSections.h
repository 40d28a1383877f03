#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportInput.h"

#include <QCoreApplication>

namespace vigil::report {

// The "findings" section: good practices first ("findings/good_practices"),
// then one subsection per category of the taxonomy (DOMAIN.md §5) in its
// order ("findings/<category>"), each holding its findings ("finding:<id>").
//
// Per kind: internal notes give every finding in full with its severity and
// number of sources; the authorities report gives facts, analysis and
// standards; the public summary gives the key findings (high or urgent
// severity, and good practices; every finding if none is high) with their
// facts only.
class FindingSections
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::FindingSections)
public:
    static Section build(const ReportInput& in);
    // Whether a finding appears in this kind of report at all (before the lead's exclusions).
    static bool shown(const ReportInput& in, const Finding& finding);

private:
    static Section finding(const ReportInput& in, const Finding& f);
};

} // namespace vigil::report
