#pragma once

#include "core/report/ReportDocument.h"
#include "core/report/ReportItem.h"

#include <QSet>
#include <QString>
#include <QWidget>

class QPushButton;
class QToolButton;
class QTreeView;

namespace vigil {

class ReportEditCommands;
class ReportItemEditor;
class ReportOutlineModel;
class UiContext;

// The report builder's left side: the outline of the report with a tick per
// item for the current kind, buttons to move items and to add or remove
// quotes and paragraphs, and the editor of the selected item's text.
class ReportOutlinePane : public QWidget
{
    Q_OBJECT
public:
    ReportOutlinePane(UiContext& ctx, const QString& visitId, ReportEditCommands& commands,
                      QWidget* parent = nullptr);

    // Shows a newly built outline, keeping the selection and the open branches.
    void showOutline(const report::ReportDocument& outline, const QList<report::ReportItem>& edits,
                     report::Kind kind);
    void clear(report::Kind kind);
    void selectKey(const QString& key);
    QString selectedKey() const;
    // Commits typing still waiting for its debounce.
    void flush();

    ReportOutlineModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    ReportItemEditor* editor() const { return m_editor; }
    QToolButton* moveUpButton() const { return m_up; }
    QToolButton* moveDownButton() const { return m_down; }
    QPushButton* addQuoteButton() const { return m_addQuote; }
    QPushButton* addParagraphButton() const { return m_addParagraph; }
    QPushButton* removeButton() const { return m_remove; }

private:
    void currentChanged();
    void updateButtons();
    void moveSelected(int direction);
    void addItem(bool quote);
    void removeSelected();

    UiContext& m_ctx;
    QString m_visitId;
    ReportEditCommands& m_commands;
    ReportOutlineModel* m_model;
    QTreeView* m_tree;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QPushButton* m_addQuote;
    QPushButton* m_addParagraph;
    QPushButton* m_remove;
    ReportItemEditor* m_editor;
    QString m_selected;
    bool m_shown = false; // an outline was shown before
};

} // namespace vigil
