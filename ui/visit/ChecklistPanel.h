#pragma once

#include "core/checklist/ChecklistTemplate.h"

#include "core/model/ChecklistResponse.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;
class QStandardItemModel;

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
    // True once every question of the shown checklist is on the page.
    bool questionsReady() const { return m_pending.isEmpty(); }

Q_SIGNALS:
    void questionsBuilt();

protected:
    // The questions (hundreds of widgets) are built when the tab is first
    // shown, one category per turn of the event loop, so neither opening a
    // visit nor showing the tab freezes an old laptop.
    void showEvent(QShowEvent* event) override;

private:
    void loadTemplates();
    void showTemplate(int index);
    void buildNextCategory();
    void reloadResponses();
    void reloadFindings();

    UiContext& m_ctx;
    QString m_visitId;
    QList<ChecklistTemplate> m_templates;
    QComboBox* m_templateCombo;
    QLabel* m_empty;
    QScrollArea* m_scroll;
    QStandardItemModel* m_findings; // shared by every question's finding box
    QHash<QString, ChecklistResponse> m_responses; // by question id
    QList<ChecklistQuestionWidget*> m_questions;
    QWidget* m_page = nullptr;
    QVBoxLayout* m_pageLayout = nullptr;
    int m_template = -1;
    QStringList m_pending; // categories still to build
    bool m_loaded = false;
};

} // namespace vigil
