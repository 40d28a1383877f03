#pragma once

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace vigil {

// A table of records with a filter line above it: the list pages' common
// part. Sorting and filtering go through a QSortFilterProxyModel (sorting on
// roles::Sort); activating a row (double-click, Enter) reports the source
// model's index, so pages never deal with proxy rows.
class FilteredTableView : public QWidget
{
    Q_OBJECT
public:
    // `proxy` (optional, adopted) filters by more than the text, e.g. a status.
    FilteredTableView(QAbstractItemModel* source, const QString& accessibleName,
                      QWidget* parent = nullptr, QSortFilterProxyModel* proxy = nullptr);

    QTableView* view() const { return m_view; }
    // The column that takes the width left over (by default the last).
    void setStretchColumn(int column);
    // The most a column takes when fitted to its contents (long names are
    // elided), so a wide table leaves the stretching column room.
    void setFitLimit(int column, int maxWidth);
    QLineEdit* filterEdit() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

Q_SIGNALS:
    void activated(const QModelIndex& sourceIndex);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Sizes every column but the stretching one to its header and the rows
    // in view (not all rows: a list may hold 100k), once per reset.
    void fitColumns();
    void scheduleFit();

    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    int m_stretch = -1; // -1: the last column stretches
    QHash<int, int> m_fitLimits; // column -> the most it is fitted to
    bool m_fitPending = false;
    bool m_fitOwed = true; // not fitted since the last reset
};

} // namespace vigil
