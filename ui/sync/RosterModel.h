#pragma once

#include "core/sync/org/RosterEntry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace vigil {

// The organisation's devices as the roster holds them (Roster::entries):
// name, role, the person who uses it, fingerprint and whether it is
// revoked. roles::Id is the device id.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        PersonColumn,
        FingerprintColumn,
        StatusColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `personNames`: person id -> name; `selfId`: this device.
    void setEntries(QList<RosterEntry> entries, QHash<QString, QString> personNames,
                    const QString& selfId);
    const RosterEntry& entry(int row) const { return m_entries.at(row); }
    bool isSelf(int row) const { return m_entries.at(row).deviceId == m_selfId; }
    // The row of a device, or -1.
    int rowOf(const QString& deviceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const RosterEntry& entry, int column) const;

    QList<RosterEntry> m_entries;
    QHash<QString, QString> m_persons;
    QString m_selfId;
};

} // namespace vigil
