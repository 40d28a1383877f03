#include "ui/recommendations/RecommendationFilter.h"

#include "ui/models/ModelRoles.h"
#include "ui/models/RecommendationListModel.h"

namespace vigil {

void RecommendationFilter::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void RecommendationFilter::setPlaceType(const QString& placeType)
{
    if (placeType == m_placeType)
        return;
    m_placeType = placeType;
    invalidateFilter();
}

bool RecommendationFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const auto code = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(roles::Code).toString();
    };
    if (!m_status.isEmpty() && code(RecommendationListModel::StatusColumn) != m_status)
        return false;
    if (!m_placeType.isEmpty() && code(RecommendationListModel::PlaceColumn) != m_placeType)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace vigil
