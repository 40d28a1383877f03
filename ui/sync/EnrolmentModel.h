#pragma once

#include "core/sync/org/Organisation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace vigil {

// The enrolment requests waiting for the coordinator's decision
// (Organisation::enrolments, state pending): the device's name, who the
// invitation was for, its role and person, the device's fingerprint and
// when the request arrived. roles::Id is the device id.
class EnrolmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        LabelColumn,
        RoleColumn,
        PersonColumn,
        FingerprintColumn,
        ReceivedColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the pending requests of `all`.
    void setRequests(const QList<PendingEnrolment>& all, QHash<QString, QString> personNames);
    const PendingEnrolment& request(int row) const { return m_rows.at(row); }
    int rowOf(const QString& deviceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString display(const PendingEnrolment& request, int column) const;

    QList<PendingEnrolment> m_rows;
    QHash<QString, QString> m_persons;
};

} // namespace vigil
