#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportItem.h"

#include <QHash>
#include <QList>
#include <QStandardItemModel>
#include <optional>

namespace vigil {

// The report builder's outline: the sections of a built report with what
// the lead inspector can act on in them — recommendations, photos, tables,
// and the quotes and paragraphs they added. Built from a document that kept
// the items left out of the current kind (ReportBuilder::Options::
// keepExcluded), so an unticked item stays in the tree and can be ticked
// again. Ticking an item asks for the change (inclusionToggled); the tree
// itself only shows what is stored.
class ReportOutlineModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the key edits address it by (empty: not editable)
        TypeRole,                   // NodeType
        PositionRole,               // sort key among its siblings (qint64)
        TextRole,                   // the text the editor shows
        EditedRole,                 // a section whose text the lead replaced
        StoredPositionRole,         // an added item's stored sort key; invalid: none
    };
    enum class NodeType
    {
        Section,
        Recommendation,
        Photo,
        Table,
        Quote,     // added by the lead
        Paragraph, // added by the lead
    };

    explicit ReportOutlineModel(QObject* parent = nullptr);

    void setOutline(const report::ReportDocument& outline, const QList<report::ReportItem>& edits,
                    report::Kind kind);
    report::Kind kind() const { return m_kind; }

    QModelIndex indexOfKey(const QString& key) const;
    static NodeType type(const QModelIndex& index);
    static bool isMovable(const QModelIndex& index);
    // The kinds the item is left out of, as stored.
    QList<report::Kind> excludedKinds(const QString& key) const;
    // The section an item sits in (the section itself for a section).
    QString sectionKeyOf(const QModelIndex& index) const;
    // Every section, depth first: key and title indented by depth.
    QList<std::pair<QString, QString>> sections() const;

    // The stored sort keys that move an item one step up (-1) or down (+1)
    // among its siblings: the item's, and first those of added items that
    // had none yet (they sort after everything, in the order they were
    // added). Empty when it cannot move that way.
    struct Move
    {
        QString key;
        qint64 position = 0;
    };
    QList<Move> movesFor(const QModelIndex& index, int direction) const;

Q_SIGNALS:
    // The user ticked (included) or unticked (left out of this kind) an item.
    void inclusionToggled(const QString& key, bool included);

private:
    void addSection(QStandardItem* parent, const report::Section& section);
    QStandardItem* node(NodeType type, const QString& label, const QString& key, qint64 position);

    report::Kind m_kind = report::Kind::Authorities;
    QHash<QString, report::ReportItem> m_edits; // newest edit of each key
    bool m_building = false;
};

} // namespace vigil
