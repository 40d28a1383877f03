#include "ui/report/ReportOutlinePane.h"

#include "ui/nav/AccessibleParts.h"
#include "ui/report/AddReportItemDialog.h"
#include "ui/report/ReportEditCommands.h"
#include "ui/report/ReportItemEditor.h"
#include "ui/report/ReportOutlineModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace vigil {

using NodeType = ReportOutlineModel::NodeType;

ReportOutlinePane::ReportOutlinePane(UiContext& ctx, const QString& visitId,
                                     ReportEditCommands& commands, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_commands(commands),
      m_model(new ReportOutlineModel(this)), m_tree(new QTreeView(this)),
      m_addQuote(new QPushButton(tr("Add &quote…"), this)),
      m_addParagraph(new QPushButton(tr("Add &paragraph…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this)), m_editor(new ReportItemEditor(commands, this))
{
    m_tree->setObjectName(QStringLiteral("reportOutline"));
    m_tree->setAccessibleName(tr("Outline of the report"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    AccessibleParts::nameScrollBars(m_tree);

    const auto tool = [this](const char* name, Qt::ArrowType arrow, const QString& text,
                             const QKeySequence& keys) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1StringView(name));
        button->setArrowType(arrow);
        button->setAccessibleName(text);
        button->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText)));
        button->setShortcut(keys);
        return button;
    };
    m_up = tool("moveUpButton", Qt::UpArrow, tr("Move up"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_down = tool("moveDownButton", Qt::DownArrow, tr("Move down"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    m_addQuote->setObjectName(QStringLiteral("addQuoteButton"));
    m_addQuote->setAccessibleName(tr("Add a quote from an interview"));
    m_addParagraph->setObjectName(QStringLiteral("addParagraphButton"));
    m_addParagraph->setAccessibleName(tr("Add a paragraph of your own"));
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    m_remove->setAccessibleName(tr("Remove the added quote or paragraph"));
    m_editor->setObjectName(QStringLiteral("reportItemEditor"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    buttons->addWidget(m_addQuote);
    buttons->addWidget(m_addParagraph);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_editor, 2);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReportOutlinePane::currentChanged);
    connect(m_model, &ReportOutlineModel::inclusionToggled, this,
            [this](const QString& key, bool included) {
                m_editor->flush();
                m_commands.setIncluded(key, m_model->kind(), included);
            });
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_addQuote, &QPushButton::clicked, this, [this] { addItem(true); });
    connect(m_addParagraph, &QPushButton::clicked, this, [this] { addItem(false); });
    connect(m_remove, &QPushButton::clicked, this, &ReportOutlinePane::removeSelected);
    setFocusProxy(m_tree);
    updateButtons();
}

void ReportOutlinePane::showOutline(const report::ReportDocument& outline,
                                    const QList<report::ReportItem>& edits, report::Kind kind)
{
    QSet<QString> expanded;
    for (QModelIndex i = m_model->index(0, 0); i.isValid(); i = m_tree->indexBelow(i)) {
        if (m_tree->isExpanded(i))
            expanded.insert(i.data(ReportOutlineModel::KeyRole).toString());
    }
    const QString selected = m_selected;
    {
        // The reset must not reach the editor as "nothing selected": that
        // would end the typing session of the item being edited.
        const QSignalBlocker quiet(m_tree->selectionModel());
        m_model->setOutline(outline, edits, kind);
    }
    if (!m_shown) { // first time: the top-level sections open
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_tree->expand(m_model->index(r, 0));
        m_shown = m_model->rowCount() > 0;
    } else {
        for (const QString& key : std::as_const(expanded))
            m_tree->expand(m_model->indexOfKey(key));
    }
    selectKey(selected);
}

void ReportOutlinePane::clear(report::Kind kind)
{
    m_model->setOutline({}, {}, kind);
    currentChanged();
}

void ReportOutlinePane::selectKey(const QString& key)
{
    const QModelIndex index = m_model->indexOfKey(key);
    if (index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
    m_selected = key; // kept if not there yet (an added item, until the next build)
    m_editor->showItem(index);
    updateButtons();
}

QString ReportOutlinePane::selectedKey() const
{
    return m_tree->currentIndex().data(ReportOutlineModel::KeyRole).toString();
}

void ReportOutlinePane::flush()
{
    m_editor->flush();
}

void ReportOutlinePane::currentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    m_selected = current.data(ReportOutlineModel::KeyRole).toString();
    m_editor->showItem(current);
    updateButtons();
}

void ReportOutlinePane::updateButtons()
{
    const QModelIndex current = m_tree->currentIndex();
    m_up->setEnabled(!m_model->movesFor(current, -1).isEmpty());
    m_down->setEnabled(!m_model->movesFor(current, 1).isEmpty());
    const NodeType type = ReportOutlineModel::type(current);
    m_remove->setEnabled(current.isValid() &&
                         (type == NodeType::Quote || type == NodeType::Paragraph));
    m_addQuote->setEnabled(m_model->rowCount() > 0);
    m_addParagraph->setEnabled(m_model->rowCount() > 0);
}

void ReportOutlinePane::moveSelected(int direction)
{
    m_editor->flush();
    QList<ReportEditCommands::Placement> placements;
    for (const ReportOutlineModel::Move& m : m_model->movesFor(m_tree->currentIndex(), direction))
        placements.append({m.key, m.position});
    m_commands.move(placements);
}

void ReportOutlinePane::addItem(bool quote)
{
    m_editor->flush();
    auto* dialog = new AddReportItemDialog(
        m_ctx, m_visitId,
        quote ? AddReportItemDialog::Mode::Quote : AddReportItemDialog::Mode::Paragraph,
        m_model->sections(), m_model->sectionKeyOf(m_tree->currentIndex()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto id =
            dialog->mode() == AddReportItemDialog::Mode::Quote
                ? m_commands.addQuote(dialog->interviewId(), dialog->anchorKey(), dialog->text())
                : m_commands.addParagraph(dialog->anchorKey(), dialog->text());
        if (id)
            m_selected = report::ReportItem::itemKeyOf(*id); // selected once built
    });
    // open(), not exec(): a lock while it is up must be able to tear it down.
    dialog->open();
}

void ReportOutlinePane::removeSelected()
{
    const QString key = selectedKey();
    if (key.startsWith(u"item:"))
        m_commands.remove(key);
}

} // namespace vigil
