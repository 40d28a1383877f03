#pragma once

#include <QTextBrowser>
#include <memory>

namespace vigil {

class PreviewDocument;

// Shows a rendered report in the builder (a PreviewDocument made off the UI
// thread). It follows no link and loads nothing.
class ReportPreview : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget* parent = nullptr);
    ~ReportPreview() override;

    // Replaces the report shown, keeping the reader's place in it.
    void showReport(std::shared_ptr<PreviewDocument> document);
    // The HTML shown, as the renderer made it.
    QByteArray html() const;

    QVariant loadResource(int type, const QUrl& name) override;

private:
    std::shared_ptr<PreviewDocument> m_document;
};

} // namespace vigil
