#pragma once

#include "core/report/ReportDocument.h"
#include "core/util/Result.h"
#include "report/RenderControl.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class QTextDocument;

namespace vigil::report {

// Lays a ReportDocument out as a QTextDocument, the common ground of the PDF
// and ODT renderers: a cover page (logo, body, title, place, dates, team),
// headings H1–H3 by section depth, justified paragraphs, recommendations with
// their own numbers hanging in the margin, tables whose header row repeats on
// every page, pictures held as in-memory resources, quotes indented in
// italics with their attribution. Right-to-left reports get right-to-left
// paragraphs and right alignment throughout.
//
// Builds nothing on screen: callable from a worker thread.
class TextDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::TextDocumentBuilder)
public:
    struct Options
    {
        // Put the confidentiality marking in the text itself, for formats
        // without page headers (ODT): on the cover, at the start of every
        // top-level section and at the end. The PDF prints it on every page
        // instead.
        bool markingInText = false;
        // Called after each top-level section with (done, total).
        std::function<void(int done, int total)> sectionDone;
    };

    // Fails only when `control` asks to cancel (ErrorKind::Cancelled).
    static Result<std::unique_ptr<QTextDocument>>
    build(const ReportDocument& report, const Options& options, const RenderControl& control);

    // The error returned when a rendering run is cancelled.
    static Error cancelledError();
};

} // namespace vigil::report
