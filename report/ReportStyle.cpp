#include "report/ReportStyle.h"

#include <QBrush>

namespace vigil::report {

namespace {
constexpr qreal kBodyPoints = 10.5;
constexpr qreal kSmallPoints = 9;
} // namespace

ReportStyle::ReportStyle(bool rightToLeft) : m_rtl(rightToLeft) {}

Qt::Alignment ReportStyle::start() const
{
    return Qt::AlignAbsolute | (m_rtl ? Qt::AlignRight : Qt::AlignLeft);
}

Qt::Alignment ReportStyle::end() const
{
    return Qt::AlignAbsolute | (m_rtl ? Qt::AlignLeft : Qt::AlignRight);
}

Qt::LayoutDirection ReportStyle::direction() const
{
    return m_rtl ? Qt::RightToLeft : Qt::LeftToRight;
}

QFont ReportStyle::baseFont() const
{
    // Widely installed families first; Qt falls back per script (Arabic,
    // CJK) to any installed font that has the glyphs.
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("Arial")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(kBodyPoints);
    return font;
}

QTextBlockFormat ReportStyle::block(Qt::Alignment alignment) const
{
    QTextBlockFormat format;
    format.setLayoutDirection(direction());
    format.setAlignment(alignment);
    return format;
}

void ReportStyle::setStartMargin(QTextBlockFormat& format, qreal margin) const
{
    // Margins are absolute sides in QTextDocument; the start is the right in RTL.
    if (m_rtl)
        format.setRightMargin(margin);
    else
        format.setLeftMargin(margin);
}

QTextBlockFormat ReportStyle::paragraph() const
{
    QTextBlockFormat format = block(Qt::AlignJustify);
    format.setBottomMargin(7);
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextCharFormat ReportStyle::text() const
{
    QTextCharFormat format;
    format.setFontPointSize(kBodyPoints);
    format.setFontWeight(QFont::Normal);
    format.setFontItalic(false);
    format.setForeground(QBrush(Qt::black));
    return format;
}

QTextBlockFormat ReportStyle::heading(int level) const
{
    QTextBlockFormat format = block(start());
    format.setHeadingLevel(level);
    format.setTopMargin(level == 1 ? 22 : level == 2 ? 16 : 12);
    format.setBottomMargin(level == 1 ? 10 : 6);
    format.setProperty(KeepWithNext, true);
    return format;
}

QTextCharFormat ReportStyle::headingText(int level) const
{
    QTextCharFormat format = text();
    format.setFontPointSize(level == 1 ? 17 : level == 2 ? 13.5 : 11.5);
    format.setFontWeight(QFont::Bold);
    format.setForeground(QBrush(accent()));
    return format;
}

QTextBlockFormat ReportStyle::quote() const
{
    QTextBlockFormat format = block(start());
    format.setLeftMargin(36);
    format.setRightMargin(36);
    format.setTopMargin(4);
    format.setBottomMargin(2);
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    return format;
}

QTextCharFormat ReportStyle::quoteText() const
{
    QTextCharFormat format = text();
    format.setFontItalic(true);
    format.setForeground(QBrush(QColor(0x26, 0x2b, 0x31)));
    return format;
}

QTextBlockFormat ReportStyle::attribution() const
{
    QTextBlockFormat format = block(end());
    format.setLeftMargin(36);
    format.setRightMargin(36);
    format.setBottomMargin(10);
    return format;
}

QTextBlockFormat ReportStyle::caption(bool centred) const
{
    QTextBlockFormat format = block(centred ? Qt::AlignHCenter : start());
    format.setTopMargin(centred ? 2 : 8);
    format.setBottomMargin(centred ? 12 : 4);
    if (!centred)
        format.setProperty(KeepWithNext, true); // a table caption stays with its table
    return format;
}

QTextCharFormat ReportStyle::captionText() const
{
    QTextCharFormat format = text();
    format.setFontPointSize(kSmallPoints);
    format.setFontWeight(QFont::DemiBold);
    format.setForeground(QBrush(muted()));
    return format;
}

QTextBlockFormat ReportStyle::figure() const
{
    QTextBlockFormat format = block(Qt::AlignHCenter);
    format.setTopMargin(8);
    return format;
}

QTextBlockFormat ReportStyle::recommendation() const
{
    QTextBlockFormat format = block(start());
    setStartMargin(format, kHangingIndent);
    format.setTextIndent(-kHangingIndent);
    format.setTopMargin(6);
    format.setBottomMargin(1);
    format.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    format.setTabPositions(
        {QTextOption::Tab(kHangingIndent, m_rtl ? QTextOption::RightTab : QTextOption::LeftTab)});
    return format;
}

QTextCharFormat ReportStyle::recommendationNumber() const
{
    QTextCharFormat format = text();
    format.setFontWeight(QFont::Bold);
    format.setForeground(QBrush(accent()));
    return format;
}

QTextBlockFormat ReportStyle::recommendationDetail() const
{
    QTextBlockFormat format = block(start());
    setStartMargin(format, kHangingIndent);
    format.setBottomMargin(1);
    return format;
}

QTextCharFormat ReportStyle::detailText() const
{
    QTextCharFormat format = text();
    format.setFontPointSize(kSmallPoints);
    format.setForeground(QBrush(muted()));
    return format;
}

QTextTableFormat ReportStyle::table() const
{
    QTextTableFormat format;
    format.setLayoutDirection(direction());
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1); // repeated at the top of every page the table spans
    format.setBorder(0.75);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QBrush(QColor(0x9a, 0xa3, 0xad)));
    format.setBorderCollapse(true);
    format.setCellPadding(4);
    format.setCellSpacing(0);
    format.setTopMargin(2);
    format.setBottomMargin(10);
    return format;
}

QTextBlockFormat ReportStyle::cell() const
{
    return block(start());
}

QTextCharFormat ReportStyle::headerCellText() const
{
    QTextCharFormat format = text();
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextBlockFormat ReportStyle::marking() const
{
    QTextBlockFormat format = block(Qt::AlignHCenter);
    format.setTopMargin(4);
    format.setBottomMargin(8);
    return format;
}

QTextCharFormat ReportStyle::markingText() const
{
    QTextCharFormat format = text();
    format.setFontPointSize(kSmallPoints);
    format.setFontWeight(QFont::Bold);
    format.setForeground(QBrush(markingColor()));
    return format;
}

QTextBlockFormat ReportStyle::coverLine(qreal topMargin) const
{
    QTextBlockFormat format = block(Qt::AlignHCenter);
    format.setTopMargin(topMargin);
    format.setBottomMargin(2);
    return format;
}

QTextCharFormat ReportStyle::coverText(qreal pointSize, bool bold, const QColor& colour) const
{
    QTextCharFormat format = text();
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    format.setForeground(QBrush(colour));
    return format;
}

} // namespace vigil::report
