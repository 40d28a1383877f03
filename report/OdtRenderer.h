#pragma once

#include "core/report/ReportDocument.h"
#include "core/util/Result.h"
#include "report/RenderControl.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace vigil::report {

// Renders a report as an OpenDocument text (.odt) with QTextDocumentWriter,
// for bodies that edit the report further in LibreOffice or Word.
//
// QTextDocumentWriter writes no page headers or footers (no styles.xml), so
// the confidentiality marking is put in the text: on the cover, at the start
// of every top-level section and at the end of the document. Page numbers are
// the word processor's to add. The writer also has no paragraph direction:
// an Arabic ODT gets right-aligned paragraphs, but the word processor treats
// them as left-to-right paragraphs until the user switches their direction.
//
// Runs on any thread (QImage only, no widgets).
class OdtRenderer
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::OdtRenderer)
public:
    // Writes to `device`, which must be open for writing.
    static Status render(const ReportDocument& report, QIODevice& device,
                         const RenderControl& control = {});
    // Writes `path` whole or not at all (see ReportFile).
    static Status renderToFile(const ReportDocument& report, const QString& path,
                               const RenderControl& control = {});
};

} // namespace vigil::report
