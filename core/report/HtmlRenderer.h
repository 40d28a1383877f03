#pragma once

#include "core/report/ReportDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace vigil::report {

// Renders a report as one self-contained HTML5 document (UTF-8): the
// language and direction on <html>, escaped text, headings by depth,
// recommendations as an <ol> with explicit numbers, tables with <thead>
// (repeated on printed pages), photos and the logo as data: URIs, the
// marking at the top and the bottom, and a small print-friendly style sheet.
// Qt Core only, like the rest of core: no QTextDocument here.
//
// Render only a document that went through PublicationGuard::apply.
class HtmlRenderer
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::HtmlRenderer)
public:
    static QByteArray render(const ReportDocument& document);
};

} // namespace vigil::report
