#pragma once

#include "core/sync/exchange/InboxRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigil {

class Database;

// The sync inbox as a table (table sync_inbox): when each bundle arrived,
// from which device, whether it was imported, is waiting for an earlier one
// or was quarantined, what it carried and, when refused, why in a plain
// sentence. Newest first.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReceivedColumn,
        SenderColumn,
        StateColumn,
        ChangesColumn,
        FilesColumn,
        ConflictsColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit InboxModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const InboxEntry& entry(int row) const { return m_entries.at(row); }
    static QString stateName(const QString& state);

public Q_SLOTS:
    Status reload();

private:
    QString senderName(const InboxEntry& entry) const;

    Database& m_db;
    QList<InboxEntry> m_entries;
};

} // namespace vigil
