#include "report/DocumentWriter.h"

#include "report/ReportImage.h"

#include <QTextDocument>
#include <QTextTable>
#include <QUrl>
#include <algorithm>

namespace vigil::report {

DocumentWriter::DocumentWriter(QTextDocument& document, const ReportStyle& style)
    : m_document(document), m_style(style), m_cursor(&document)
{
}

QString DocumentWriter::clean(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            out.append(u'\n');
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == QChar::ParagraphSeparator) {
            out.append(u'\n');
        } else if (c == QChar::ObjectReplacementCharacter) {
            continue;
        } else if (c.unicode() < 0x20 && c != u'\n' && c != u'\t') {
            continue;
        } else {
            out.append(c);
        }
    }
    return out;
}

QTextCursor& DocumentWriter::startBlock(const QTextBlockFormat& given, const QTextCharFormat& chars)
{
    QTextBlockFormat block = given;
    if (m_breakBefore) {
        block.setPageBreakPolicy(block.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    if (m_fresh) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_fresh = false;
    } else {
        m_cursor.insertBlock(block, chars);
    }
    return m_cursor;
}

void DocumentWriter::paragraph(const QString& text, const QTextBlockFormat& block,
                               const QTextCharFormat& chars)
{
    // Line breaks in the text become paragraphs of the same format.
    startBlock(block, chars).insertText(clean(text), chars);
}

void DocumentWriter::table(const QString& caption, const QStringList& header,
                           const QList<QStringList>& rows)
{
    qsizetype columns = header.size();
    for (const QStringList& row : rows)
        columns = std::max(columns, row.size());
    if (columns == 0)
        return;
    if (!caption.isEmpty())
        paragraph(caption, m_style.caption(false), m_style.captionText());

    const bool hasHeader = !header.isEmpty();
    QTextTableFormat format = m_style.table();
    format.setHeaderRowCount(hasHeader ? 1 : 0);
    if (m_breakBefore) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    if (m_fresh) {
        // A table cannot take the place of the empty block; keep that block
        // but make it take no room.
        QTextBlockFormat spacer = m_style.paragraph();
        spacer.setBottomMargin(0);
        spacer.setLineHeight(1, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(spacer);
    }
    const int rowCount = int(rows.size()) + (hasHeader ? 1 : 0);
    QTextTable* table = m_cursor.insertTable(rowCount, int(columns), format);

    // Collapsed borders are drawn from the cells' own borders.
    QTextTableCellFormat bodyCell;
    bodyCell.setBorder(format.border());
    bodyCell.setBorderBrush(format.borderBrush());
    bodyCell.setBorderStyle(format.borderStyle());
    QTextTableCellFormat headerCell = bodyCell;
    headerCell.setBackground(QBrush(QColor(0xe6, 0xea, 0xef)));
    const QTextBlockFormat cellBlock = m_style.cell();
    const QTextCharFormat cellText = m_style.text();
    const QTextCharFormat headerText = m_style.headerCellText();
    auto fill = [&](int row, const QStringList& cells, const QTextCharFormat& chars) {
        for (int c = 0; c < int(columns); ++c) {
            QTextTableCell cell = table->cellAt(row, c);
            cell.setFormat(row == 0 && hasHeader ? headerCell : bodyCell);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setBlockFormat(cellBlock);
            cursor.insertText(clean(cells.value(c)), chars);
        }
    };
    int row = 0;
    if (hasHeader)
        fill(row++, header, headerText);
    for (const QStringList& cells : rows)
        fill(row++, cells, cellText);

    // Continue in the block the document keeps after every table.
    m_cursor.movePosition(QTextCursor::End);
    m_fresh = true;
}

bool DocumentWriter::picture(const QByteArray& encoded, const QSizeF& box, int maxEdge,
                             const QTextBlockFormat& block)
{
    const auto picture = ReportImage::prepare(encoded, maxEdge);
    if (!picture)
        return false;
    const QUrl name(QStringLiteral("vigil-report:image/%1").arg(++m_images));
    m_document.addResource(QTextDocument::ImageResource, name, picture->encoded);
    QTextImageFormat format;
    format.setName(name.toString());
    // With both sizes set the layout never needs to decode the picture.
    const QSizeF size = ReportImage::fit(picture->pixels, box);
    format.setWidth(size.width());
    format.setHeight(size.height());
    // The ODT stores opaque pictures it re-encodes as JPEG at this quality.
    format.setQuality(88);
    startBlock(block, m_style.text()).insertImage(format);
    return true;
}

void DocumentWriter::breakPageBeforeNext()
{
    // Not "after" on the last block: a report with nothing after the cover
    // would end with an empty page.
    m_breakBefore = true;
}

} // namespace vigil::report
