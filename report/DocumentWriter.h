#pragma once

#include "report/ReportStyle.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTextCursor>

class QTextDocument;

namespace vigil::report {

// Appends styled blocks to a QTextDocument, one after the other: the
// low-level half of TextDocumentBuilder. Text is plain and inserted as
// such (never parsed as HTML).
class DocumentWriter
{
public:
    DocumentWriter(QTextDocument& document, const ReportStyle& style);

    const ReportStyle& style() const { return m_style; }

    void paragraph(const QString& text, const QTextBlockFormat& block,
                   const QTextCharFormat& chars);
    // Starts a block and returns the cursor in it, for mixed formats.
    QTextCursor& startBlock(const QTextBlockFormat& block, const QTextCharFormat& chars);
    void table(const QString& caption, const QStringList& header, const QList<QStringList>& rows);
    // An encoded picture scaled to fit `box` (1/96 inch), centred; false when
    // it cannot be decoded.
    bool picture(const QByteArray& encoded, const QSizeF& box, int maxEdge,
                 const QTextBlockFormat& block);
    // Starts a new page with whatever comes next.
    void breakPageBeforeNext();

    // Plain text as it may be inserted: line ends normalised, no object
    // replacement characters (the ODF writer would take them for pictures),
    // no other control characters.
    static QString clean(const QString& text);

private:
    QTextDocument& m_document;
    ReportStyle m_style;
    QTextCursor m_cursor;
    bool m_fresh = true; // the cursor's block is empty and unused
    bool m_breakBefore = false;
    int m_images = 0;
};

} // namespace vigil::report
