// The ODT a body edits further: a zip whose first entry is the ODF mimetype,
// which LibreOffice (libreoffice-writer-nogui) opens and converts back to the
// same text — place, recommendations with their numbers, follow-up rows,
// quote — with the marking at the top, before every section and at the end.
#include "report/OdtRenderer.h"

#include "tests/report/ReportTools.h"
#include "tests/report/SampleReport.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

const QString kMarking = QStringLiteral("Confidential — internal notes");

QString renderOdt(const ReportDocument& report, const QString& path)
{
    const Status st = OdtRenderer::renderToFile(report, path);
    INFO((st.ok() ? std::string() : st.error().message.toStdString()));
    REQUIRE(st.ok());
    return path;
}

QStringList nonEmptyLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    return lines;
}

} // namespace

TEST_CASE("ODT: a zip with the ODF mimetype first, pictures inside", "[report][odt]")
{
    if (const QString why = test::missingTool("unzip", "unzip"); !why.isEmpty())
        SKIP(why.toStdString());
    auto dir = test::tempDir();
    test::SampleOptions options;
    options.photos = 3;
    const QString odt =
        renderOdt(test::sampleReport(options), dir->filePath(QStringLiteral("r.odt")));
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.read(100);
    // The first local file header: "mimetype", stored, its content right after.
    CHECK(head.startsWith("PK\x03\x04"));
    CHECK(head.mid(30, 8) == "mimetype");
    CHECK(head.mid(38, 39) == "application/vnd.oasis.opendocument.text");

    const auto entries = test::zipEntries(odt);
    REQUIRE(entries.has_value());
    REQUIRE_FALSE(entries->isEmpty());
    CHECK(entries->first() == QStringLiteral("mimetype"));
    CHECK(entries->contains(QStringLiteral("content.xml")));
    CHECK(entries->contains(QStringLiteral("META-INF/manifest.xml")));
    CHECK(entries->filter(QStringLiteral("Pictures/")).size() == 4); // three photos and the logo
    const auto content = test::zipEntry(odt, QStringLiteral("content.xml"));
    REQUIRE(content.has_value());
    CHECK(content->contains(test::samplePlace().toUtf8()));
}

TEST_CASE("ODT: LibreOffice reads back the same text", "[report][odt][libreoffice]")
{
    if (const QString why = test::missingTool("soffice", "libreoffice-writer-nogui");
        !why.isEmpty())
        SKIP(why.toStdString());
    auto dir = test::tempDir();
    test::SampleOptions options;
    options.marking = kMarking;
    options.firstRecommendation = 5;
    const ReportDocument report = test::sampleReport(options);
    const QString en = renderOdt(report, dir->filePath(QStringLiteral("en.odt")));
    const QString ar = renderOdt(test::arabicReport(), dir->filePath(QStringLiteral("ar.odt")));
    // One LibreOffice run for both: it takes seconds to start.
    const auto texts = test::odtToText({en, ar}, dir->path());
    REQUIRE(texts.has_value());
    const QString text = texts->at(0);
    const QString flat = test::flattened(text);

    CHECK(flat.contains(test::samplePlace()));
    CHECK(flat.contains(test::flattened(test::sampleQuote())));
    for (int n = 5; n < 5 + 12; ++n) {
        INFO("recommendation " << n);
        CHECK(text.contains(QStringLiteral("%1.\t%2").arg(n).arg(test::sampleRecommendation(n))));
    }
    // Table cells come out one per line, row after row.
    const QStringList lines = nonEmptyLines(text);
    for (int r = 0; r < options.followUpRows; ++r) {
        INFO("follow-up row " << r);
        const qsizetype at = lines.indexOf(test::sampleFollowUpId(r));
        REQUIRE(at >= 0);
        REQUIRE(at + 2 < lines.size());
        CHECK(lines.at(at + 1) == QStringLiteral("Repair the heating in wing %1").arg(r % 9 + 1));
        CHECK(lines.at(at + 2) == test::sampleFollowUpStatus(r));
    }
    // No page headers in an ODT from Qt: the marking opens and closes the
    // document and every top-level section.
    CHECK(lines.first() == kMarking);
    CHECK(lines.last() == kMarking);
    CHECK(lines.count(kMarking) == report.sections.size() + 2);

    const QString arabic = test::flattened(texts->at(1));
    CHECK(arabic.contains(test::arabicShortLine()));
    CHECK(arabic.contains(QStringLiteral("7. ") + test::arabicRecommendation()));
}

TEST_CASE("ODT: reports progress by section and stops when cancelled", "[report][odt]")
{
    const ReportDocument report = test::sampleReport();
    QList<int> done;
    RenderControl control;
    control.progress = [&](int d, int total) {
        CHECK(total == report.sections.size() + 1);
        done.append(d);
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(OdtRenderer::render(report, buffer, control).ok());
    CHECK(done.first() == 0);
    CHECK(done.last() == report.sections.size() + 1);
    CHECK(bytes.startsWith("PK"));

    std::atomic_bool cancel = false;
    control.cancel = &cancel;
    control.progress = [&](int d, int) {
        if (d == 2)
            cancel = true;
    };
    auto dir = test::tempDir();
    const Status st =
        OdtRenderer::renderToFile(report, dir->filePath(QStringLiteral("c.odt")), control);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().kind == ErrorKind::Cancelled);
    CHECK(QDir(dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
