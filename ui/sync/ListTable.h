#pragma once

#include "ui/nav/AccessibleParts.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

namespace vigil {

// The read-only, row-selecting tables of the sync screens: Tab leaves the
// table and arrows move in it; every part has a name for screen readers.
inline void setUpListTable(QTableView* view, const QString& accessibleName,
                           const QString& cornerName)
{
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // A long name is elided; a fingerprint (about 550 px) never is.
    view->horizontalHeader()->setMaximumSectionSize(720);
    // The corner button is off, but still a child.
    if (auto* corner = view->findChild<QAbstractButton*>())
        corner->setAccessibleName(cornerName);
    AccessibleParts::nameScrollBars(view);
}

// Selects and makes current one whole row. (QTableView::selectRow selects
// nothing in a right-to-left interface in Qt 6.4.)
inline void selectListRow(QTableView* view, int row)
{
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

} // namespace vigil
