#pragma once

#include "core/model/Place.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>
#include <optional>

namespace vigil {

class UiContext;

// Places as a table: name, type, operator, date of the last visit and the
// number of open recommendations. The two follow-up columns cost queries per
// place (4 ms for a place with 500 visits), so they are filled in after the
// list appears, a few places per event-loop turn (dataChanged), and the UI
// never waits for all of them.
class PlaceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        OperatorColumn,
        LastVisitColumn,
        OpenRecommendationsColumn,
        ColumnCount
    };

    explicit PlaceListModel(UiContext& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Place& place(int row) const { return m_places.at(row); }
    int rowOf(const QString& placeId) const;
    // True once every row's follow-up columns are filled in.
    bool isFollowUpComplete() const;

public Q_SLOTS:
    void reload();

private:
    struct FollowUp
    {
        std::optional<qint64> lastVisit; // Unix ms
        qint64 openRecommendations = 0;
    };
    void fillFollowUp();
    static constexpr qint64 kFillBudgetMs = 20; // per event-loop turn

    UiContext& m_ctx;
    QList<Place> m_places;
    QList<std::optional<FollowUp>> m_followUp; // empty until filled in
    int m_nextFollowUp = 0;
    QTimer m_reloadTimer;
    QTimer m_fillTimer;
};

} // namespace vigil
