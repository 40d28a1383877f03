#include "ui/sync/ConflictListModel.h"

#include "core/sync/merge/ConflictDetector.h"
#include "ui/LocaleFormat.h"
#include "ui/models/ModelRoles.h"
#include "ui/sync/ConflictLabels.h"

namespace vigil {

void ConflictListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ConflictListModel::rowOf(const QString& conflictId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).conflict.id == conflictId)
            return r;
    }
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::display(const Row& row, int column) const
{
    const Conflict& c = row.conflict;
    switch (column) {
    case RecordColumn:
        return row.record;
    case FieldColumn:
        return c.kind == QLatin1StringView(ConflictDetector::kDeletion)
                   ? tr("Deleted, and %1 edited").arg(ConflictLabels::field(c.field))
                   : ConflictLabels::field(c.field);
    case WhenColumn:
        return localeformat::dateTime(c.createdAt);
    case DevicesColumn:
        return tr("%1 and %2").arg(row.winnerName, row.loserName);
    default:
        return {};
    }
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == RecordColumn ? QVariant(row.record) : QVariant();
    case roles::Sort:
        return index.column() == WhenColumn ? QVariant(row.conflict.createdAt)
                                            : QVariant(display(row, index.column()));
    case roles::Id:
        return row.conflict.id;
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case WhenColumn:
        return tr("When");
    case DevicesColumn:
        return tr("Devices");
    default:
        return {};
    }
}

} // namespace vigil
