#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigil::report {

// Takes the metadata out of a photo before it goes into a report: EXIF
// (GPS position, camera serial number, owner, an EXIF thumbnail that was
// never blurred), XMP, ICC profiles, comments and text chunks. Works on the
// bytes (core has no QtGui): the image data itself is copied unchanged.
//
// JPEG keeps SOI, a JFIF APP0 (without its thumbnail), DQT, DHT, DAC, DRI,
// SOFn, SOS with the entropy-coded data, and EOI; an EXIF orientation other
// than 1 is written back as a minimal Exif APP1 holding only that tag, so
// the photo is not shown sideways. PNG keeps IHDR, PLTE, IDAT, IEND, tRNS,
// gAMA, cHRM and sRGB. Anything else, or a damaged file, is refused: a
// report leaves out a photo it cannot clean.
class ImageMetadata
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::ImageMetadata)
public:
    struct Clean
    {
        QByteArray data;
        QString mimeType; // from the bytes: "image/jpeg" or "image/png"
    };
    static Result<Clean> strip(const QByteArray& image);

private:
    static Result<QByteArray> jpeg(const QByteArray& in);
    static Result<QByteArray> png(const QByteArray& in);
};

} // namespace vigil::report
