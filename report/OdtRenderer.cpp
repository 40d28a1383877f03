#include "report/OdtRenderer.h"

#include "report/ReportFile.h"
#include "report/TextDocumentBuilder.h"

#include <QTextDocument>
#include <QTextDocumentWriter>

namespace vigil::report {

Status OdtRenderer::render(const ReportDocument& report, QIODevice& device,
                           const RenderControl& control)
{
    // Progress: one step per top-level section, one for writing the file.
    const int steps = int(report.sections.size()) + 1;
    TextDocumentBuilder::Options options;
    options.markingInText = true;
    options.sectionDone = [&](int done, int) {
        control.report(done, steps);
    };
    control.report(0, steps);
    auto built = TextDocumentBuilder::build(report, options, control);
    if (!built)
        return built.error();
    if (control.cancelled())
        return TextDocumentBuilder::cancelledError();

    QTextDocumentWriter writer(&device, QByteArrayLiteral("ODF"));
    if (!writer.write(built->get()))
        return Error::make(ErrorKind::Io, tr("The ODT document could not be written."),
                           QStringLiteral("QTextDocumentWriter::write(ODF) failed"));
    control.report(steps, steps);
    return {};
}

Status OdtRenderer::renderToFile(const ReportDocument& report, const QString& path,
                                 const RenderControl& control)
{
    return ReportFile::write(path,
                             [&](QIODevice& device) { return render(report, device, control); });
}

} // namespace vigil::report
