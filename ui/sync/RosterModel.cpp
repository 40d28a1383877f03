#include "ui/sync/RosterModel.h"

#include "core/sync/DeviceIdentity.h"
#include "ui/LocaleFormat.h"
#include "ui/models/ModelRoles.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/OrgLabels.h"

#include <QFontDatabase>

namespace vigil {

void RosterModel::setEntries(QList<RosterEntry> entries, QHash<QString, QString> personNames,
                             const QString& selfId)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_persons = std::move(personNames);
    m_selfId = selfId;
    endResetModel();
}

int RosterModel::rowOf(const QString& deviceId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).deviceId == deviceId)
            return row;
    }
    return -1;
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::display(const RosterEntry& entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.name;
    case RoleColumn:
        return OrgLabels::role(entry.role);
    case PersonColumn:
        return entry.personId.isEmpty() ? QString()
                                        : m_persons.value(entry.personId, tr("(deleted person)"));
    case FingerprintColumn:
        return FingerprintLabel::leftToRight(DeviceIdentity::fingerprint(entry.signPublic));
    case StatusColumn:
        if (entry.revokedAt)
            return tr("Revoked %1").arg(localeformat::dateTime(*entry.revokedAt));
        return entry.deviceId == m_selfId ? tr("This device") : tr("Active");
    default:
        return {};
    }
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RosterEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case roles::Sort:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == FingerprintColumn ? display(entry, index.column()) : QVariant();
    case Qt::FontRole:
        if (index.column() == FingerprintColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case roles::Id:
        return entry.deviceId;
    case roles::Code:
        return index.column() == RoleColumn ? QVariant(entry.role) : QVariant();
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Device");
    case RoleColumn:
        return tr("Role");
    case PersonColumn:
        return tr("Person");
    case FingerprintColumn:
        return tr("Fingerprint");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace vigil
