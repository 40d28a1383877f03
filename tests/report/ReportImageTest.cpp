// Pictures are decoded for the page: large photos scaled down, garbage and
// pixel bombs refused rather than rendered.
#include "report/ReportImage.h"

#include "tests/report/SampleReport.h"

#include <QBuffer>
#include <QImageReader>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

// PNG's chunk checksum (CRC-32, ISO 3309).
quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

} // namespace

TEST_CASE("report image: large photos are decoded at page size", "[report][image]")
{
    const QImage big =
        ReportImage::decode(test::encodeImage(test::samplePicture(4000, 3000, 1), "JPEG"));
    REQUIRE_FALSE(big.isNull());
    CHECK(big.width() == ReportImage::kMaxEdge);
    CHECK(big.height() == ReportImage::kMaxEdge * 3 / 4);

    const QImage small =
        ReportImage::decode(test::encodeImage(test::samplePicture(300, 200, 2), "PNG"));
    CHECK(small.size() == QSize(300, 200));
}

TEST_CASE("report image: pictures within the limits are kept as they are", "[report][image]")
{
    const QByteArray png = test::encodeImage(test::samplePicture(300, 200, 2), "PNG");
    const auto kept = ReportImage::prepare(png);
    REQUIRE(kept.has_value());
    CHECK(kept->encoded == png);
    CHECK(kept->pixels == QSize(300, 200));

    const auto scaled =
        ReportImage::prepare(test::encodeImage(test::samplePicture(3000, 1500, 4), "PNG"));
    REQUIRE(scaled.has_value());
    CHECK(scaled->pixels == QSize(2000, 1000));
    CHECK(scaled->encoded.startsWith("\xff\xd8")); // opaque: JPEG
    CHECK(QImage::fromData(scaled->encoded).size() == QSize(2000, 1000));

    CHECK_FALSE(ReportImage::prepare(QByteArray("GIF89a but not really")).has_value());
    CHECK_FALSE(ReportImage::prepare(QByteArray()).has_value());
}

TEST_CASE("report image: garbage and declared giants are refused", "[report][image]")
{
    CHECK(ReportImage::decode(QByteArray()).isNull());
    CHECK(ReportImage::decode(QByteArray("not an image at all")).isNull());
    // A PNG header declaring 30000 x 30000 pixels: refused before decoding.
    QByteArray png = test::encodeImage(test::samplePicture(10, 10, 3), "PNG");
    const uchar giant[] = {0x00, 0x00, 0x75, 0x30, 0x00, 0x00, 0x75, 0x30};
    png.replace(16, 8, reinterpret_cast<const char*>(giant), 8);
    const quint32 crc = crc32(png.mid(12, 17)); // chunk type and data
    for (int i = 0; i < 4; ++i)
        png[29 + i] = char(crc >> (24 - 8 * i));
    QBuffer header(&png);
    REQUIRE(QImageReader(&header).size() == QSize(30000, 30000));
    CHECK(ReportImage::decode(png).isNull());
    CHECK_FALSE(ReportImage::prepare(png).has_value());
}

TEST_CASE("report image: shown sizes fit the box, keep the aspect, stay visible", "[report][image]")
{
    CHECK(ReportImage::fit(QSize(2000, 1500), QSizeF(600, 430)) == QSizeF(430 * 4.0 / 3, 430));
    CHECK(ReportImage::fit(QSize(200, 100), QSizeF(600, 430)) == QSizeF(200, 100));
    CHECK(ReportImage::fit(QSize(30, 30), QSizeF(600, 430)) == QSizeF(120, 120));
    CHECK(ReportImage::fit(QSize(), QSizeF(600, 430)).isEmpty());
}
