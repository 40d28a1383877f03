#pragma once

#include "core/report/RecommendationTracker.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

// The recommendation tracker's rows (RecommendationTracker::query): where
// and when each recommendation was made, its status and how often it was
// repeated. roles::Id is the recommendation, roles::VisitId the visit it was
// made on; roles::Code gives the status (status column) and the place type
// (place column); roles::Sort the raw value to sort by.
class TrackerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TextColumn,
        PlaceColumn,
        VisitDateColumn,
        StatusColumn,
        PriorityColumn,
        DeadlineColumn,
        ThemesColumn,
        RepeatedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<report::TrackerRow> rows);
    const report::TrackerRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const report::TrackerRow& row, int column) const;
    QVariant sortValue(const report::TrackerRow& row, int column) const;

    QList<report::TrackerRow> m_rows;
};

} // namespace vigil
