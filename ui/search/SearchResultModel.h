#pragma once

#include "core/search/SearchQuery.h"

#include <QAbstractItemModel>
#include <QList>

namespace vigil {

// Search hits grouped by kind of record (findings, recommendations, ...):
// top-level rows are the groups, their children the hits in rank order.
// The match column's display text is plain; kSnippetRole keeps the
// SearchHit match markers for SnippetDelegate to draw in bold.
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        MatchColumn,
        PlaceColumn,
        DateColumn,
        ColumnCount
    };
    static constexpr int kSnippetRole = Qt::UserRole + 20;

    explicit SearchResultModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    void clear();
    qsizetype hitCount() const;
    // The hit a row shows; nullptr for a group row.
    const SearchHit* hit(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The snippet without its match markers.
    static QString plainSnippet(const QString& snippet);

private:
    struct Group
    {
        QString entity;
        QList<SearchHit> hits;
    };
    QList<Group> m_groups;
};

} // namespace vigil
