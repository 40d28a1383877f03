#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vigil {

// Makes a small preview of an attachment while it is imported. Core only
// defines the interface (it may not use Qt GUI); media/ImageThumbnailer
// implements it for images. Implementations must treat the input as hostile.
class Thumbnailer
{
public:
    virtual ~Thumbnailer();

    // Whether a file of this MIME type may get a thumbnail; when false the
    // importer does not keep the head of the file in memory at all.
    virtual bool accepts(const QString& mimeType) const = 0;
    // How many leading bytes of the plaintext thumbnail() wants at most.
    virtual qint64 maxInputBytes() const { return qint64(16) << 20; }
    // A small JPEG or PNG (at most kMaxThumbnailBytes) from the first bytes
    // of the file, or nothing when none can be made.
    virtual std::optional<QByteArray> thumbnail(const QByteArray& head,
                                                const QString& mimeType) const = 0;

    static constexpr qint64 kMaxThumbnailBytes = 256 * 1024;
};

} // namespace vigil
