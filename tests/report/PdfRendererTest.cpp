// The PDF a lead inspector sends: read back with pdftotext (poppler-utils),
// it must hold the place, every recommendation with its number, the
// follow-up table, the quote; the marking on every page of internal notes and
// on none otherwise; page numbers; Arabic right to left; Chinese as text.
#include "report/PdfRenderer.h"

#include "tests/report/ReportTools.h"
#include "tests/report/SampleReport.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <atomic>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

const QString kMarking =
    QStringLiteral("Confidential — internal notes of the National Preventive Mechanism");

QString renderPdf(const ReportDocument& report, const QString& dir, const QString& name)
{
    const QString path = dir + u'/' + name;
    const Status st = PdfRenderer::renderToFile(report, path);
    INFO((st.ok() ? std::string() : st.error().message.toStdString()));
    REQUIRE(st.ok());
    REQUIRE(QFile::exists(path));
    return path;
}

// The text of the pages without their header and footer lines, flattened.
QString bodyText(const QStringList& pages)
{
    static const QRegularExpression footer(QStringLiteral("Page \\d+ of \\d+"));
    QStringList lines;
    for (const QString& page : pages)
        for (const QString& line : page.split(u'\n'))
            if (!line.contains(footer) && !line.contains(QStringLiteral("Confidential")))
                lines.append(line);
    return test::flattened(lines.join(u'\n'));
}

// Leading spaces of the first -layout line holding `text` (-1 if none).
qsizetype columnOf(const QString& layoutText, const QString& text)
{
    for (const QString& line : layoutText.split(u'\n')) {
        if (!test::flattened(line).contains(text))
            continue;
        qsizetype spaces = 0;
        while (spaces < line.size() &&
               (line.at(spaces).isSpace() || line.at(spaces).category() == QChar::Other_Format))
            ++spaces;
        return spaces;
    }
    return -1;
}

// Whether, on the -layout line holding `text`, `digit` comes after (to the
// right of) the first Arabic letter.
bool numberAfterText(const QString& layoutText, const QString& text, QChar digit)
{
    for (const QString& line : layoutText.split(u'\n')) {
        if (!test::flattened(line).contains(text))
            continue;
        const auto arabic = std::find_if(
            line.begin(), line.end(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
        return line.indexOf(digit) > arabic - line.begin();
    }
    return false;
}

} // namespace

TEST_CASE("PDF: the text holds the place, every recommendation, the follow-up table and the "
          "quote",
          "[report][pdf]")
{
    if (const QString why = test::missingTool("pdftotext", "poppler-utils"); !why.isEmpty())
        SKIP(why.toStdString());
    auto dir = test::tempDir();
    test::SampleOptions options;
    options.firstRecommendation = 17; // the report's own numbers, not 1..12
    const QString pdf =
        renderPdf(test::sampleReport(options), dir->path(), QStringLiteral("a.pdf"));
    const auto layout = test::pdfToText(pdf);
    REQUIRE(layout.has_value());
    const QStringList pages = test::pdfPages(*layout);
    const QString body = bodyText(pages);

    CHECK(body.contains(test::samplePlace()));
    CHECK(body.contains(test::flattened(test::sampleQuote())));
    CHECK(body.contains(QStringLiteral("Detainee, private interview")));
    for (int n = 17; n < 17 + 12; ++n) {
        INFO("recommendation " << n);
        CHECK(body.contains(QStringLiteral("%1. %2").arg(n).arg(test::sampleRecommendation(n))));
    }
    CHECK_FALSE(body.contains(QRegularExpression(QStringLiteral("(?<![0-9])1\\. The prison"))));

    // Each follow-up row on one line: its number, text and status side by side.
    const QStringList lines = layout->split(u'\n');
    int headerRows = 0;
    for (const QString& line : lines)
        if (line.contains(QStringLiteral("No.")) && line.contains(QStringLiteral("Status")))
            ++headerRows;
    for (int r = 0; r < options.followUpRows; ++r) {
        const QString id = test::sampleFollowUpId(r);
        const auto line = std::find_if(lines.begin(), lines.end(),
                                       [&](const QString& l) { return l.contains(id); });
        INFO("follow-up row " << r);
        REQUIRE(line != lines.end());
        CHECK(line->contains(test::sampleFollowUpStatus(r)));
        CHECK(line->contains(QStringLiteral("Repair the heating in wing %1").arg(r % 9 + 1)));
    }
    // 200 rows need several pages, and the header row is repeated on each.
    CHECK(pages.size() >= 5);
    CHECK(headerRows >= 3);

    // "Page N of M" on every page but the cover, no marking anywhere.
    for (int p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1);
        CHECK_FALSE(pages.at(p).contains(QStringLiteral("Confidential")));
        if (p > 0) {
            CHECK(
                pages.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
            CHECK(
                pages.at(p).contains(QStringLiteral("National Preventive Mechanism of Westland")));
        }
    }
}

TEST_CASE("PDF: internal notes carry the marking on every page", "[report][pdf]")
{
    if (const QString why = test::missingTool("pdftotext", "poppler-utils"); !why.isEmpty())
        SKIP(why.toStdString());
    auto dir = test::tempDir();
    test::SampleOptions options;
    options.marking = kMarking;
    options.findings = 12;
    const QString pdf =
        renderPdf(test::sampleReport(options), dir->path(), QStringLiteral("i.pdf"));
    const auto layout = test::pdfToText(pdf);
    REQUIRE(layout.has_value());
    const QStringList pages = test::pdfPages(*layout);
    REQUIRE(pages.size() > 5);
    for (int p = 0; p < pages.size(); ++p) {
        INFO("page " << p + 1 << " of " << pages.size());
        CHECK(test::flattened(pages.at(p)).contains(test::flattened(kMarking)));
    }
    // Nothing of the report was lost to the marking or to moved headings.
    const QString body = bodyText(pages);
    for (int n = 1; n <= 12; ++n)
        CHECK(body.contains(QStringLiteral("%1. %2").arg(n).arg(test::sampleRecommendation(n))));
    CHECK(body.contains(QStringLiteral("Personnel (2)")));
}

TEST_CASE("PDF: pictures and the logo are embedded", "[report][pdf]")
{
    if (const QString why = test::missingTool("pdfimages", "poppler-utils"); !why.isEmpty())
        SKIP(why.toStdString());
    auto dir = test::tempDir();
    test::SampleOptions options;
    options.photos = 3;
    const QString pdf =
        renderPdf(test::sampleReport(options), dir->path(), QStringLiteral("p.pdf"));
    const auto list = test::pdfImages(pdf);
    REQUIRE(list.has_value());
    CHECK(list->size() == 4); // three photos and the logo
}

TEST_CASE("PDF: an Arabic report renders right to left", "[report][pdf][rtl]")
{
    if (const QString why = test::missingTool("pdftotext", "poppler-utils"); !why.isEmpty())
        SKIP(why.toStdString());
    auto dir = test::tempDir();
    ReportDocument rtl = test::arabicReport();
    ReportDocument ltr = rtl;
    ltr.rightToLeft = false;
    const auto rtlText = test::pdfToText(renderPdf(rtl, dir->path(), QStringLiteral("rtl.pdf")));
    const auto ltrText = test::pdfToText(renderPdf(ltr, dir->path(), QStringLiteral("ltr.pdf")));
    REQUIRE(rtlText.has_value());
    REQUIRE(ltrText.has_value());

    // The words come back in their logical order, shaped letters folded back.
    const QString flat = test::flattened(*rtlText);
    CHECK(flat.contains(test::arabicShortLine()));
    CHECK(flat.contains(test::arabicRecommendation()));

    // A short line sits against the right margin, not the left one.
    // (Its words only: left to right, the full stop moves to the other end.)
    const QString words = test::arabicShortLine().chopped(1);
    const qsizetype rtlColumn = columnOf(*rtlText, words);
    const qsizetype ltrColumn = columnOf(*ltrText, words);
    INFO("short line starts at column " << rtlColumn << " (left to right: " << ltrColumn << ")");
    CHECK(ltrColumn >= 0);
    CHECK(ltrColumn < 5);
    CHECK(rtlColumn > 50);

    // The recommendation's number stands to the right of its text, not before it.
    CHECK(numberAfterText(*rtlText, test::arabicRecommendation(), u'7'));
    CHECK_FALSE(numberAfterText(*ltrText, test::arabicRecommendation(), u'7'));
}

TEST_CASE("PDF: Chinese text comes back as text", "[report][pdf]")
{
    if (const QString why = test::missingTool("pdftotext", "poppler-utils"); !why.isEmpty())
        SKIP(why.toStdString());
    auto dir = test::tempDir();
    const auto text =
        test::pdfToText(renderPdf(test::chineseReport(), dir->path(), QStringLiteral("zh.pdf")));
    REQUIRE(text.has_value());
    CHECK(test::flattened(*text).contains(test::flattened(test::chineseSentence())));
    CHECK(test::flattened(*text).contains(QStringLiteral("北门监狱访问报告")));
}

TEST_CASE("PDF: renders on a worker thread, reports pages and stops when cancelled",
          "[report][pdf][thread]")
{
    const ReportDocument report = test::sampleReport();
    QList<QPair<int, int>> seen;
    QByteArray bytes;
    Status result;
    // A QThread, as QtConcurrent and the export dialog use.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        RenderControl control;
        control.progress = [&](int done, int total) {
            seen.append({done, total});
        };
        result = PdfRenderer::render(report, buffer, control);
    }));
    worker->start();
    REQUIRE(worker->wait(120'000));
    REQUIRE(result.ok());
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    REQUIRE(seen.size() > 2);
    const int total = seen.last().second;
    CHECK(seen.first() == QPair<int, int>(0, total));
    CHECK(seen.last() == QPair<int, int>(total, total));
    for (int i = 1; i < seen.size(); ++i)
        CHECK(seen.at(i).first == seen.at(i - 1).first + 1);

    // Cancelled after the second page, from the callback as a dialog would.
    auto dir = test::tempDir();
    const QString path = dir->filePath(QStringLiteral("cancelled.pdf"));
    std::atomic_bool cancel = false;
    RenderControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int) {
        if (done == 2)
            cancel = true;
    };
    Status cancelled;
    worker.reset(
        QThread::create([&] { cancelled = PdfRenderer::renderToFile(report, path, control); }));
    worker->start();
    REQUIRE(worker->wait(120'000));
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == ErrorKind::Cancelled);
    CHECK_FALSE(cancelled.error().message.isEmpty());
    CHECK(QDir(dir->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("PDF: a cover alone is one page; an empty report still renders", "[report][pdf]")
{
    ReportDocument report = test::sampleReport();
    report.sections.clear();
    int pages = 0;
    RenderControl control;
    control.progress = [&](int, int total) {
        pages = total;
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(PdfRenderer::render(report, buffer, control).ok());
    CHECK(pages == 1);

    bytes.clear();
    buffer.seek(0);
    REQUIRE(PdfRenderer::render(ReportDocument{}, buffer, control).ok());
    CHECK(pages == 1);
    CHECK(bytes.startsWith("%PDF-"));
}
