#pragma once

#include "core/model/Consent.h"
#include "core/model/Interview.h"

#include <QPointer>
#include <QWidget>

class QBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace vigil {

class ConsentSection;
class DebouncedText;
class IdentityDialog;
class InterviewDetailsForm;
class UiContext;

// One interview, laid out in the order the safeguards ask for (DOMAIN.md
// §4): the pseudonym, then consent, then the facts, then the notes. The
// notes stay disabled until consent is recorded, with a sentence saying
// why, and become read-only once it is withdrawn. The real identity is only
// reachable through IdentityDialog. Every edit is an undoable step; typing
// is committed 700 ms after the last keystroke.
class InterviewEditor : public QWidget
{
    Q_OBJECT
public:
    InterviewEditor(UiContext& ctx, QWidget* parent = nullptr);

    // Shows interview `id` (an empty id clears the editor).
    void setInterview(const QString& id);
    QString interviewId() const { return m_id; }
    // Commits text still being typed.
    void flush();

    Consent::State consentState() const { return m_consent.state; }
    IdentityDialog* openIdentityDialog();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    static constexpr int kTwoColumnWidth = 760;

    void reload();
    void onRecordsChanged(const QString& entity, const QString& id);
    void showFlags(const QList<InterviewFlag>& flags);
    bool commitNotes(const QString& text);

    UiContext& m_ctx;
    QString m_id;
    Interview m_interview;
    Consent m_consent;
    QLabel* m_pseudonym = nullptr;
    QLabel* m_kind = nullptr;
    QPushButton* m_identity = nullptr;
    QWidget* m_flagsBox = nullptr;
    QVBoxLayout* m_flagsLayout = nullptr;
    ConsentSection* m_consentSection = nullptr;
    InterviewDetailsForm* m_details = nullptr;
    QLabel* m_notesGate = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    DebouncedText* m_notesText = nullptr;
    QScrollArea* m_scroll = nullptr;
    QBoxLayout* m_columns = nullptr;
    QWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
    QPointer<IdentityDialog> m_identityDialog;
};

} // namespace vigil
