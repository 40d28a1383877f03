#include "ui/report/ReportItemEditor.h"

#include "ui/interview/DebouncedText.h"
#include "ui/report/ReportEditCommands.h"
#include "ui/report/ReportOutlineModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

using NodeType = ReportOutlineModel::NodeType;

ReportItemEditor::ReportItemEditor(ReportEditCommands& commands, QWidget* parent)
    : QWidget(parent), m_commands(commands), m_title(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_note(new QLabel(this)),
      m_restore(new QPushButton(tr("Restore the &original text"), this))
{
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("itemTextEdit"));
    m_text->setAccessibleName(tr("Text of the selected part of the report"));
    m_text->setTabChangesFocus(true);
    m_note->setObjectName(QStringLiteral("itemNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreTextButton"));
    m_restore->setAccessibleName(tr("Restore the text the report builds from the record"));
    m_debounce = new DebouncedText(
        m_text, [this](const QString& text) { return commit(text); }, this);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_debounce->reset(m_text->toPlainText()); // nothing typed is committed over it
        m_commands.setText(m_key, m_kind, std::nullopt);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    showItem({});
}

void ReportItemEditor::showItem(const QModelIndex& index)
{
    const QString key = index.data(ReportOutlineModel::KeyRole).toString();
    const QString text = index.data(ReportOutlineModel::TextRole).toString();
    // The text shown is the one built for the outline's kind; edits are stored for that kind.
    const auto* outline = qobject_cast<const ReportOutlineModel*>(index.model());
    const report::Kind kind = outline ? outline->kind() : m_kind;
    if (key != m_key || kind != m_kind || key.isEmpty()) {
        flush();
        m_key = key;
        m_kind = kind;
        m_debounce->reset(text);
    } else {
        m_debounce->load(text);
    }
    const NodeType type = ReportOutlineModel::type(index);
    const bool edited = index.data(ReportOutlineModel::EditedRole).toBool();
    bool editable = false;
    QString note;
    if (!index.isValid()) {
        note = tr("Choose a part of the report in the outline to edit its text, move it, or "
                  "untick it to leave it out of this kind of report.");
    } else if (type == NodeType::Section) {
        editable = !text.isEmpty() || edited;
        note = !editable ? tr("This section has no text of its own; its parts are below it.")
               : edited  ? tr("You replaced the text the report builds from the record. Restore "
                               "it to follow the record again.")
                         : tr("Edits change the report only; the record stays as it is.");
    } else if (type == NodeType::Quote) {
        editable = true;
        note = tr("An excerpt of an interview. The publication guard checks its consent for each "
                  "kind of report.");
    } else if (type == NodeType::Paragraph) {
        editable = true;
        note = tr("A paragraph you added to the report.");
    } else if (type == NodeType::Recommendation) {
        note = tr("Recommendations are edited on the visit's Recommendations tab.");
    } else if (type == NodeType::Photo) {
        note = tr("A photo from the visit's attachments.");
    } else {
        note = tr("Tables are made from the record.");
    }
    m_title->setText(index.isValid() ? index.data(Qt::DisplayRole).toString() : QString());
    m_title->setVisible(index.isValid());
    m_text->setReadOnly(!editable);
    m_text->setEnabled(index.isValid());
    m_note->setText(note);
    m_restore->setVisible(type == NodeType::Section && edited);
}

void ReportItemEditor::flush()
{
    m_debounce->flush();
}

bool ReportItemEditor::commit(const QString& text)
{
    if (m_key.isEmpty() || m_text->isReadOnly())
        return true; // nothing to store
    return m_commands.setText(m_key, m_kind, text);
}

} // namespace vigil
