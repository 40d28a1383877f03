#pragma once

#include "core/sync/merge/Conflict.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

// The open conflicts (ConflictRepository::listOpen), one row each: the
// record (its kind and a summary), the field, when the later of the two
// edits was made and on which devices. roles::Id is the conflict id.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RecordColumn,
        FieldColumn,
        WhenColumn,
        DevicesColumn,
        ColumnCount
    };

    // A conflict with what the screen says about it.
    struct Row
    {
        Conflict conflict;
        QString record;     // "Finding: Cells overcrowded"
        QString winnerName; // the device whose version is current (or that deleted)
        QString loserName;  // the device whose version is the other one
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);
    const Row& row(int row) const { return m_rows.at(row); }
    int rowOf(const QString& conflictId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace vigil
