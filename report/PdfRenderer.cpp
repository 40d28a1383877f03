#include "report/PdfRenderer.h"

#include "report/ReportFile.h"
#include "report/ReportStyle.h"
#include "report/TextDocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <cmath>

namespace vigil::report {

namespace {

// A4 page geometry, in millimetres.
constexpr qreal kMarginSide = 20;
constexpr qreal kMarginTop = 24;
constexpr qreal kMarginBottom = 22;
constexpr qreal kHeaderTop = 8; // the marking's band: 8–16 mm from the top
constexpr qreal kHeaderBottom = 16;
constexpr qreal kFooterTop = 13; // the footer's band: 13–8 mm from the bottom
constexpr qreal kFooterBottom = 8;

class PageGeometry
{
public:
    explicit PageGeometry(const QPdfWriter& writer)
        : m_dpmm(writer.resolution() / 25.4), m_page(0, 0, writer.width(), writer.height())
    {
    }
    qreal mm(qreal millimetres) const { return millimetres * m_dpmm; }
    QRectF body() const
    {
        return m_page.adjusted(mm(kMarginSide), mm(kMarginTop), -mm(kMarginSide),
                               -mm(kMarginBottom));
    }
    QRectF header() const
    {
        return {mm(kMarginSide), mm(kHeaderTop), body().width(), mm(kHeaderBottom - kHeaderTop)};
    }
    QRectF footer() const
    {
        return {mm(kMarginSide), m_page.height() - mm(kFooterTop), body().width(),
                mm(kFooterTop - kFooterBottom)};
    }

private:
    qreal m_dpmm;
    QRectF m_page;
};

// QTextDocument has no "keep with next": a heading or a table caption that
// ends up at the foot of a page is moved to the next one. Checked in order,
// so each decision sees the layout the previous ones produced; returns how
// many blocks were moved.
int keepWithNext(QTextDocument& document, qreal pageHeight, qreal minimumFollowing)
{
    // Formats are in 1/96 inch, the layout in device pixels.
    const qreal unitsPerPixel = document.documentLayout()->paintDevice()->logicalDpiY() / 96.0;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    int moved = 0;
    // Blocks of the root frame only: table cells never carry the property.
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (!block.isValid())
            continue;
        const QTextBlockFormat format = block.blockFormat();
        if (!format.boolProperty(ReportStyle::KeepWithNext) ||
            (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.height() > pageHeight / 4)
            continue;
        // Room for a few lines after it, or for all of a picture.
        qreal following = minimumFollowing;
        auto next = it;
        ++next;
        if (!next.atEnd() && next.currentBlock().isValid()) {
            const QTextLayout* nextLayout = next.currentBlock().layout();
            if (nextLayout && nextLayout->lineCount() > 0)
                following = std::max(following, nextLayout->lineAt(0).height() +
                                                    next.currentBlock().blockFormat().topMargin() *
                                                        unitsPerPixel);
        }
        const qreal page = std::floor(rect.top() / pageHeight);
        const qreal left = (page + 1) * pageHeight - rect.bottom();
        if (left >= following)
            continue;
        QTextBlockFormat breaking = format;
        breaking.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(breaking);
        // Lay out again everything after it, not just this block (see paginate).
        document.markContentsDirty(block.position(), document.characterCount() - block.position());
        ++moved;
    }
    return moved;
}

// Lays the document out for pages of `pageSize` (device pixels), headings
// kept with what follows them.
void paginate(QTextDocument& document, const QSizeF& pageSize, qreal minimumFollowing)
{
    document.setPageSize(pageSize);
    for (int pass = 0; pass < 3; ++pass) {
        const int moved = keepWithNext(document, pageSize.height(), minimumFollowing);
        if (moved == 0)
            break;
        // QTextDocumentLayout's incremental relayout after a format change
        // can misplace later blocks of a paginated document (whole sections
        // went missing before the rest was marked dirty). A full layout (the
        // page size set again) is exact; the next pass checks on it.
        document.setPageSize(pageSize);
    }
}

class PagePainter
{
public:
    PagePainter(QPainter& painter, const PageGeometry& geometry, const ReportDocument& report)
        : m_painter(painter), m_geometry(geometry), m_report(report), m_style(report.rightToLeft)
    {
        m_font = m_style.baseFont();
        m_font.setPointSizeF(8.5);
        m_markingFont = m_font;
        m_markingFont.setBold(true);
    }

    void decorate(int index, int count)
    {
        const QRectF header = m_geometry.header();
        if (!m_report.marking.isEmpty()) {
            m_painter.setFont(m_markingFont);
            m_painter.setPen(m_style.markingColor());
            m_painter.drawText(header, m_report.marking, option(Qt::AlignHCenter, true));
            rule(header.bottom() + m_geometry.mm(0.8));
        }
        if (index == 0)
            return; // the cover has no footer: it shows the body and is page 1 of M
        const QRectF footer = m_geometry.footer();
        rule(footer.top());
        m_painter.setFont(m_font);
        m_painter.setPen(m_style.muted());
        const QString pageText = PdfRenderer::tr("Page %1 of %2").arg(index + 1).arg(count);
        const QFontMetricsF metrics(m_font, m_painter.device());
        const qreal pageWidth = metrics.horizontalAdvance(pageText) + m_geometry.mm(6);
        const QString body =
            metrics.elidedText(m_report.cover.bodyName, Qt::ElideRight, footer.width() - pageWidth);
        m_painter.drawText(footer, body, option(m_style.start(), false));
        m_painter.drawText(footer, pageText, option(m_style.end(), false));
    }

private:
    QTextOption option(Qt::Alignment horizontal, bool wrap) const
    {
        QTextOption option(horizontal | Qt::AlignVCenter);
        option.setTextDirection(m_style.direction());
        option.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
        return option;
    }

    void rule(qreal y)
    {
        QPen pen(QColor(0xb8, 0xbf, 0xc7));
        pen.setWidthF(m_geometry.mm(0.2));
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(m_geometry.body().left(), y),
                           QPointF(m_geometry.body().right(), y));
    }

    QPainter& m_painter;
    const PageGeometry& m_geometry;
    const ReportDocument& m_report;
    ReportStyle m_style;
    QFont m_font;
    QFont m_markingFont;
};

} // namespace

Status PdfRenderer::render(const ReportDocument& report, QIODevice& device,
                           const RenderControl& control)
{
    auto built = TextDocumentBuilder::build(report, {}, control);
    if (!built)
        return built.error();
    QTextDocument& document = **built;

    QPdfWriter writer(&device);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(report.cover.title);
    writer.setCreator(QStringLiteral("Vigil"));
    const PageGeometry geometry(writer);
    const QRectF body = geometry.body();

    // Lay out at the PDF's resolution: fonts in points and lengths in 1/96
    // inch are scaled to the device by the layout, the page size is in
    // device pixels.
    document.documentLayout()->setPaintDevice(&writer);
    const qreal line = QFontMetricsF(document.defaultFont(), &writer).lineSpacing();
    paginate(document, body.size(), 4 * line);
    if (control.cancelled())
        return TextDocumentBuilder::cancelledError();

    const int pages = document.pageCount();
    control.report(0, pages);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(ErrorKind::Io, tr("The PDF could not be written."),
                           QStringLiteral("QPainter::begin failed on QPdfWriter"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setLayoutDirection(report.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    PagePainter decoration(painter, geometry, report);
    for (int i = 0; i < pages; ++i) {
        if (control.cancelled())
            return TextDocumentBuilder::cancelledError();
        if (i > 0 && !writer.newPage())
            return Error::make(ErrorKind::Io, tr("The PDF could not be written."),
                               QStringLiteral("QPdfWriter::newPage failed"));
        painter.save();
        const QRectF pageRect(0, i * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - pageRect.top());
        // Half a device pixel short of the next page: what starts exactly
        // there (a picture) would otherwise show as a hairline at the foot.
        const QRectF clip = pageRect.adjusted(0, 0, 0, -0.5);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        decoration.decorate(i, pages);
        control.report(i + 1, pages);
    }
    if (!painter.end())
        return Error::make(ErrorKind::Io, tr("The PDF could not be written."),
                           QStringLiteral("QPainter::end failed on QPdfWriter"));
    return {};
}

Status PdfRenderer::renderToFile(const ReportDocument& report, const QString& path,
                                 const RenderControl& control)
{
    return ReportFile::write(path,
                             [&](QIODevice& device) { return render(report, device, control); });
}

} // namespace vigil::report
