#include "ui/report/ReportOutlineModel.h"

#include "core/report/ReportBuilder.h"
#include "core/report/ReportEditApplier.h"
#include "core/report/ReportEditRepository.h"

#include <functional>

namespace vigil {

namespace {

constexpr int kLabelLength = 90;
QString oneLine(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > kLabelLength)
        line = line.left(kLabelLength - 1) + QChar(0x2026);
    return line;
}

} // namespace

ReportOutlineModel::ReportOutlineModel(QObject* parent) : QStandardItemModel(parent)
{
    connect(this, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        const QString key = item->data(KeyRole).toString();
        if (m_building || !item->isCheckable() || key.isEmpty())
            return;
        const bool included = item->checkState() == Qt::Checked;
        if (included == !excludedKinds(key).contains(m_kind))
            return; // not a change of the tick (a label, say)
        Q_EMIT inclusionToggled(key, included);
    });
}

void ReportOutlineModel::setOutline(const report::ReportDocument& outline,
                                    const QList<report::ReportItem>& edits, report::Kind kind)
{
    m_building = true;
    m_kind = kind;
    m_edits.clear();
    for (const report::ReportItem& item : edits) // oldest change first: the newest wins
        m_edits.insert(item.key(), item);
    clear();
    for (const report::Section& section : outline.sections)
        addSection(invisibleRootItem(), section);
    m_building = false;
}

QStandardItem* ReportOutlineModel::node(NodeType type, const QString& label, const QString& key,
                                        qint64 position)
{
    auto* item = new QStandardItem(label);
    item->setEditable(false);
    item->setDropEnabled(false);
    item->setDragEnabled(false);
    item->setData(key, KeyRole);
    item->setData(int(type), TypeRole);
    item->setData(position, PositionRole);
    item->setToolTip(label);
    if (!key.isEmpty()) {
        item->setCheckable(true);
        item->setCheckState(excludedKinds(key).contains(m_kind) ? Qt::Unchecked : Qt::Checked);
    }
    return item;
}

void ReportOutlineModel::addSection(QStandardItem* parent, const report::Section& section)
{
    QStandardItem* item = node(NodeType::Section, section.title, section.key, section.position);
    item->setData(report::ReportBuilder::sectionText(section), TextRole);
    const auto edit = m_edits.constFind(report::ReportItem::textKeyOf(section.key, m_kind));
    item->setData(edit != m_edits.cend() && edit->text.has_value(), EditedRole);
    parent->appendRow(item);

    const qint64 step = report::ReportEditRepository::kPositionStep;
    qint64 built = 0; // the builder's own blocks: the n-th sorts at n * step
    for (const report::Block& block : section.blocks)
        built += report::ReportEditApplier::blockKey(block).startsWith(u"item:") ? 0 : 1;
    qint64 builtIndex = 0;
    qint64 unplaced = built; // added items without a sort key follow every built block
    for (const report::Block& block : section.blocks) {
        const QString key = report::ReportEditApplier::blockKey(block);
        const bool added = key.startsWith(u"item:");
        qint64 position = 0;
        QVariant stored;
        if (added) {
            const auto placed = m_edits.constFind(key);
            if (placed != m_edits.cend() && placed->position)
                stored = *placed->position;
            position = stored.isValid() ? stored.toLongLong() : (unplaced++) * step;
        } else {
            position = (builtIndex++) * step;
        }
        QStandardItem* child = nullptr;
        if (const auto* p = std::get_if<report::Paragraph>(&block)) {
            if (!added)
                continue; // the section's own text, edited with the section's
            child = node(NodeType::Paragraph, oneLine(p->text), key, position);
            child->setData(p->text, TextRole);
        } else if (const auto* q = std::get_if<report::Quote>(&block)) {
            child = node(NodeType::Quote, tr("“%1”").arg(oneLine(q->text)), key, position);
            child->setData(q->text, TextRole);
            child->setToolTip(tr("“%1” — %2").arg(q->text, q->attribution));
        } else if (const auto* t = std::get_if<report::Table>(&block)) {
            child = node(NodeType::Table, t->caption.isEmpty() ? tr("Table") : oneLine(t->caption),
                         QString(), position);
            child->setData(t->caption, TextRole);
        } else if (const auto* image = std::get_if<report::Image>(&block)) {
            child = node(NodeType::Photo,
                         image->caption.isEmpty() ? tr("Photo") : oneLine(image->caption), key,
                         position);
            child->setData(image->caption, TextRole);
        } else if (const auto* list = std::get_if<report::RecommendationList>(&block)) {
            for (const report::RecommendationEntry& e : list->entries) {
                QStandardItem* entry =
                    node(NodeType::Recommendation, tr("%1. %2").arg(e.number).arg(oneLine(e.text)),
                         QStringLiteral("recommendation:") + e.source.id, position);
                entry->setData(e.text, TextRole);
                item->appendRow(entry);
            }
            continue;
        }
        if (stored.isValid())
            child->setData(stored, StoredPositionRole);
        item->appendRow(child);
    }
    for (const report::Section& sub : section.subsections)
        addSection(item, sub);
}

QModelIndex ReportOutlineModel::indexOfKey(const QString& key) const
{
    if (key.isEmpty())
        return {};
    const QModelIndexList found =
        match(index(0, 0), KeyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.first();
}

ReportOutlineModel::NodeType ReportOutlineModel::type(const QModelIndex& index)
{
    return NodeType(index.data(TypeRole).toInt());
}

bool ReportOutlineModel::isMovable(const QModelIndex& index)
{
    if (!index.isValid() || index.data(KeyRole).toString().isEmpty())
        return false;
    const NodeType t = type(index);
    return t == NodeType::Section || t == NodeType::Quote || t == NodeType::Paragraph;
}

QList<report::Kind> ReportOutlineModel::excludedKinds(const QString& key) const
{
    const auto edit = m_edits.constFind(key);
    return edit == m_edits.cend() ? QList<report::Kind>() : edit->excludedKinds;
}

QString ReportOutlineModel::sectionKeyOf(const QModelIndex& index) const
{
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        if (type(i) == NodeType::Section)
            return i.data(KeyRole).toString();
    }
    return {};
}

QList<std::pair<QString, QString>> ReportOutlineModel::sections() const
{
    QList<std::pair<QString, QString>> out;
    const std::function<void(const QStandardItem*, int)> walk = [&](const QStandardItem* parent,
                                                                    int depth) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            const QStandardItem* child = parent->child(r);
            if (NodeType(child->data(TypeRole).toInt()) != NodeType::Section)
                continue;
            out.append({child->data(KeyRole).toString(),
                        QString(depth * 4, QLatin1Char(' ')) + child->text()});
            walk(child, depth + 1);
        }
    };
    walk(invisibleRootItem(), 0);
    return out;
}

QList<ReportOutlineModel::Move> ReportOutlineModel::movesFor(const QModelIndex& index,
                                                             int direction) const
{
    if (!isMovable(index))
        return {};
    const QStandardItem* item = itemFromIndex(index);
    const QStandardItem* parent = item->parent() ? item->parent() : invisibleRootItem();
    const bool isSection = type(index) == NodeType::Section;
    struct Entry
    {
        const QStandardItem* item;
        qint64 position;
        bool unplaced; // an added item without a stored sort key
    };
    QList<Entry> group; // the siblings it moves among: sections, or blocks
    qsizetype self = -1;
    for (int r = 0; r < parent->rowCount(); ++r) {
        const QStandardItem* s = parent->child(r);
        const auto t = NodeType(s->data(TypeRole).toInt());
        if ((t == NodeType::Section) != isSection)
            continue;
        const qint64 position = s->data(PositionRole).toLongLong();
        // The entries of a recommendation list are one block.
        if (t == NodeType::Recommendation && !group.isEmpty() &&
            NodeType(group.last().item->data(TypeRole).toInt()) == t &&
            group.last().position == position)
            continue;
        if (s == item)
            self = group.size();
        const bool added = t == NodeType::Quote || t == NodeType::Paragraph;
        group.append({s, position, added && !s->data(StoredPositionRole).isValid()});
    }
    const qsizetype target = self + direction;
    if (self < 0 || (direction != -1 && direction != 1) || target < 0 || target >= group.size())
        return {};

    QList<Move> moves;
    for (const Entry& e : group) {
        if (e.unplaced && e.item != item)
            moves.append({e.item->data(KeyRole).toString(), e.position});
    }
    group.move(self, target);
    const qint64 step = report::ReportEditRepository::kPositionStep;
    const qint64 lower =
        target > 0 ? group.at(target - 1).position : group.at(target + 1).position - 2 * step;
    const qint64 upper = target + 1 < group.size() ? group.at(target + 1).position
                                                   : group.at(target - 1).position + 2 * step;
    const qint64 at = lower + (upper - lower) / 2;
    if (at > lower && at < upper) {
        moves.append({index.data(KeyRole).toString(), at});
        return moves;
    }
    // No room left between the two: sections are numbered afresh.
    if (!isSection)
        return {};
    moves.clear();
    for (qsizetype i = 0; i < group.size(); ++i)
        moves.append({group.at(i).item->data(KeyRole).toString(), qint64(i) * step});
    return moves;
}

} // namespace vigil
