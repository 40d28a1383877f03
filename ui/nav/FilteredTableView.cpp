#include "ui/nav/FilteredTableView.h"

#include "ui/models/ModelRoles.h"
#include "ui/nav/AccessibleParts.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace vigil {

FilteredTableView::FilteredTableView(QAbstractItemModel* source, const QString& accessibleName,
                                     QWidget* parent, QSortFilterProxyModel* proxy)
    : QWidget(parent), m_proxy(proxy ? proxy : new QSortFilterProxyModel(this))
{
    m_proxy->setParent(this);
    m_proxy->setSourceModel(source);
    m_proxy->setSortRole(roles::Sort);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter %1").arg(accessibleName));
    AccessibleParts::enableClearButton(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setAccessibleName(accessibleName);
    AccessibleParts::nameScrollBars(m_view);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // The model's own order until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // The corner button is off, but still a child; it is named for screen readers' walks.
    if (auto* corner = m_view->findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all rows"));
    // Short labels, dates and counts get the width they need; the rest goes
    // to the stretching column. A user's own resizing stays until a reset.
    m_view->horizontalHeader()->setResizeContentsPrecision(64);
    m_view->horizontalHeader()->setMaximumSectionSize(480);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FilteredTableView::scheduleFit);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT activated(m_proxy->mapToSource(index)); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setFocusProxy(m_filter);
}

void FilteredTableView::setStretchColumn(int column)
{
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_stretch = column;
    scheduleFit();
}

void FilteredTableView::setFitLimit(int column, int maxWidth)
{
    m_fitLimits.insert(column, maxWidth);
    scheduleFit();
}

void FilteredTableView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fitOwed)
        scheduleFit();
}

void FilteredTableView::scheduleFit()
{
    m_fitOwed = true;
    if (m_fitPending)
        return;
    m_fitPending = true;
    QTimer::singleShot(0, this, &FilteredTableView::fitColumns);
}

void FilteredTableView::fitColumns()
{
    m_fitPending = false;
    if (!isVisible())
        return; // again when shown
    m_fitOwed = false;
    const int columns = m_proxy->columnCount();
    const int stretch = m_stretch >= 0 ? m_stretch : columns - 1;
    for (int c = 0; c < columns; ++c) {
        if (c == stretch || m_view->isColumnHidden(c))
            continue;
        m_view->resizeColumnToContents(c);
        if (const int limit = m_fitLimits.value(c); limit > 0 && m_view->columnWidth(c) > limit)
            m_view->setColumnWidth(c, limit);
    }
}

} // namespace vigil
