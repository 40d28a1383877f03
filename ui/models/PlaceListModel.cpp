#include "ui/models/PlaceListModel.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationQueries.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "core/model/VocabularyLabels.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace vigil {

PlaceListModel::PlaceListModel(UiContext& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &PlaceListModel::reload);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, &PlaceListModel::fillFollowUp);
    connect(&ctx, &UiContext::recordsChanged, this, [this](const QString& entity, const QString&) {
        // Visits and recommendations feed the follow-up columns.
        for (const EntitySpec* spec :
             {&catalog::kPlace, &catalog::kVisit, &catalog::kVisitTransition,
              &catalog::kRecommendation, &catalog::kRecommendationEvent}) {
            if (entity == QLatin1StringView(spec->entity)) {
                m_reloadTimer.start();
                return;
            }
        }
    });
    reload();
}

void PlaceListModel::reload()
{
    m_reloadTimer.stop();
    auto places = PlaceRepository(m_ctx.records()).list();
    beginResetModel();
    m_places.clear();
    if (places)
        m_places = std::move(*places);
    m_followUp = QList<std::optional<FollowUp>>(m_places.size());
    m_nextFollowUp = 0;
    endResetModel();
    if (!places)
        m_ctx.report(places.error());
    m_fillTimer.start();
}

bool PlaceListModel::isFollowUpComplete() const
{
    return m_nextFollowUp >= m_places.size();
}

void PlaceListModel::fillFollowUp()
{
    QElapsedTimer spent;
    spent.start();
    const int first = m_nextFollowUp;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    VisitRepository visits(m_ctx.records());
    RecommendationQueries recommendations(m_ctx.records());
    while (m_nextFollowUp < m_places.size() && spent.elapsed() < kFillBudgetMs) {
        const QString& id = m_places.at(m_nextFollowUp).id;
        auto history = visits.listForPlace(id);
        auto open = recommendations.openForPlace(id);
        if (!history || !open) {
            m_nextFollowUp = int(m_places.size()); // stop; the next reload tries again
            m_ctx.report(!history ? history.error() : open.error());
            break;
        }
        FollowUp& f = m_followUp[m_nextFollowUp].emplace();
        // The latest visit that has begun: planned visits still ahead do not count.
        for (const Visit& v : *history) {
            const std::optional<qint64> date = v.actualStart ? v.actualStart : v.plannedStart;
            if (date && *date <= now && (!f.lastVisit || *date > *f.lastVisit))
                f.lastVisit = date;
        }
        f.openRecommendations = open->size();
        ++m_nextFollowUp;
    }
    if (m_nextFollowUp > first && first < m_places.size())
        Q_EMIT dataChanged(
            index(first, LastVisitColumn),
            index(qMin(m_nextFollowUp, int(m_places.size())) - 1, OpenRecommendationsColumn));
    if (!isFollowUpComplete())
        m_fillTimer.start();
}

int PlaceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

int PlaceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Place& p = m_places.at(index.row());
    switch (role) {
    case roles::Id:
    case roles::PlaceId:
        return p.id;
    case roles::Code:
        if (index.column() == TypeColumn)
            return p.type;
        if (index.column() == OperatorColumn)
            return p.operatorKind;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case TypeColumn:
            return VocabularyLabels::placeType(p.type);
        case OperatorColumn:
            return VocabularyLabels::operatorKind(p.operatorKind);
        case LastVisitColumn:
            if (const auto& f = m_followUp.at(index.row()))
                return f->lastVisit ? displayDate(f->lastVisit) : tr("Never");
            return {}; // not read yet
        case OpenRecommendationsColumn:
            if (const auto& f = m_followUp.at(index.row()))
                return f->openRecommendations;
            return {};
        }
        return {};
    case roles::Sort:
        if (index.column() == LastVisitColumn) {
            const auto& f = m_followUp.at(index.row());
            return f ? f->lastVisit.value_or(0) : qint64(0);
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == OpenRecommendationsColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PlaceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case OperatorColumn:
        return tr("Operator");
    case LastVisitColumn:
        return tr("Last visit");
    case OpenRecommendationsColumn:
        return tr("Open recommendations");
    default:
        return {};
    }
}

int PlaceListModel::rowOf(const QString& placeId) const
{
    for (int row = 0; row < m_places.size(); ++row) {
        if (m_places.at(row).id == placeId)
            return row;
    }
    return -1;
}

} // namespace vigil
