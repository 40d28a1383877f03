#include "ui/models/VisitListModel.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "core/model/VocabularyLabels.h"

#include <utility>

namespace vigil {

namespace {

std::optional<qint64> visitDate(const Visit& v)
{
    return v.actualStart ? v.actualStart : v.plannedStart;
}

} // namespace

VisitListModel::VisitListModel(UiContext& ctx, QString placeId, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx), m_placeId(std::move(placeId))
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &VisitListModel::reload);
    connect(&ctx, &UiContext::recordsChanged, this,
            [this](const QString& entity, const QString&) { onRecordsChanged(entity); });
    reload();
}

void VisitListModel::onRecordsChanged(const QString& entity)
{
    if (entity == QLatin1StringView(catalog::kVisit.entity) ||
        entity == QLatin1StringView(catalog::kPlace.entity) ||
        entity == QLatin1StringView(catalog::kVisitTransition.entity))
        m_reloadTimer.start();
}

bool VisitListModel::loadPlaceNames()
{
    auto places = PlaceRepository(m_ctx.records()).list();
    if (!places) {
        m_ctx.report(places.error());
        return false;
    }
    m_placeNames.clear();
    for (const Place& p : *places)
        m_placeNames.insert(p.id, p.name);
    return true;
}

void VisitListModel::reload()
{
    m_reloadTimer.stop();
    VisitRepository repo(m_ctx.records());
    // As many rows as were loaded, in whole pages, so the view keeps its place.
    const qint64 wanted =
        qMax<qint64>(kPageSize, (m_visits.size() + kPageSize - 1) / kPageSize * kPageSize);
    auto visits = m_placeId.isEmpty() ? repo.list(0, wanted) : repo.listForPlace(m_placeId);

    beginResetModel();
    m_visits.clear();
    m_atEnd = true;
    if (loadPlaceNames()) {
        if (visits) {
            m_visits = std::move(*visits);
            m_atEnd = !m_placeId.isEmpty() || m_visits.size() < wanted;
        } else {
            m_ctx.report(visits.error());
        }
    }
    endResetModel();
}

bool VisitListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void VisitListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    auto page = VisitRepository(m_ctx.records()).list(m_visits.size(), kPageSize);
    if (!page) {
        m_atEnd = true; // do not retry on every scroll; the next reload will
        m_ctx.report(page.error());
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_visits.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_visits.append(*page);
    endInsertRows();
    m_fetching = false;
}

int VisitListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int VisitListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit& v = m_visits.at(index.row());
    switch (role) {
    case roles::Id:
    case roles::VisitId:
        return v.id;
    case roles::PlaceId:
        return v.placeId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case DateColumn:
            return visitDate(v) ? displayDate(visitDate(v)) : tr("No date");
        case PlaceColumn:
            return m_placeNames.value(v.placeId, tr("Unknown place"));
        case TypeColumn:
            return VocabularyLabels::visitType(v.type);
        case UnannouncedColumn:
            return v.unannounced ? tr("Unannounced") : tr("Announced");
        case StateColumn:
            return VocabularyLabels::visitState(v.state);
        }
        break;
    case roles::Sort:
        switch (index.column()) {
        case DateColumn:
            return visitDate(v) ? QVariant(*visitDate(v)) : QVariant(qint64(0));
        case UnannouncedColumn:
            return v.unannounced;
        case StateColumn:
            // Lifecycle order, not alphabetical.
            for (int i = 0; const char* s : vocab::kVisitStates) {
                if (v.state == QLatin1StringView(s))
                    return i;
                ++i;
            }
            return -1;
        default:
            return data(index, Qt::DisplayRole);
        }
    case roles::Code:
        switch (index.column()) {
        case TypeColumn:
            return v.type;
        case StateColumn:
            return v.state;
        default:
            return {};
        }
    default:
        break;
    }
    return {};
}

QVariant VisitListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PlaceColumn:
        return tr("Place");
    case TypeColumn:
        return tr("Type");
    case UnannouncedColumn:
        return tr("Notice");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QString VisitListModel::visitId(int row) const
{
    return row >= 0 && row < m_visits.size() ? m_visits.at(row).id : QString();
}

int VisitListModel::rowOf(const QString& visitId) const
{
    for (int row = 0; row < m_visits.size(); ++row) {
        if (m_visits.at(row).id == visitId)
            return row;
    }
    return -1;
}

} // namespace vigil
