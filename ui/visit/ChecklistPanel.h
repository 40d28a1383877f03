#pragma once

#include "core/checklist/ChecklistTemplate.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;

namespace vigil {

class ChecklistQuestionWidget;
class UiContext;

// The checklist of the visited place's type (DOMAIN.md §2), its questions
// grouped by finding category, each answer saved as it is given.
class ChecklistPanel : public QWidget
{
    Q_OBJECT
public:
    ChecklistPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    void flush();

protected:
    // The questions (dozens of widgets) are built when the tab is first
    // shown, so opening a visit stays quick on an old laptop.
    void showEvent(QShowEvent* event) override;

private:
    void loadTemplates();
    void showTemplate(int index);
    void reloadResponses();
    void reloadFindings();

    UiContext& m_ctx;
    QString m_visitId;
    QList<ChecklistTemplate> m_templates;
    QComboBox* m_templateCombo;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QList<ChecklistQuestionWidget*> m_questions;
    bool m_loaded = false;
};

} // namespace vigil
