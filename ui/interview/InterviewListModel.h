#pragma once

#include "core/model/Consent.h"
#include "core/model/Interview.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>
#include <QHash>

namespace vigil {

class RecordContext;

// The interviews of one visit, one row each: pseudonym, kind, unit, reprisal
// risk and consent state. Never names a person.
class InterviewListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PseudonymColumn,
        ConsentColumn,
        KindColumn,
        RiskColumn,
        UnitColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    InterviewListModel(RecordContext& records, QString visitId, QObject* parent = nullptr);

    Status reload();
    int rowOf(const QString& interviewId) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Interview interview;
        Consent::State consent = Consent::State::None;
    };
    QString consentText(Consent::State state) const;

    RecordContext& m_records;
    QString m_visitId;
    QList<Row> m_rows;
    QHash<QString, QString> m_unitNames;
};

} // namespace vigil
