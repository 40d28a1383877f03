#include "ui/recommendations/TrackerModel.h"

#include "core/model/Vocabulary.h"
#include "core/model/VocabularyLabels.h"
#include "ui/models/ModelRoles.h"

#include <QLocale>
#include <limits>
#include <span>

namespace vigil {

namespace {

constexpr int kShortTextLength = 160;

int rank(std::span<const char* const> codes, const QString& code)
{
    for (int i = 0; i < int(codes.size()); ++i) {
        if (code == QLatin1StringView(codes[i]))
            return i;
    }
    return int(codes.size());
}

QString themes(const QStringList& codes)
{
    QStringList labels;
    for (const QString& code : codes)
        labels << VocabularyLabels::findingCategory(code);
    return QLocale().createSeparatedList(labels);
}

} // namespace

void TrackerModel::setRows(QList<report::TrackerRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TrackerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrackerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const report::TrackerRow& row = m_rows.at(index.row());
    const Recommendation& r = row.recommendation;
    switch (role) {
    case roles::Id:
        return r.id;
    case roles::VisitId:
        return r.visitId;
    case roles::PlaceId:
        return row.placeId;
    case roles::Code:
        if (index.column() == StatusColumn)
            return r.status;
        if (index.column() == PlaceColumn)
            return row.placeType;
        if (index.column() == PriorityColumn)
            return r.priority;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return r.text;
        if (index.column() == PlaceColumn)
            return tr("%1 (%2), %3")
                .arg(row.placeName, VocabularyLabels::placeType(row.placeType), row.authority);
        return {};
    case Qt::DisplayRole:
        return display(row, index.column());
    case roles::Sort:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == RepeatedColumn)
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TrackerModel::display(const report::TrackerRow& row, int column) const
{
    const Recommendation& r = row.recommendation;
    switch (column) {
    case NumberColumn:
        return r.number;
    case TextColumn: {
        // One line in the table; the whole text is in the tooltip and the history.
        QString text = r.text.simplified();
        if (text.size() > kShortTextLength)
            text = text.left(kShortTextLength - 1) + QChar(0x2026);
        return text;
    }
    case PlaceColumn:
        return row.placeName;
    case VisitDateColumn:
        return displayDate(row.visitDate);
    case StatusColumn:
        return VocabularyLabels::recommendationStatus(r.status);
    case PriorityColumn:
        return VocabularyLabels::priority(r.priority);
    case DeadlineColumn:
        return r.deadline.isValid() ? QLocale().toString(r.deadline, QLocale::ShortFormat)
                                    : tr("None");
    case ThemesColumn:
        return themes(row.themes);
    case RepeatedColumn:
        return row.repetitions > 0 ? QVariant(row.repetitions) : QVariant();
    }
    return {};
}

QVariant TrackerModel::sortValue(const report::TrackerRow& row, int column) const
{
    const Recommendation& r = row.recommendation;
    switch (column) {
    case VisitDateColumn:
        return row.visitDate;
    case StatusColumn:
        return rank(vocab::kRecommendationStatuses, r.status);
    case PriorityColumn:
        return rank(vocab::kPriorities, r.priority);
    case DeadlineColumn: // none set sorts last
        return r.deadline.isValid() ? r.deadline.toJulianDay() : std::numeric_limits<qint64>::max();
    case RepeatedColumn:
        return row.repetitions;
    default:
        return display(row, column);
    }
}

QVariant TrackerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == RepeatedColumn)
        return tr("How many times it was made before, on earlier visits");
    if (role != Qt::DisplayRole)
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
    case ThemesColumn:
        return tr("Themes");
    case RepeatedColumn:
        return tr("Repeated");
    default:
        return {};
    }
}

} // namespace vigil
