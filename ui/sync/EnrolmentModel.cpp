#include "ui/sync/EnrolmentModel.h"

#include "core/sync/org/OrgNames.h"
#include "ui/LocaleFormat.h"
#include "ui/models/ModelRoles.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/OrgLabels.h"

#include <QFontDatabase>

namespace vigil {

void EnrolmentModel::setRequests(const QList<PendingEnrolment>& all,
                                 QHash<QString, QString> personNames)
{
    beginResetModel();
    m_rows.clear();
    for (const PendingEnrolment& request : all) {
        if (request.state == OrgNames::kPending)
            m_rows.append(request);
    }
    m_persons = std::move(personNames);
    endResetModel();
}

int EnrolmentModel::rowOf(const QString& deviceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).deviceId == deviceId)
            return row;
    }
    return -1;
}

int EnrolmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnrolmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnrolmentModel::display(const PendingEnrolment& request, int column) const
{
    switch (column) {
    case NameColumn:
        return request.name;
    case LabelColumn:
        return request.label;
    case RoleColumn:
        return OrgLabels::role(request.role);
    case PersonColumn:
        return request.personId.isEmpty()
                   ? QString()
                   : m_persons.value(request.personId, tr("(deleted person)"));
    case FingerprintColumn:
        return FingerprintLabel::leftToRight(request.fingerprint);
    case ReceivedColumn:
        return localeformat::dateTime(request.receivedAt);
    default:
        return {};
    }
}

QVariant EnrolmentModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PendingEnrolment& request = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(request, index.column());
    case roles::Sort:
        return index.column() == ReceivedColumn ? QVariant(request.receivedAt)
                                                : QVariant(display(request, index.column()));
    case Qt::ToolTipRole:
        return index.column() == FingerprintColumn ? QVariant(display(request, FingerprintColumn))
                                                   : QVariant();
    case Qt::FontRole:
        if (index.column() == FingerprintColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case roles::Id:
        return request.deviceId;
    default:
        return {};
    }
}

QVariant EnrolmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Device");
    case LabelColumn:
        return tr("Invited");
    case RoleColumn:
        return tr("Role");
    case PersonColumn:
        return tr("Person");
    case FingerprintColumn:
        return tr("Fingerprint");
    case ReceivedColumn:
        return tr("Received");
    default:
        return {};
    }
}

} // namespace vigil
