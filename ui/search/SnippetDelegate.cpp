#include "ui/search/SnippetDelegate.h"

#include "core/search/SearchQuery.h"
#include "ui/search/SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace vigil {

QString SnippetDelegate::toHtml(const QString& snippet)
{
    QString html;
    QString run;
    const auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == SearchHit::kMatchStart) {
            flush();
            html += QStringLiteral("<b>");
        } else if (c == SearchHit::kMatchEnd) {
            flush();
            html += QStringLiteral("</b>");
        } else {
            run += c.isSpace() ? QChar(u' ') : c;
        }
    }
    flush();
    return html;
}

void SnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const QString snippet = index.data(SearchResultModel::kSnippetRole).toString();
    if (snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, focus and selection only; the text is drawn below
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(-1);
    QTextOption textOption;
    textOption.setTextDirection(opt.direction);
    textOption.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(textOption);
    doc.setHtml(toHtml(snippet));

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    ctx.palette.setColor(QPalette::Text,
                         opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->setClipRect(textRect);
    const qreal y = textRect.top() + (textRect.height() - doc.size().height()) / 2;
    // In right-to-left layouts the text starts at the trailing edge.
    const qreal x =
        opt.direction == Qt::RightToLeft ? textRect.right() - doc.idealWidth() : textRect.left();
    painter->translate(x, y);
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

} // namespace vigil
