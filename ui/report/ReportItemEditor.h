#pragma once

#include "core/report/ReportDocument.h"

#include <QModelIndex>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vigil {

class DebouncedText;
class ReportEditCommands;

// The report builder's editor for the item selected in the outline: the
// text of a section or of a quote or paragraph the lead added, committed
// as it is typed (DebouncedText, within a second), each commit an undo step.
// Only the report changes; the record it was built from stays as it is.
class ReportItemEditor : public QWidget
{
    Q_OBJECT
public:
    ReportItemEditor(ReportEditCommands& commands, QWidget* parent = nullptr);

    // Shows an outline item (ReportOutlineModel); invalid: nothing selected.
    // The same item again (after a rebuild) keeps typing not yet committed.
    void showItem(const QModelIndex& index);
    // Commits typing still waiting for its debounce.
    void flush();

    const QString& key() const { return m_key; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    bool commit(const QString& text);

    ReportEditCommands& m_commands;
    QLabel* m_title;
    QPlainTextEdit* m_text;
    QLabel* m_note;
    QPushButton* m_restore;
    DebouncedText* m_debounce;
    QString m_key;
    report::Kind m_kind = report::Kind::Authorities; // the kind m_key's text was built for
};

} // namespace vigil
