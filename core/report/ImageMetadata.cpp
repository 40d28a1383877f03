#include "core/report/ImageMetadata.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace vigil::report {

namespace {

constexpr char kPngSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kPngSignatureSize = 8;

Error damaged(const char* detail)
{
    return Error::make(ErrorKind::Integrity,
                       ImageMetadata::tr("The photo is damaged or not a JPEG or PNG image."),
                       QString::fromLatin1(detail));
}

quint8 byteAt(const QByteArray& b, qsizetype i)
{
    return quint8(b.at(i));
}

quint32 bigEndian(const QByteArray& b, qsizetype i, int size)
{
    quint32 v = 0;
    for (int k = 0; k < size; ++k)
        v = (v << 8) | byteAt(b, i + k);
    return v;
}

// The Orientation tag (0x0112) of IFD0 in an APP1 Exif payload, or 0.
int exifOrientation(const QByteArray& payload)
{
    if (!payload.startsWith(QByteArrayView("Exif\0\0", 6)) || payload.size() < 14)
        return 0;
    const QByteArray tiff = payload.mid(6);
    const bool little = tiff.startsWith("II");
    if (!little && !tiff.startsWith("MM"))
        return 0;
    auto read = [&](qsizetype at, int size) -> std::optional<quint32> {
        if (at < 0 || at + size > tiff.size())
            return std::nullopt;
        quint32 v = 0;
        for (int k = 0; k < size; ++k) {
            const quint32 byte = byteAt(tiff, at + (little ? size - 1 - k : k));
            v = (v << 8) | byte;
        }
        return v;
    };
    const auto ifd = read(4, 4);
    if (!ifd)
        return 0;
    const auto count = read(qsizetype(*ifd), 2);
    if (!count)
        return 0;
    for (quint32 i = 0; i < *count; ++i) {
        const qsizetype entry = qsizetype(*ifd) + 2 + qsizetype(i) * 12;
        const auto tag = read(entry, 2);
        const auto type = read(entry + 2, 2);
        if (!tag || !type)
            return 0;
        if (*tag == 0x0112 && *type == 3) { // SHORT
            const auto value = read(entry + 8, 2);
            return value && *value >= 1 && *value <= 8 ? int(*value) : 0;
        }
    }
    return 0;
}

// An APP1 Exif segment holding only the orientation (big-endian TIFF, one IFD entry).
QByteArray orientationSegment(int orientation)
{
    QByteArray s("\xFF\xE1\x00\x22", 4); // length 34
    s += QByteArray("Exif\0\0", 6);
    s += QByteArray("MM\x00\x2A\x00\x00\x00\x08", 8);
    s += QByteArray("\x00\x01", 2);                         // one entry
    s += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, 1 value
    s += char(0);
    s += char(orientation);
    s += QByteArray(2, '\0'); // value padding
    s += QByteArray(4, '\0'); // no next IFD
    return s;
}

bool keptJpegSegment(quint8 marker)
{
    // SOF0..SOF15 with DHT (C4), JPG (C8) and DAC (CC) among them; DQT; DRI.
    return (marker >= 0xC0 && marker <= 0xCF) || marker == 0xDB || marker == 0xDD;
}

} // namespace

Result<ImageMetadata::Clean> ImageMetadata::strip(const QByteArray& image)
{
    if (image.size() > 3 && byteAt(image, 0) == 0xFF && byteAt(image, 1) == 0xD8 &&
        byteAt(image, 2) == 0xFF) {
        auto clean = jpeg(image);
        if (!clean)
            return clean.error();
        return Clean{*clean, QStringLiteral("image/jpeg")};
    }
    if (image.startsWith(QByteArrayView(kPngSignature, kPngSignatureSize))) {
        auto clean = png(image);
        if (!clean)
            return clean.error();
        return Clean{*clean, QStringLiteral("image/png")};
    }
    return damaged("photo format");
}

Result<QByteArray> ImageMetadata::jpeg(const QByteArray& in)
{
    QByteArray out("\xFF\xD8", 2);
    qsizetype insertAt = out.size(); // where an orientation segment goes: after SOI or JFIF
    int orientation = 0;
    qsizetype pos = 2;
    while (true) {
        if (pos >= in.size() || byteAt(in, pos) != 0xFF)
            return damaged("jpeg marker");
        while (pos < in.size() && byteAt(in, pos) == 0xFF)
            ++pos; // fill bytes
        if (pos >= in.size())
            return damaged("jpeg truncated");
        const quint8 marker = byteAt(in, pos++);
        if (marker == 0xD9) { // EOI: whatever follows (appended data) stays out
            out += QByteArray("\xFF\xD9", 2);
            break;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0xD8)
            return damaged("jpeg stray marker");
        if (pos + 2 > in.size())
            return damaged("jpeg truncated");
        const qsizetype length = bigEndian(in, pos, 2);
        if (length < 2 || pos + length > in.size())
            return damaged("jpeg segment length");
        const QByteArray payload = in.mid(pos + 2, length - 2);
        const qsizetype next = pos + length;
        if (marker == 0xE0 && payload.startsWith(QByteArrayView("JFIF\0", 5)) &&
            payload.size() >= 14 && out.size() == 2) {
            // JFIF header without its thumbnail (no thumbnail: 0 x 0 pixels).
            out += QByteArray("\xFF\xE0\x00\x10", 4) + payload.left(12) + QByteArray(2, '\0');
            insertAt = out.size();
        } else if (marker == 0xE1) {
            if (const int o = exifOrientation(payload); o != 0)
                orientation = o;
        } else if (keptJpegSegment(marker) || marker == 0xDA) {
            out += in.mid(pos - 2, length + 2); // FF, marker, length, payload
        }
        // APP0 (other than JFIF), APP1..APP15, COM and other markers are left out.
        pos = next;
        if (marker != 0xDA)
            continue;
        // Entropy-coded data up to the next marker (FF 00 is a stuffed byte,
        // FF D0..D7 a restart marker; both belong to the data).
        qsizetype end = pos;
        while (true) {
            if (end + 1 >= in.size())
                return damaged("jpeg scan truncated");
            if (byteAt(in, end) == 0xFF) {
                const quint8 b = byteAt(in, end + 1);
                if (b != 0x00 && b != 0xFF && !(b >= 0xD0 && b <= 0xD7))
                    break;
            }
            ++end;
        }
        out += in.mid(pos, end - pos);
        pos = end;
    }
    if (orientation > 1)
        out.insert(insertAt, orientationSegment(orientation));
    return out;
}

Result<QByteArray> ImageMetadata::png(const QByteArray& in)
{
    // iCCP is left out as well: a profile carries a name and a description.
    static const QByteArrayView kept[] = {"IHDR", "PLTE", "IDAT", "IEND",
                                          "tRNS", "gAMA", "cHRM", "sRGB"};
    QByteArray out = in.left(kPngSignatureSize);
    qsizetype pos = kPngSignatureSize;
    bool first = true;
    while (true) {
        if (pos + 12 > in.size())
            return damaged("png truncated");
        const qsizetype length = bigEndian(in, pos, 4);
        if (length > in.size() - pos - 12)
            return damaged("png chunk length");
        const QByteArrayView type(in.constData() + pos + 4, 4);
        if (first && type != "IHDR")
            return damaged("png header");
        first = false;
        if (std::find(std::begin(kept), std::end(kept), type) != std::end(kept))
            out += in.mid(pos, length + 12); // length, type, data and CRC unchanged
        pos += length + 12;
        if (type == "IEND")
            return out;
    }
}

} // namespace vigil::report
