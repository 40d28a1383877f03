#pragma once

#include "core/report/ReportDocument.h"
#include "core/util/Result.h"
#include "report/RenderControl.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace vigil::report {

// Renders a report as an A4 PDF: the cover (with the body's logo), then the
// sections laid out by TextDocumentBuilder, painted page by page with
// QPdfWriter. Every page carries the confidentiality marking in its header
// when the report has one; every page after the cover carries the body's name
// and "Page N of M" in its footer. Headings and table captions are kept with
// what follows them; tables repeat their header row on each page.
//
// Fonts are embedded, so Arabic and CJK text comes out as text (searchable,
// copyable). Runs on any thread (QImage only, no widgets).
class PdfRenderer
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::PdfRenderer)
public:
    // Writes to `device`, which must be open for writing.
    static Status render(const ReportDocument& report, QIODevice& device,
                         const RenderControl& control = {});
    // Writes `path` whole or not at all (see ReportFile).
    static Status renderToFile(const ReportDocument& report, const QString& path,
                               const RenderControl& control = {});

    static constexpr int kResolution = 300; // dpi of the layout; text and vectors stay sharp
};

} // namespace vigil::report
