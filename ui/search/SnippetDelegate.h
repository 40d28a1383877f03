#pragma once

#include <QStyledItemDelegate>

namespace vigil {

// Draws a search snippet with its matches in bold: the text between
// SearchHit::kMatchStart and kMatchEnd, read from SearchResultModel::kSnippetRole.
// Rows without a snippet are drawn as usual.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // The snippet as HTML: escaped, matches in <b>, on one line.
    static QString toHtml(const QString& snippet);
};

} // namespace vigil
