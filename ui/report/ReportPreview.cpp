#include "ui/report/ReportPreview.h"

#include "ui/report/PreviewDocument.h"

#include <QScrollBar>

namespace vigil {

ReportPreview::ReportPreview(QWidget* parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reportPreview"));
    setAccessibleName(tr("Preview of the report"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
}

ReportPreview::~ReportPreview()
{
    setDocument(nullptr); // the view must not outlive its hold on the document
}

void ReportPreview::showReport(std::shared_ptr<PreviewDocument> document)
{
    const int top = verticalScrollBar()->value();
    setDocument(document.get());
    m_document = std::move(document); // the one shown before goes now
    verticalScrollBar()->setValue(top);
}

QByteArray ReportPreview::html() const
{
    return m_document ? m_document->html() : QByteArray();
}

QVariant ReportPreview::loadResource(int, const QUrl&)
{
    return {}; // the document has decoded its pictures; nothing else is loaded
}

} // namespace vigil
