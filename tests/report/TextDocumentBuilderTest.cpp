// The laid-out document both renderers share: headings by depth, the
// recommendations' own numbers, a repeating table header, pictures as
// resources, quotes in italics, right-to-left paragraphs for Arabic, and the
// marking in the text when asked.
#include "report/TextDocumentBuilder.h"

#include "report/DocumentWriter.h"
#include "tests/report/SampleReport.h"
#include "tests/support/TestSupport.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

std::unique_ptr<QTextDocument> build(const ReportDocument& report,
                                     const TextDocumentBuilder::Options& options = {})
{
    auto built = TextDocumentBuilder::build(report, options, {});
    REQUIRE(built.ok());
    return std::move(built).value();
}

QList<QTextBlock> blocks(const QTextDocument& document)
{
    QList<QTextBlock> all;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        all.append(b);
    return all;
}

QList<QTextTable*> tables(const QTextDocument& document)
{
    QList<QTextTable*> found;
    for (QTextFrame* frame : document.rootFrame()->childFrames())
        if (auto* table = qobject_cast<QTextTable*>(frame))
            found.append(table);
    return found;
}

} // namespace

TEST_CASE("builder: headings follow the depth of the sections", "[report][builder]")
{
    const ReportDocument report = test::sampleReport();
    const auto document = build(report);
    QStringList h1;
    QStringList h2;
    for (const QTextBlock& b : blocks(*document)) {
        if (b.blockFormat().headingLevel() == 1)
            h1.append(b.text());
        else if (b.blockFormat().headingLevel() == 2)
            h2.append(b.text());
    }
    QStringList titles;
    for (const Section& s : report.sections)
        titles.append(s.title);
    CHECK(h1 == titles);
    CHECK(h2.first() == QStringLiteral("Treatment"));
    CHECK(h2.size() == 6);
    CHECK(document->metaInformation(QTextDocument::DocumentTitle) == report.cover.title);
}

TEST_CASE("builder: recommendations keep their own numbers and details", "[report][builder]")
{
    test::SampleOptions options;
    options.firstRecommendation = 40;
    const auto document = build(test::sampleReport(options));
    QStringList numbered;
    for (const QTextBlock& b : blocks(*document))
        if (b.text().contains(u'\t'))
            numbered.append(b.text());
    REQUIRE(numbered.size() == 12);
    for (int i = 0; i < 12; ++i)
        CHECK(numbered.at(i) ==
              QStringLiteral("%1.\t%2").arg(40 + i).arg(test::sampleRecommendation(40 + i)));
    const QString plain = document->toPlainText();
    CHECK(plain.contains(QStringLiteral("Addressee: Prison administration · Priority: High · "
                                        "Deadline: June 30, 2025")));
    CHECK(plain.contains(QStringLiteral("Repeats recommendation 4 of the visit of 3 March 2024")));
}

TEST_CASE("builder: tables repeat their header row and hold every row", "[report][builder]")
{
    const auto document = build(test::sampleReport());
    const QList<QTextTable*> found = tables(*document);
    REQUIRE(found.size() == 2); // interviews, follow-up
    QTextTable* followUp = found.at(1);
    CHECK(followUp->format().headerRowCount() == 1);
    CHECK(followUp->rows() == 201);
    CHECK(followUp->columns() == 3);
    CHECK(followUp->cellAt(0, 2).firstCursorPosition().block().text() == QStringLiteral("Status"));
    CHECK(followUp->cellAt(200, 0).firstCursorPosition().block().text() ==
          test::sampleFollowUpId(199));
}

TEST_CASE("builder: pictures are in-memory resources; unreadable ones are said so",
          "[report][builder]")
{
    test::SampleOptions options;
    options.photos = 2;
    ReportDocument report = test::sampleReport(options);
    report.sections[0].blocks.append(
        Image{QByteArray("garbage"), QStringLiteral("image/png"), QStringLiteral("Broken"), {}});
    const auto document = build(report);
    int images = 0;
    for (const QTextBlock& b : blocks(*document)) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            ++images;
            const QVariant resource = document->resource(QTextDocument::ImageResource,
                                                         QUrl(format.toImageFormat().name()));
            // Held encoded (decoded page by page when painted).
            REQUIRE(resource.userType() == QMetaType::QByteArray);
            CHECK_FALSE(QImage::fromData(resource.toByteArray()).isNull());
            CHECK(format.toImageFormat().width() <= 600);
        }
    }
    CHECK(images == 3); // the logo and two photos
    CHECK(document->toPlainText().contains(QStringLiteral("(A picture that could not be read.)")));
}

TEST_CASE("builder: quotes are italic and attributed", "[report][builder]")
{
    const auto document = build(test::sampleReport());
    bool found = false;
    for (const QTextBlock& b : blocks(*document)) {
        if (!b.text().contains(test::sampleQuote()))
            continue;
        found = true;
        CHECK(b.text() == QStringLiteral("“%1”").arg(test::sampleQuote()));
        CHECK(b.begin().fragment().charFormat().fontItalic());
        CHECK(b.next().text() == QStringLiteral("— Detainee, private interview"));
    }
    CHECK(found);
}

TEST_CASE("builder: an Arabic report is right to left throughout", "[report][builder][rtl]")
{
    const auto document = build(test::arabicReport());
    CHECK(document->defaultTextOption().textDirection() == Qt::RightToLeft);
    for (const QTextBlock& b : blocks(*document)) {
        INFO(b.text().toStdString());
        CHECK(b.blockFormat().layoutDirection() == Qt::RightToLeft);
        const Qt::Alignment align = b.blockFormat().alignment();
        CHECK_FALSE((align & Qt::AlignLeft));
    }
}

TEST_CASE("builder: the marking goes in the text only when asked", "[report][builder]")
{
    test::SampleOptions options;
    options.marking = QStringLiteral("Confidential");
    const ReportDocument report = test::sampleReport(options);
    auto count = [](const QTextDocument& d) {
        int n = 0;
        for (const QTextBlock& b : blocks(d))
            n += b.text() == QStringLiteral("Confidential");
        return n;
    };
    CHECK(count(*build(report)) == 0);
    TextDocumentBuilder::Options inText;
    inText.markingInText = true;
    const auto document = build(report, inText);
    CHECK(count(*document) == report.sections.size() + 2);
    CHECK(document->begin().text() == QStringLiteral("Confidential"));
    CHECK(document->lastBlock().text() == QStringLiteral("Confidential"));
}

TEST_CASE("builder: text is inserted as plain text, control characters dropped",
          "[report][builder]")
{
    CHECK(DocumentWriter::clean(QStringLiteral("a\r\nb\rc\u2029d")) ==
          QStringLiteral("a\nb\nc\nd"));
    CHECK(DocumentWriter::clean(QStringLiteral("x\uFFFCy\x01z\tw")) == QStringLiteral("xyz\tw"));
    ReportDocument report;
    report.sections.append(
        test::makeSection(QStringLiteral("s"), QStringLiteral("<b>Title</b>"),
                          {Paragraph{QStringLiteral("<i>not html</i> & more"), {}}}));
    const QString plain = build(report)->toPlainText();
    CHECK(plain.contains(QStringLiteral("<b>Title</b>")));
    CHECK(plain.contains(QStringLiteral("<i>not html</i> & more")));
}

TEST_CASE("builder: a set cancel flag stops it", "[report][builder]")
{
    std::atomic_bool cancel = true;
    RenderControl control;
    control.cancel = &cancel;
    auto built = TextDocumentBuilder::build(test::sampleReport(), {}, control);
    REQUIRE_FALSE(built.ok());
    CHECK(built.error().kind == ErrorKind::Cancelled);
}
