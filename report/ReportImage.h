#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QSizeF>
#include <optional>

namespace vigil::report {

// Readies the pictures of a report (photos, the body's logo) for rendering
// only: in memory, never through a file, at most what a printed page can
// show, upright by their EXIF orientation. QImage, never QPixmap, so
// rendering can run on a worker thread.
class ReportImage
{
public:
    // Pixels kept on the longer edge: a full text width (17 cm) at about
    // 300 dpi. Larger photos are decoded at reduced size.
    static constexpr int kMaxEdge = 2000;
    // Declared sizes above this are refused without decoding (a crafted
    // "decompression bomb" in an attachment).
    static constexpr qint64 kMaxPixels = qint64(200) * 1000 * 1000;

    // A picture as the document holds it: still encoded, so a report of a
    // hundred photos does not hold a hundred decoded bitmaps; each is decoded
    // when its page is painted.
    struct Prepared
    {
        QByteArray encoded; // PNG or JPEG
        QSize pixels;
    };

    // The bytes themselves when they are a PNG or JPEG within the limits and
    // upright; otherwise decoded, scaled down, turned upright and encoded
    // again (JPEG, PNG when transparent). Nothing when they are not a
    // readable picture.
    static std::optional<Prepared> prepare(const QByteArray& data, int maxEdge = kMaxEdge);

    // Decoded within the limits above; a null image when unreadable.
    static QImage decode(const QByteArray& data, int maxEdge = kMaxEdge);

    // The size to show an image of `pixels` at (1/96 inch units), fitting
    // into `box` with its aspect ratio kept. A small image is shown at one
    // pixel per unit, a tiny one grown to a minimum width to stay visible.
    static QSizeF fit(const QSize& pixels, const QSizeF& box);
};

} // namespace vigil::report
