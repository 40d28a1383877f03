#include "media/ImageThumbnailer.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

namespace vigil {

namespace {

QByteArray formatFor(const QString& mimeType)
{
    const QList<QByteArray> formats = QImageReader::imageFormatsForMimeType(mimeType.toLatin1());
    return formats.isEmpty() ? QByteArray() : formats.first();
}

} // namespace

bool ImageThumbnailer::accepts(const QString& mimeType) const
{
    // SVG is left out on purpose: rendering it runs a parser over untrusted
    // markup for little gain.
    return mimeType.startsWith(QStringLiteral("image/")) && mimeType != QStringLiteral("image/svg+xml") &&
           !formatFor(mimeType).isEmpty();
}

std::optional<QByteArray> ImageThumbnailer::thumbnail(const QByteArray& head,
                                                      const QString& mimeType) const
{
    if (!accepts(mimeType) || head.isEmpty())
        return std::nullopt;
    QByteArray data = head; // shared, not copied
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, formatFor(mimeType));
    reader.setAutoTransform(true); // EXIF orientation
    reader.setAllocationLimit(kAllocationLimitMiB);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() ||
        qint64(size.width()) * qint64(size.height()) > kMaxPixels)
        return std::nullopt;
    if (size.width() > kMaxEdge || size.height() > kMaxEdge)
        reader.setScaledSize(size.scaled(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio).expandedTo({1, 1}));
    QImage image = reader.read();
    if (image.isNull())
        return std::nullopt;
    if (image.width() > kMaxEdge || image.height() > kMaxEdge) // formats that ignore the hint
        image = image.scaled(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    QByteArray out;
    QBuffer target(&out);
    target.open(QIODevice::WriteOnly);
    const bool jpeg = !image.hasAlphaChannel() &&
                      QImageWriter::supportedImageFormats().contains(QByteArrayLiteral("jpeg"));
    QImageWriter writer(&target, jpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
    if (jpeg)
        writer.setQuality(80);
    if (!writer.write(image) || out.size() > kMaxThumbnailBytes)
        return std::nullopt;
    return out;
}

} // namespace vigil
