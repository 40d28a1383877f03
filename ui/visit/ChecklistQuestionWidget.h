#pragma once

#include "core/checklist/ChecklistTemplate.h"
#include "core/model/ChecklistResponse.h"

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;

namespace vigil {

class FieldCommitter;
class UiContext;

// One checklist question: its answer (a widget for its answer type), notes
// and the finding it led to. Each change is saved at once as an undo step.
class ChecklistQuestionWidget : public QWidget
{
    Q_OBJECT
public:
    // Texts are shown in the interface language (ChecklistText); answers are
    // stored as the template writes them.
    ChecklistQuestionWidget(UiContext& ctx, const QString& visitId,
                            const ChecklistTemplate& checklist, const ChecklistQuestion& question,
                            QWidget* parent = nullptr);

    const QString& questionId() const { return m_question.id; }
    // The stored answer, or one with an empty id when not answered yet.
    void setResponse(const ChecklistResponse& response);
    // The visit's findings, one model shared by every question of the
    // checklist (a combo box of its own each would cost a visit with a
    // hundred findings thousands of items).
    void setFindingModel(QAbstractItemModel* findings);
    // Selects the linked finding again after the shared model changed.
    void showLinkedFinding();
    void flush();

private:
    void buildAnswer();
    void commitAnswer(const QString& answer);
    void commitNotes(const QString& notes, const QString& mergeKey);
    void commitFinding();
    bool write(const QString& what, const char* field, const QString& mergeKey,
               const QString& oldValue, const QString& newValue);

    UiContext& m_ctx;
    QString m_visitId;
    QString m_templateId;
    QString m_language; // the template's, for its texts
    ChecklistQuestion m_question;
    ChecklistResponse m_response;
    QComboBox* m_choice = nullptr; // yes/no, yes/no/partly, choice
    QLineEdit* m_free = nullptr;   // number, text
    FieldCommitter* m_freeCommit = nullptr;
    QLineEdit* m_notes;
    FieldCommitter* m_notesCommit;
    QComboBox* m_finding;
};

} // namespace vigil
