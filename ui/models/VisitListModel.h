#pragma once

#include "core/model/Visit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimer>

namespace vigil {

class UiContext;

// Visits as a table for the visit list and a place's history. All visits are
// read a page at a time (canFetchMore/fetchMore), so a vault with 100,000
// visits opens at once; a place's history is read whole. Place names come
// from one cached map, not a query per row. Reloads after edits of visits
// or places (UiContext::recordsChanged), keeping as many rows as were shown.
class VisitListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        PlaceColumn,
        TypeColumn,
        UnannouncedColumn,
        StateColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    // With an empty placeId, every visit of the vault; otherwise that place's.
    explicit VisitListModel(UiContext& ctx, QString placeId = {}, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString visitId(int row) const;
    // The row of a loaded visit, or -1.
    int rowOf(const QString& visitId) const;

public Q_SLOTS:
    void reload();

private:
    void onRecordsChanged(const QString& entity);
    bool loadPlaceNames();

    UiContext& m_ctx;
    QString m_placeId;
    QList<Visit> m_visits;
    QHash<QString, QString> m_placeNames;
    bool m_atEnd = false;
    bool m_fetching = false; // views may ask for more while rows are being inserted
    QTimer m_reloadTimer;    // coalesces a burst of edits into one reload
};

} // namespace vigil
