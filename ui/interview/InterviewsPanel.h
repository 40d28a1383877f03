#pragma once

#include "core/model/Interview.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace vigil {

class InterviewEditor;
class InterviewListModel;
class UiContext;

// The Interviews tab of a visit: how the interviews spread over the units
// (with warnings where one person alone was heard or staff chose everyone,
// DOMAIN.md §4.5), the list of interviews by pseudonym, "New interview" and
// the editor of the selected one.
class InterviewsPanel : public QWidget
{
    Q_OBJECT
public:
    InterviewsPanel(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);

    // Creates an interview of this visit as an undoable step and selects it;
    // returns its id, or an empty string after reporting why not.
    QString createInterview(Interview interview);
    void selectInterview(const QString& id);
    QString selectedInterview() const;

    InterviewEditor* editor() const { return m_editor; }
    InterviewListModel* model() const { return m_model; }

public Q_SLOTS:
    // Asks for the kind, witnesses, who chose the person and the risk.
    void startNewInterview();

private:
    void reload();
    void reloadCoverage();
    void selectionChanged();

    UiContext& m_ctx;
    QString m_visitId;
    QLabel* m_coverage = nullptr;
    QWidget* m_coverageWarnings = nullptr;
    QVBoxLayout* m_coverageWarningsLayout = nullptr;
    QPushButton* m_new = nullptr;
    QTableView* m_list = nullptr;
    InterviewListModel* m_model = nullptr;
    InterviewEditor* m_editor = nullptr;
    bool m_reloading = false;
};

} // namespace vigil
