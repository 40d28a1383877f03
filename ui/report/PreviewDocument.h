#pragma once

#include <QByteArray>
#include <QTextDocument>
#include <memory>

class QThread;

namespace vigil {

// A rendered report (HtmlRenderer's HTML) laid out for the builder's
// preview. Made on the worker thread that built the report, so that parsing
// a long report and decoding its photos never holds up the interface; then
// handed to the thread that shows it. Photos and the logo come inline as
// data: URIs, decoded here; nothing else is ever loaded (no file, no network).
class PreviewDocument : public QTextDocument
{
    Q_OBJECT
public:
    // Parses `html`, decodes its images and lays it out for `width` pixels
    // (the preview's; 0: later, where it is shown), then moves the document
    // to `target`.
    static std::shared_ptr<PreviewDocument> make(const QByteArray& html, bool rightToLeft,
                                                 int width, QThread* target);

    const QByteArray& html() const { return m_html; }

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    using QTextDocument::QTextDocument;
    QByteArray m_html;
};

} // namespace vigil
