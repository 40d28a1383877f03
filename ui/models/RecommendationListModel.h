#pragma once

#include "core/model/Recommendation.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace vigil {

class UiContext;

// Open recommendations (RecommendationQueries::openForPlace) for follow-up:
// one place's, or every place's for the tracker. Each row names its place
// and visit date; roles::VisitId opens the visit it was made on, roles::Code
// gives the status (status column) and the place type (place column).
// Reading every place's list costs a query per place, so a model behind a
// hidden page can be paused (setLive(false)): edits then only mark it stale,
// and it reloads when it is live again.
class RecommendationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TextColumn,
        PlaceColumn,
        VisitDateColumn,
        StatusColumn,
        PriorityColumn,
        DeadlineColumn,
        ColumnCount
    };

    // With an empty placeId, the open recommendations of every place.
    explicit RecommendationListModel(UiContext& ctx, QString placeId = {},
                                     QObject* parent = nullptr, bool live = true);

    void setLive(bool live);
    bool isLive() const { return m_live; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        RecommendationSummary summary;
        QString placeName;
        QString placeType;
    };

    UiContext& m_ctx;
    QString m_placeId;
    QList<Row> m_rows;
    QTimer m_reloadTimer;
    bool m_live = true;
    bool m_stale = true;
};

} // namespace vigil
