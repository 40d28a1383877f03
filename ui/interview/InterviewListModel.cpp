#include "ui/interview/InterviewListModel.h"

#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/interview/InterviewLabels.h"

#include <utility>

namespace vigil {

InterviewListModel::InterviewListModel(RecordContext& records, QString visitId, QObject* parent)
    : QAbstractTableModel(parent), m_records(records), m_visitId(std::move(visitId))
{
}

Status InterviewListModel::reload()
{
    InterviewRepository repo(m_records);
    auto interviews = repo.forVisit(m_visitId);
    if (!interviews)
        return interviews.error();
    QList<Row> rows;
    rows.reserve(interviews->size());
    for (const Interview& interview : *interviews) {
        auto consent = repo.currentConsent(interview.id);
        if (!consent)
            return consent.error();
        rows.append({interview, consent->state});
    }
    QHash<QString, QString> unitNames;
    auto visit = VisitRepository(m_records).get(m_visitId);
    if (!visit)
        return visit.error();
    auto units = PlaceRepository(m_records).units(visit->placeId);
    if (!units)
        return units.error();
    for (const PlaceUnit& unit : *units)
        unitNames.insert(unit.id, unit.name);

    beginResetModel();
    m_rows = std::move(rows);
    m_unitNames = std::move(unitNames);
    endResetModel();
    return {};
}

int InterviewListModel::rowOf(const QString& interviewId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].interview.id == interviewId)
            return i;
    }
    return -1;
}

QString InterviewListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].interview.id : QString();
}

int InterviewListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterviewListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InterviewListModel::consentText(Consent::State state) const
{
    switch (state) {
    case Consent::State::None:
        return tr("Not yet recorded");
    case Consent::State::Given:
        return tr("Given");
    case Consent::State::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QVariant InterviewListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    if (role == IdRole)
        return row.interview.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case PseudonymColumn:
        return row.interview.pseudonym;
    case KindColumn:
        return InterviewLabels::label(InterviewLabels::kinds(), row.interview.kind);
    case UnitColumn:
        return row.interview.unitId.isEmpty() ? tr("—") : m_unitNames.value(row.interview.unitId);
    case RiskColumn:
        return InterviewLabels::label(InterviewLabels::reprisalRisks(), row.interview.reprisalRisk);
    case ConsentColumn:
        return consentText(row.consent);
    default:
        return {};
    }
}

QVariant InterviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PseudonymColumn:
        return tr("Pseudonym");
    case KindColumn:
        return tr("Kind");
    case UnitColumn:
        return tr("Unit");
    case RiskColumn:
        return tr("Reprisal risk");
    case ConsentColumn:
        return tr("Consent");
    default:
        return {};
    }
}

} // namespace vigil
