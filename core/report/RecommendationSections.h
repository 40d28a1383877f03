#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportInput.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace vigil {
class RecordContext;
}

namespace vigil::report {

// The "recommendations" section (the visit's numbered recommendations, with
// a link to the earlier version each repeats) and the "follow_up" section:
// a status table of the place's earlier recommendations that are still open
// or were checked on this visit (DESIGN.md §7, DOMAIN.md §6).
class RecommendationSections
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::RecommendationSections)
public:
    static Result<Section> recommendations(RecordContext& ctx, const ReportInput& in);
    static Result<Section> followUp(RecordContext& ctx, const ReportInput& in);

private:
    static Result<QString> repeats(RecordContext& ctx, const ReportInput& in,
                                   const QString& earlierId);
};

} // namespace vigil::report
