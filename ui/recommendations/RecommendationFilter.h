#pragma once

#include <QSortFilterProxyModel>

namespace vigil {

// The tracker's filter over RecommendationListModel: the typed text (any
// column), plus a status and a place type (empty: any), read from roles::Code.
class RecommendationFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(const QString& status);
    void setPlaceType(const QString& placeType);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_placeType;
};

} // namespace vigil
