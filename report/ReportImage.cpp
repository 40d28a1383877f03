#include "report/ReportImage.h"

#include <QBuffer>
#include <QImageReader>
#include <algorithm>

namespace vigil::report {

namespace {

QByteArray encode(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool png = image.hasAlphaChannel();
    if (!image.save(&buffer, png ? "PNG" : "JPEG", png ? -1 : 90))
        return {};
    return bytes;
}

} // namespace

std::optional<ReportImage::Prepared> ReportImage::prepare(const QByteArray& data, int maxEdge)
{
    if (data.isEmpty())
        return std::nullopt;
    {
        QByteArray bytes = data; // shallow copy: QBuffer wants a non-const array
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QByteArray format = reader.format();
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() > kMaxPixels)
            return std::nullopt;
        if ((format == "png" || format == "jpeg") && size.isValid() &&
            std::max(size.width(), size.height()) <= maxEdge &&
            reader.transformation() == QImageIOHandler::TransformationNone && reader.canRead())
            return Prepared{data, size};
    }
    const QImage image = decode(data, maxEdge);
    if (image.isNull())
        return std::nullopt;
    QByteArray encoded = encode(image);
    if (encoded.isEmpty())
        return std::nullopt;
    return Prepared{std::move(encoded), image.size()};
}

QImage ReportImage::decode(const QByteArray& data, int maxEdge)
{
    if (data.isEmpty())
        return {};
    QByteArray bytes = data;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize declared = reader.size();
    if (declared.isValid()) {
        if (qint64(declared.width()) * declared.height() > kMaxPixels)
            return {};
        const int longer = std::max(declared.width(), declared.height());
        if (longer > maxEdge)
            reader.setScaledSize(declared.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull())
        return {};
    // Formats that ignore setScaledSize still come out within the limit.
    if (std::max(image.width(), image.height()) > maxEdge)
        image = image.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

QSizeF ReportImage::fit(const QSize& pixels, const QSizeF& box)
{
    if (pixels.isEmpty() || box.isEmpty())
        return {};
    QSizeF size(pixels);
    constexpr qreal kMinWidth = 120;
    if (size.width() < kMinWidth)
        size *= kMinWidth / size.width();
    if (size.width() > box.width() || size.height() > box.height())
        size = size.scaled(box, Qt::KeepAspectRatio);
    return size;
}

} // namespace vigil::report
