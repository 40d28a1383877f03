#pragma once

#include <QColor>
#include <QFont>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextTableFormat>

namespace vigil::report {

// The look of a rendered report, in one place: fonts, sizes, spacing and the
// direction of the text. Lengths are in 1/96 inch, as QTextDocument expects;
// its layout scales them to the paint device (a 300 dpi PDF page).
//
// Alignment is always absolute (left/right), worked out from the direction,
// because the ODF writer has no notion of a paragraph's direction: "start"
// would come out as "left" in an Arabic ODT.
class ReportStyle
{
public:
    // A custom block property: keep this block on the same page as the next
    // one (headings, table captions). PdfRenderer honours it.
    static constexpr int KeepWithNext = QTextFormat::UserProperty + 1;

    explicit ReportStyle(bool rightToLeft);

    bool rightToLeft() const { return m_rtl; }
    Qt::Alignment start() const;
    Qt::Alignment end() const;
    Qt::LayoutDirection direction() const;

    QFont baseFont() const;
    QColor accent() const { return {0x1f, 0x3a, 0x5f}; }
    QColor muted() const { return {0x55, 0x5b, 0x63}; }
    QColor markingColor() const { return {0xa3, 0x12, 0x1f}; }

    QTextBlockFormat paragraph() const;
    QTextCharFormat text() const;
    // Level 1 for a top-level section, 2 and 3 below it.
    QTextBlockFormat heading(int level) const;
    QTextCharFormat headingText(int level) const;
    QTextBlockFormat quote() const;
    QTextCharFormat quoteText() const;
    QTextBlockFormat attribution() const;
    QTextBlockFormat caption(bool centred) const;
    QTextCharFormat captionText() const;
    QTextBlockFormat figure() const;
    // A recommendation: its number hangs in the start margin.
    QTextBlockFormat recommendation() const;
    QTextCharFormat recommendationNumber() const;
    QTextBlockFormat recommendationDetail() const;
    QTextCharFormat detailText() const;
    QTextTableFormat table() const;
    QTextBlockFormat cell() const;
    QTextCharFormat headerCellText() const;
    QTextBlockFormat marking() const;
    QTextCharFormat markingText() const;
    // Cover page lines, centred.
    QTextBlockFormat coverLine(qreal topMargin) const;
    QTextCharFormat coverText(qreal pointSize, bool bold, const QColor& colour) const;

    static constexpr qreal kHangingIndent = 34; // room for "123."

private:
    QTextBlockFormat block(Qt::Alignment alignment) const;
    void setStartMargin(QTextBlockFormat& format, qreal margin) const;

    bool m_rtl = false;
};

} // namespace vigil::report
