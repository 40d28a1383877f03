// Rendering a long report (DESIGN.md §7): a visit report of about 100 pages
// (many findings, photos, a long follow-up table, many recommendations)
// rendered to PDF with QTextDocument and QPdfWriter, against the same
// document rendered as HTML by core's HtmlRenderer, as a ratio. The ODT is
// timed too. `--quick`: a report of about 20 pages. Offscreen; a release
// build is what matters. Not a pass/fail test.
#include "core/crypto/ProcessHardening.h"
#include "core/report/HtmlRenderer.h"
#include "report/OdtRenderer.h"
#include "report/PdfRenderer.h"
#include "tests/bench/BenchSupport.h"
#include "tests/report/SampleReport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <cstdio>

using namespace vigil;
using namespace vigil::report;

namespace {

QByteArray renderPdf(const ReportDocument& report, int* pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    RenderControl control;
    control.progress = [pages](int, int total) {
        *pages = total;
    };
    if (const Status st = PdfRenderer::render(report, buffer, control); !st) {
        std::fprintf(stderr, "PDF rendering failed: %s\n", qPrintable(st.error().message));
        std::exit(1);
    }
    return bytes;
}

QByteArray renderOdt(const ReportDocument& report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (const Status st = OdtRenderer::render(report, buffer); !st) {
        std::fprintf(stderr, "ODT rendering failed: %s\n", qPrintable(st.error().message));
        std::exit(1);
    }
    return bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (!hardenProcess())
        return 3;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));

    test::SampleOptions options;
    options.findings = quick ? 12 : 80;
    options.photos = quick ? 8 : 40;
    options.photoEdge = 1600;
    options.followUpRows = quick ? 200 : 1000;
    options.recommendations = quick ? 24 : 120;
    options.marking = QStringLiteral("Confidential — internal notes");
    const ReportDocument report = test::sampleReport(options);
    const int rounds = quick ? 1 : 3;

    int pages = 0;
    QByteArray pdf = renderPdf(report, &pages); // warm-up: fonts, image codecs
    const double pdfMs = bench::bestOfMs(rounds, [&] { pdf = renderPdf(report, &pages); });
    QByteArray html;
    const double htmlMs = bench::bestOfMs(rounds * 3, [&] { html = HtmlRenderer::render(report); });
    QByteArray odt;
    const double odtMs = bench::bestOfMs(rounds, [&] { odt = renderOdt(report); });

    std::printf("Report: %d findings, %d photos (%d px), %d follow-up rows, %d recommendations\n",
                options.findings, options.photos, options.photoEdge, options.followUpRows,
                options.recommendations);
    bench::report("PDF pages", pages, "pages");
    bench::report("PDF size", double(pdf.size()) / (1024 * 1024), "MiB");
    bench::report("PDF rendered", pdfMs, "ms");
    bench::report("PDF per page", pdfMs / qMax(1, pages), "ms");
    bench::report("HTML rendered (core HtmlRenderer)", htmlMs, "ms");
    bench::report("HTML size", double(html.size()) / (1024 * 1024), "MiB");
    bench::report("ODT rendered", odtMs, "ms");
    bench::report("ODT size", double(odt.size()) / (1024 * 1024), "MiB");
    // No target: the PDF lays out and paints every page and re-encodes every
    // photo; HTML only escapes text and base64-encodes the photos.
    std::printf("%-48s %10.1fx   (%.2f ms vs %.2f ms; informational)\n",
                "PDF vs HTML of the same report", htmlMs > 0 ? pdfMs / htmlMs : 0.0, pdfMs, htmlMs);
    bench::report("peak memory", bench::peakRssMiB(), "MiB");
    return 0;
}
