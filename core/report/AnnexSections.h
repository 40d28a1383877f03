#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportInput.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace vigil {
class AttachmentStore;
class RecordContext;
} // namespace vigil

namespace vigil::report {

// The "annexes" section, in internal notes and the authorities report only
// (the public summary has no photos and no annex of registers):
// - "annexes/photos": the photos (JPEG, PNG) of the findings shown in the
//   report: those attached to a finding, to an observation it cites, or cited
//   as evidence themselves; a photo an interview owns only where the
//   interview's consent allows quoting in this kind (QuoteConsent);
// - "annexes/registers": the registers checked, their period and anomalies.
class AnnexSections
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::AnnexSections)
public:
    static Result<Section> build(RecordContext& ctx, AttachmentStore* attachments,
                                 const ReportInput& in);

private:
    static Result<Section> photos(RecordContext& ctx, AttachmentStore& attachments,
                                  const ReportInput& in);
    static Section registers(const ReportInput& in);
};

} // namespace vigil::report
