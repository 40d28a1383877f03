#pragma once

#include "ui/sync/ConflictListModel.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QTextEdit;
class QPushButton;

namespace vigil {

// One conflict side by side (DESIGN.md §6.2): the text the record holds now
// and the other version, read-only, each laid out in its own writing
// direction, and the ways to settle it — keep the current text, use the
// other version, or edit a merged text prefilled with both. For an edit
// that raced a deletion: keep the record deleted, or restore it. The view
// only asks; ConflictsPage resolves.
class ConflictView : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictView(QWidget* parent = nullptr);

    void showConflict(const ConflictListModel::Row& row);
    void clear();
    QString conflictId() const { return m_conflictId; }
    bool isDeletion() const { return m_deletion; }

    QLabel* titleLabel() const { return m_title; }
    QLabel* noteLabel() const { return m_note; }
    QLabel* currentCaption() const { return m_currentCaption; }
    QLabel* otherCaption() const { return m_otherCaption; }
    QTextEdit* currentText() const { return m_current; }
    QTextEdit* otherText() const { return m_other; }
    QTextEdit* mergedText() const { return m_merged; }
    QPushButton* keepCurrentButton() const { return m_keepCurrent; }
    QPushButton* useOtherButton() const { return m_useOther; }
    QPushButton* editMergedButton() const { return m_editMerged; }
    QPushButton* saveMergedButton() const { return m_saveMerged; }
    QPushButton* keepDeletedButton() const { return m_keepDeleted; }
    QPushButton* restoreButton() const { return m_restore; }

    // Shows the merged-text editor prefilled with both versions.
    void startMerge();

Q_SIGNALS:
    // Keep what the record holds now (for a deletion: keep it deleted).
    void keepCurrentRequested(const QString& conflictId);
    // Write `text` into the field.
    void textChosen(const QString& conflictId, const QString& text);
    void restoreRequested(const QString& conflictId);

private:
    void cancelMerge();
    void updateButtons();

    QString m_conflictId;
    bool m_deletion = false;
    bool m_actionable = false; // the record is here, so the conflict can be settled
    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_currentCaption = nullptr;
    QLabel* m_otherCaption = nullptr;
    QTextEdit* m_current = nullptr;
    QTextEdit* m_other = nullptr;
    QGroupBox* m_mergeBox = nullptr;
    QTextEdit* m_merged = nullptr;
    QPushButton* m_keepCurrent = nullptr;
    QPushButton* m_useOther = nullptr;
    QPushButton* m_editMerged = nullptr;
    QPushButton* m_saveMerged = nullptr;
    QPushButton* m_cancelMerge = nullptr;
    QPushButton* m_keepDeleted = nullptr;
    QPushButton* m_restore = nullptr;
};

} // namespace vigil
