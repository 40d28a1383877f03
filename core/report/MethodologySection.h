#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportInput.h"

#include <QCoreApplication>

namespace vigil::report {

// The "methodology" section: what the team saw (units, observations), whom it
// heard (interviews by kind, in numbers only), which registers it examined
// and whether its access was refused, delayed or obstructed (OPCAT Art. 20).
class MethodologySection
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::MethodologySection)
public:
    static Section build(const ReportInput& in);

private:
    static QList<Block> access(const ReportInput& in);
};

} // namespace vigil::report
