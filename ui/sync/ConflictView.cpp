#include "ui/sync/ConflictView.h"

#include "core/sync/merge/ConflictDetector.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/sync/ConflictLabels.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextEdit>
#include <QTextOption>
#include <QVBoxLayout>

namespace vigil {

namespace {

QLabel* caption(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Each paragraph takes the direction of its own text, whatever the
// interface's: an Arabic note reads right to left, and aligns right, in an
// English window. (QTextEdit, not QPlainTextEdit: the plain layout aligns
// every paragraph left.) Plain text only.
QTextEdit* textPane(const char* name, const QString& accessible, bool readOnly, QWidget* parent)
{
    auto* edit = new QTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAcceptRichText(false);
    edit->setAccessibleName(accessible);
    edit->setReadOnly(readOnly);
    if (readOnly)
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setTabChangesFocus(true);
    QTextOption option = edit->document()->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto);
    edit->document()->setDefaultTextOption(option);
    AccessibleParts::nameScrollBars(edit);
    return edit;
}

QPushButton* button(const QString& text, const char* name, const QString& accessible,
                    QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(accessible);
    return b;
}

QWidget* pane(QLabel* heading, QTextEdit* text, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    heading->setBuddy(text);
    layout->addWidget(heading);
    layout->addWidget(text, 1);
    return box;
}

} // namespace

ConflictView::ConflictView(QWidget* parent) : QWidget(parent)
{
    m_title = caption("conflictTitle", this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note = caption("conflictNote", this);

    m_currentCaption = caption("currentCaption", this);
    m_otherCaption = caption("otherCaption", this);
    m_current = textPane("currentText", tr("Current text"), true, this);
    m_other = textPane("otherText", tr("Other version"), true, this);
    // Side by side; the splitter mirrors itself in a right-to-left interface.
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("conflictSides"));
    sides->setChildrenCollapsible(false);
    sides->addWidget(pane(m_currentCaption, m_current, sides));
    sides->addWidget(pane(m_otherCaption, m_other, sides));

    m_keepCurrent =
        button(tr("&Keep current"), "keepCurrentButton", tr("Keep the current text"), this);
    m_useOther =
        button(tr("&Use the other version"), "useOtherButton", tr("Use the other version"), this);
    m_editMerged = button(tr("&Edit a merged text…"), "editMergedButton",
                          tr("Edit a merged text from both versions"), this);
    m_keepDeleted =
        button(tr("&Keep deleted"), "keepDeletedButton", tr("Keep the record deleted"), this);
    m_restore =
        button(tr("&Restore"), "restoreButton", tr("Restore the record with the edit"), this);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_keepCurrent, m_useOther, m_editMerged, m_keepDeleted, m_restore})
        actions->addWidget(b);
    actions->addStretch();

    m_mergeBox = new QGroupBox(tr("Merged text"), this);
    m_mergeBox->setObjectName(QStringLiteral("mergeBox"));
    auto* mergeLayout = new QVBoxLayout(m_mergeBox);
    mergeLayout->addWidget(new QLabel(tr("Both versions are below: edit them into one text, then "
                                         "save it."),
                                      m_mergeBox));
    m_merged = textPane("mergedText", tr("Merged text"), false, m_mergeBox);
    mergeLayout->addWidget(m_merged, 1);
    auto* mergeButtons = new QHBoxLayout;
    m_saveMerged =
        button(tr("&Save merged"), "saveMergedButton", tr("Save the merged text"), m_mergeBox);
    m_cancelMerge = button(tr("&Discard merge"), "cancelMergeButton", tr("Discard the merged text"),
                           m_mergeBox);
    mergeButtons->addWidget(m_saveMerged);
    mergeButtons->addWidget(m_cancelMerge);
    mergeButtons->addStretch();
    mergeLayout->addLayout(mergeButtons);
    m_mergeBox->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(sides, 2);
    layout->addLayout(actions);
    layout->addWidget(m_mergeBox, 2);

    connect(m_keepCurrent, &QPushButton::clicked, this,
            [this] { Q_EMIT keepCurrentRequested(m_conflictId); });
    connect(m_keepDeleted, &QPushButton::clicked, this,
            [this] { Q_EMIT keepCurrentRequested(m_conflictId); });
    connect(m_useOther, &QPushButton::clicked, this,
            [this] { Q_EMIT textChosen(m_conflictId, m_other->toPlainText()); });
    connect(m_restore, &QPushButton::clicked, this,
            [this] { Q_EMIT restoreRequested(m_conflictId); });
    connect(m_editMerged, &QPushButton::clicked, this, &ConflictView::startMerge);
    connect(m_saveMerged, &QPushButton::clicked, this,
            [this] { Q_EMIT textChosen(m_conflictId, m_merged->toPlainText()); });
    connect(m_cancelMerge, &QPushButton::clicked, this, &ConflictView::cancelMerge);
    clear();
}

void ConflictView::clear()
{
    m_conflictId.clear();
    m_deletion = false;
    m_actionable = false;
    m_title->setText(tr("Choose a conflict in the list to compare its two versions."));
    m_note->clear();
    m_note->hide();
    m_currentCaption->setText(tr("Current text"));
    m_otherCaption->setText(tr("Other version"));
    m_current->clear();
    m_other->clear();
    cancelMerge();
    updateButtons();
}

void ConflictView::showConflict(const ConflictListModel::Row& row)
{
    const Conflict& c = row.conflict;
    const bool sameConflict = c.id == m_conflictId;
    m_conflictId = c.id;
    m_deletion = c.kind == QLatin1StringView(ConflictDetector::kDeletion);
    m_actionable = c.recordExists;
    m_title->setText(tr("%1 — %2").arg(row.record, ConflictLabels::field(c.field)));
    QString note;
    if (!c.recordExists) {
        note = tr("The record of this conflict has not fully arrived yet; sync again and then "
                  "resolve it.");
    } else if (m_deletion) {
        note = c.recordDeleted
                   ? tr("%1 deleted this record while %2 was still editing it.")
                         .arg(row.winnerName, row.loserName)
                   : tr("%1 deleted this record while %2 was still editing it; it has been "
                        "restored since.")
                         .arg(row.winnerName, row.loserName);
    } else {
        note = tr("%1 and %2 changed this text at the same time. Sync kept one version in the "
                  "record and the other here; nothing is lost until you choose.")
                   .arg(row.winnerName, row.loserName);
    }
    m_note->setText(note);
    m_note->show();
    if (m_deletion) {
        m_currentCaption->setText(c.recordDeleted ? tr("Now: deleted by %1").arg(row.winnerName)
                                                  : tr("Now in the record"));
        m_current->setPlainText(c.recordDeleted ? QString() : c.currentValue.toString());
        m_otherCaption->setText(tr("The edit made on %1").arg(row.loserName));
    } else {
        m_currentCaption->setText(tr("Current text (last written on %1)").arg(row.winnerName));
        m_current->setPlainText(c.currentValue.toString());
        m_otherCaption->setText(tr("Other version (written on %1)").arg(row.loserName));
    }
    m_other->setPlainText(c.losingValue.toString());
    m_keepDeleted->setText(c.recordDeleted || !c.recordExists ? tr("&Keep deleted")
                                                              : tr("&Keep as it is"));
    if (!sameConflict)
        cancelMerge();
    updateButtons();
}

void ConflictView::startMerge()
{
    if (m_conflictId.isEmpty() || m_deletion)
        return;
    const QString current = m_current->toPlainText();
    const QString other = m_other->toPlainText();
    m_merged->setPlainText(current.isEmpty() || other.isEmpty()
                               ? current + other
                               : current + QStringLiteral("\n\n") + other);
    m_mergeBox->show();
    m_merged->setFocus();
    updateButtons();
}

void ConflictView::cancelMerge()
{
    m_merged->clear();
    m_mergeBox->hide();
    updateButtons();
}

void ConflictView::updateButtons()
{
    const bool any = !m_conflictId.isEmpty();
    const bool prose = any && !m_deletion;
    m_keepCurrent->setVisible(!m_deletion);
    m_useOther->setVisible(!m_deletion);
    m_editMerged->setVisible(!m_deletion);
    m_keepDeleted->setVisible(m_deletion);
    m_restore->setVisible(m_deletion);
    m_keepCurrent->setEnabled(prose && m_actionable);
    m_useOther->setEnabled(prose && m_actionable);
    m_editMerged->setEnabled(prose && m_actionable && m_mergeBox->isHidden());
    m_keepDeleted->setEnabled(any && m_deletion && m_actionable);
    m_restore->setEnabled(any && m_deletion && m_actionable);
    m_saveMerged->setEnabled(prose && m_actionable);
}

} // namespace vigil
