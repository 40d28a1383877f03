#pragma once

#include "core/attachments/Thumbnailer.h"

namespace vigil {

// Thumbnails for images (JPEG, PNG, GIF, ...) with QImageReader. The image is
// decoded at reduced size where the format allows it (setScaledSize), its
// declared dimensions are checked before decoding, and Qt's allocation limit
// is lowered, so a crafted "decompression bomb" costs little memory.
// Output: at most kMaxEdge pixels on the longer side, JPEG (PNG when the
// image has transparency).
class ImageThumbnailer : public Thumbnailer
{
public:
    static constexpr int kMaxEdge = 256;
    static constexpr qint64 kMaxInput = qint64(32) << 20;
    static constexpr qint64 kMaxPixels = qint64(100) * 1000 * 1000; // declared size
    static constexpr int kAllocationLimitMiB = 64;

    bool accepts(const QString& mimeType) const override;
    qint64 maxInputBytes() const override { return kMaxInput; }
    std::optional<QByteArray> thumbnail(const QByteArray& head,
                                        const QString& mimeType) const override;
};

} // namespace vigil
