#include "ui/sync/InboxModel.h"

#include "ui/LocaleFormat.h"
#include "ui/models/ModelRoles.h"

#include <QApplication>
#include <QStyle>

namespace vigil {

InboxModel::InboxModel(Database& db, QObject* parent) : QAbstractTableModel(parent), m_db(db) {}

Status InboxModel::reload()
{
    auto entries = InboxRepository(m_db).list();
    beginResetModel();
    m_entries = entries ? std::move(*entries) : QList<InboxEntry>();
    endResetModel();
    if (!entries)
        return entries.error();
    return {};
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InboxModel::stateName(const QString& state)
{
    if (state == QLatin1StringView(InboxEntry::kImported))
        return tr("Imported");
    if (state == QLatin1StringView(InboxEntry::kWaiting))
        return tr("Waiting for an earlier bundle");
    if (state == QLatin1StringView(InboxEntry::kQuarantined))
        return tr("Quarantined");
    return state;
}

QString InboxModel::senderName(const InboxEntry& entry) const
{
    if (!entry.senderName.isEmpty())
        return entry.senderName;
    if (entry.senderId.isEmpty()) // a file too damaged to say
        return tr("Unknown device");
    //: A sender not in the roster, by the start of its device id
    return tr("Unknown device %1").arg(entry.senderId.left(8));
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const InboxEntry& e = m_entries.at(index.row());
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case ReceivedColumn:
        if (display)
            return localeformat::dateTime(e.receivedAt);
        if (role == roles::Sort)
            return e.receivedAt;
        break;
    case SenderColumn:
        if (display || role == roles::Sort)
            return senderName(e);
        break;
    case StateColumn:
        if (display || role == roles::Sort)
            return stateName(e.state);
        if (role == roles::Code)
            return e.state;
        if (role == Qt::DecorationRole && e.state == QLatin1StringView(InboxEntry::kQuarantined))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case ChangesColumn:
    case FilesColumn:
    case ConflictsColumn: {
        const qint64 n = index.column() == ChangesColumn ? e.ops
                         : index.column() == FilesColumn ? e.blobs
                                                         : e.conflicts;
        if (role == Qt::DisplayRole)
            return QLocale().toString(n);
        if (role == roles::Sort)
            return n;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        break;
    }
    case ReasonColumn:
        if (display || role == roles::Sort)
            return e.reasonText;
        break;
    default:
        break;
    }
    if (role == roles::Id)
        return e.id;
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReceivedColumn:
        return tr("Received");
    case SenderColumn:
        return tr("From");
    case StateColumn:
        return tr("State");
    case ChangesColumn:
        return tr("Changes");
    case FilesColumn:
        return tr("Files");
    case ConflictsColumn:
        return tr("Conflicts");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace vigil
