#include "ui/report/PreviewDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextOption>
#include <QThread>
#include <QUrl>

namespace vigil {

std::shared_ptr<PreviewDocument> PreviewDocument::make(const QByteArray& html, bool rightToLeft,
                                                       int width, QThread* target)
{
    // The last holder may be a worker thread (a finished job's result store
    // can outlive the watcher's hold on it), but the document lives on the UI
    // thread once moved there: it must be deleted there, never from a worker.
    std::shared_ptr<PreviewDocument> doc(new PreviewDocument,
                                         [](PreviewDocument* d) { d->deleteLater(); });
    doc->m_html = html;
    QTextOption option = doc->defaultTextOption();
    // A right-to-left report reads right to left whatever the interface's direction.
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(option);
    doc->setHtml(QString::fromUtf8(html));
    // Decode the pictures here rather than at the first paint.
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                (void)doc->resource(ImageResource, QUrl(format.toImageFormat().name()));
        }
    }
    if (width > 0) {
        // The view keeps a layout made for its own width.
        doc->setTextWidth(width);
        (void)doc->documentLayout()->documentSize();
    }
    doc->moveToThread(target);
    return doc;
}

QVariant PreviewDocument::loadResource(int type, const QUrl& name)
{
    if (type != ImageResource || name.scheme() != u"data")
        return {};
    // data:image/png;base64,<bytes>
    const QString url = name.toString(QUrl::FullyEncoded);
    const qsizetype comma = url.indexOf(QLatin1Char(','));
    if (comma < 0 || !url.left(comma).endsWith(u";base64"))
        return {};
    QImage image;
    image.loadFromData(
        QByteArray::fromBase64(QByteArray::fromPercentEncoding(url.mid(comma + 1).toLatin1())));
    if (image.isNull())
        return {};
    addResource(type, name, image); // decoded once
    return image;
}

} // namespace vigil
