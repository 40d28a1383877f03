#include "core/report/GuardFinding.h"

namespace vigil::report {

namespace {

QList<GuardFinding> only(const QList<GuardFinding>& all, GuardFinding::Severity severity)
{
    QList<GuardFinding> out;
    for (const GuardFinding& f : all) {
        if (f.severity == severity)
            out.append(f);
    }
    return out;
}

} // namespace

QList<GuardFinding> GuardReport::warnings() const
{
    return only(findings, GuardFinding::Severity::Warning);
}

QList<GuardFinding> GuardReport::removals() const
{
    return only(findings, GuardFinding::Severity::Removed);
}

} // namespace vigil::report
