#include "ui/models/RecommendationListModel.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationQueries.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "core/model/VocabularyLabels.h"

#include <optional>
#include <span>
#include <utility>

namespace vigil {

namespace {

constexpr int kShortTextLength = 160;

int rank(std::span<const char* const> codes, const QString& code)
{
    for (int i = 0; i < int(codes.size()); ++i) {
        if (code == QLatin1StringView(codes[i]))
            return i;
    }
    return -1;
}

} // namespace

RecommendationListModel::RecommendationListModel(UiContext& ctx, QString placeId, QObject* parent,
                                                 bool live)
    : QAbstractTableModel(parent), m_ctx(ctx), m_placeId(std::move(placeId)), m_live(live)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &RecommendationListModel::reload);
    connect(&ctx, &UiContext::recordsChanged, this, [this](const QString& entity, const QString&) {
        for (const EntitySpec* spec : {&catalog::kPlace, &catalog::kVisit,
                                       &catalog::kRecommendation, &catalog::kRecommendationEvent}) {
            if (entity == QLatin1StringView(spec->entity)) {
                m_stale = true;
                if (m_live)
                    m_reloadTimer.start();
                return;
            }
        }
    });
    if (m_live)
        reload();
}

void RecommendationListModel::setLive(bool live)
{
    m_live = live;
    if (m_live && m_stale)
        reload();
}

void RecommendationListModel::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    QList<Row> rows;
    std::optional<Error> failure;
    auto places = PlaceRepository(m_ctx.records()).list();
    if (!places) {
        failure = places.error();
    } else {
        RecommendationQueries queries(m_ctx.records());
        for (const Place& place : *places) {
            if (!m_placeId.isEmpty() && place.id != m_placeId)
                continue;
            auto open = queries.openForPlace(place.id);
            if (!open) {
                failure = open.error();
                break;
            }
            for (RecommendationSummary& s : *open)
                rows.append({std::move(s), place.name, place.type});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (failure)
        m_ctx.report(*failure);
}

int RecommendationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecommendationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Recommendation& r = row.summary.recommendation;
    switch (role) {
    case roles::Id:
        return r.id;
    case roles::VisitId:
        return r.visitId;
    case roles::PlaceId:
        return row.summary.placeId;
    case roles::Code:
        if (index.column() == StatusColumn)
            return r.status;
        if (index.column() == PlaceColumn)
            return row.placeType;
        if (index.column() == PriorityColumn)
            return r.priority;
        return {};
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(r.text) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return r.number;
        case TextColumn: {
            // One line in the table; the whole text is in the tooltip.
            QString text = r.text.simplified();
            if (text.size() > kShortTextLength)
                text = text.left(kShortTextLength - 1) + QChar(0x2026);
            return text;
        }
        case PlaceColumn:
            return row.placeName;
        case VisitDateColumn:
            return displayDate(row.summary.visitDate);
        case StatusColumn:
            return VocabularyLabels::recommendationStatus(r.status);
        case PriorityColumn:
            return VocabularyLabels::priority(r.priority);
        case DeadlineColumn:
            return r.deadline.isValid() ? QLocale().toString(r.deadline, QLocale::ShortFormat)
                                        : tr("None");
        }
        return {};
    case roles::Sort:
        switch (index.column()) {
        case VisitDateColumn:
            return row.summary.visitDate;
        case StatusColumn:
            return rank(vocab::kRecommendationStatuses, r.status);
        case PriorityColumn:
            return rank(vocab::kPriorities, r.priority);
        case DeadlineColumn:
            return r.deadline.isValid() ? r.deadline.toJulianDay() : qint64(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RecommendationListModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TextColumn:
        return tr("Recommendation");
    case PlaceColumn:
        return tr("Place");
    case VisitDateColumn:
        return tr("Visit");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case DeadlineColumn:
        return tr("Deadline");
    default:
        return {};
    }
}

} // namespace vigil
