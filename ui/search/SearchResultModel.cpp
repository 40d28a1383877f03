#include "ui/search/SearchResultModel.h"

#include "ui/models/ModelRoles.h"
#include "core/model/VocabularyLabels.h"

#include <algorithm>

namespace vigil {

namespace {

// Internal ids: 0 for a group row, group number + 1 for a hit row.
constexpr quintptr kGroupRow = 0;

} // namespace

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractItemModel(parent) {}

void SearchResultModel::setHits(const QList<SearchHit>& hits)
{
    QList<Group> groups;
    // Known kinds first, in display order; any other kind after them.
    for (const char* kind : VocabularyLabels::searchableKinds())
        groups.append({QString::fromLatin1(kind), {}});
    for (const SearchHit& hit : hits) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&hit](const Group& g) { return g.entity == hit.entity; });
        if (it == groups.end())
            it = groups.insert(groups.end(), Group{hit.entity, {}});
        it->hits.append(hit);
    }
    groups.removeIf([](const Group& g) { return g.hits.isEmpty(); });
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

qsizetype SearchResultModel::hitCount() const
{
    qsizetype n = 0;
    for (const Group& g : m_groups)
        n += g.hits.size();
    return n;
}

const SearchHit* SearchResultModel::hit(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kGroupRow)
        return nullptr;
    return &m_groups.at(qsizetype(index.internalId() - 1)).hits.at(index.row());
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SearchResultModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupRow);
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupRow && parent.column() == 0)
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int SearchResultModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString SearchResultModel::plainSnippet(const QString& snippet)
{
    QString plain = snippet;
    plain.remove(SearchHit::kMatchStart);
    plain.remove(SearchHit::kMatchEnd);
    return plain.simplified();
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupRow) {
        if (role != Qt::DisplayRole || index.column() != TitleColumn)
            return {};
        const Group& g = m_groups.at(index.row());
        return tr("%1 (%2)").arg(VocabularyLabels::recordKindPlural(g.entity)).arg(g.hits.size());
    }
    const SearchHit& h = *hit(index);
    switch (role) {
    case roles::Id:
        return h.entityId;
    case roles::VisitId:
        return h.visitId;
    case roles::PlaceId:
        return h.placeId;
    case kSnippetRole:
        return index.column() == MatchColumn ? QVariant(h.snippet) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == MatchColumn ? QVariant(plainSnippet(h.snippet)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            QString title = h.title.trimmed();
            if (!h.category.isEmpty())
                title = tr("%1 (%2)").arg(title, VocabularyLabels::findingCategory(h.category));
            return title.isEmpty() ? VocabularyLabels::recordKind(h.entity) : title;
        }
        case MatchColumn:
            return plainSnippet(h.snippet);
        case PlaceColumn:
            return h.placeName;
        case DateColumn:
            return h.visitDate ? displayDate(h.visitDate) : QString();
        }
        return {};
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Result");
    case MatchColumn:
        return tr("Match");
    case PlaceColumn:
        return tr("Place");
    case DateColumn:
        return tr("Visit date");
    default:
        return {};
    }
}

} // namespace vigil
