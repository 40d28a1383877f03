// Image thumbnails: small, decodable, made for images only, never for PDFs or
// garbage, and stored encrypted by AttachmentStore.
#include "media/ImageThumbnailer.h"

#include "core/attachments/AttachmentStore.h"
#include "core/util/Uuid7.h"

#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QImage>
#include <QPainter>

#include <cstdlib>

using namespace vigil;

namespace {

QByteArray encode(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}

QImage sampleImage(int w, int h, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(w, h, format);
    image.fill(Qt::darkCyan);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h / 2, Qt::yellow);
    return image;
}

QImage decode(const QByteArray& bytes)
{
    return QImage::fromData(bytes);
}

} // namespace

TEST_CASE("a PNG gets a thumbnail of at most 256 pixels, aspect kept", "[media]")
{
    const ImageThumbnailer t;
    const QByteArray png = encode(sampleImage(1200, 800), "PNG");
    REQUIRE(t.accepts(QStringLiteral("image/png")));
    auto thumb = t.thumbnail(png, QStringLiteral("image/png"));
    REQUIRE(thumb.has_value());
    CHECK(thumb->size() < png.size());
    CHECK(thumb->size() <= Thumbnailer::kMaxThumbnailBytes);
    const QImage image = decode(*thumb);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 256);
    CHECK(std::abs(image.height() - 171) <= 1); // 800 * 256 / 1200, rounded either way
}

TEST_CASE("a small image keeps its size; transparency stays PNG", "[media]")
{
    const ImageThumbnailer t;
    auto thumb = t.thumbnail(encode(sampleImage(40, 30, QImage::Format_ARGB32), "PNG"),
                             QStringLiteral("image/png"));
    REQUIRE(thumb.has_value());
    CHECK(thumb->startsWith("\x89PNG"));
    CHECK(decode(*thumb).size() == QSize(40, 30));

    auto jpeg = t.thumbnail(encode(sampleImage(600, 2000), "JPEG"), QStringLiteral("image/jpeg"));
    REQUIRE(jpeg.has_value());
    CHECK(jpeg->startsWith("\xff\xd8"));
    CHECK(decode(*jpeg).height() == 256);
}

TEST_CASE("no thumbnail for a PDF, garbage, a truncated image or a pixel bomb", "[media]")
{
    const ImageThumbnailer t;
    CHECK_FALSE(t.accepts(QStringLiteral("application/pdf")));
    CHECK_FALSE(t.accepts(QStringLiteral("image/svg+xml")));
    CHECK_FALSE(t.thumbnail("%PDF-1.7\n1 0 obj\n", QStringLiteral("application/pdf")).has_value());
    CHECK_FALSE(t.thumbnail("not an image at all", QStringLiteral("image/png")).has_value());
    CHECK_FALSE(t.thumbnail(encode(sampleImage(300, 300), "PNG").left(30),
                            QStringLiteral("image/png")).has_value());
    // A PNG header declaring 100000 x 100000 pixels: refused before decoding.
    QByteArray bomb = encode(sampleImage(8, 8), "PNG");
    auto be32 = [](quint32 v) {
        const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
        return QByteArray(b, 4);
    };
    bomb.replace(16, 8, be32(100000) + be32(100000));
    CHECK_FALSE(t.thumbnail(bomb, QStringLiteral("image/png")).has_value());
}

TEST_CASE("AttachmentStore stores an encrypted thumbnail for a PNG, none for a PDF", "[media]")
{
    test::VaultFixture f;
    const ImageThumbnailer thumbnailer;
    AttachmentStore store(*f.vault, &thumbnailer);
    const QString owner = Uuid7::generate();

    QByteArray png = encode(sampleImage(1000, 1000), "PNG");
    QBuffer pngIn(&png);
    REQUIRE(pngIn.open(QIODevice::ReadOnly));
    auto image = store.import(pngIn, {QStringLiteral("observation"), owner,
                                      QStringLiteral("cell.png"), {}});
    REQUIRE(image.ok());
    CHECK(image->mimeType == QStringLiteral("image/png"));
    CHECK(image->hasThumbnail);
    auto thumb = store.thumbnail(image->id);
    REQUIRE(thumb.ok());
    CHECK(decode(*thumb).size() == QSize(256, 256));
    CHECK(f.count("SELECT count(*) FROM attachment WHERE instr(thumbnail, x'FFD8FF') = 1") == 0);

    QByteArray pdf("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
    QBuffer pdfIn(&pdf);
    REQUIRE(pdfIn.open(QIODevice::ReadOnly));
    auto doc = store.import(pdfIn, {QStringLiteral("observation"), owner,
                                    QStringLiteral("register.pdf"), {}});
    REQUIRE(doc.ok());
    CHECK(doc->mimeType == QStringLiteral("application/pdf"));
    CHECK_FALSE(doc->hasThumbnail);
    auto none = store.thumbnail(doc->id);
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}
