#pragma once

#include "ui/report/ReportJobs.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class UiContext;

// Part of the export dialog: checks the report for the names and numbers
// typed into the visit's identity entries (PublicationGuard's identity_data).
// Those are sealed, so the user enters the passphrase again; on a worker
// thread the entries are unsealed (each read audited), the report is built
// and checked with them, and they are wiped as the job ends. Until a check
// has run, a plain note says the names were not checked.
class IdentityCheckPanel : public QWidget
{
    Q_OBJECT
public:
    IdentityCheckPanel(UiContext& ctx, const reportjobs::Request& request,
                       QWidget* parent = nullptr);
    ~IdentityCheckPanel() override;

    bool isChecking() const { return m_job.isRunning(); }
    bool hasChecked() const { return m_checked; }
    // The report was checked again without the names: say so again.
    void reset();
    // Checks with the passphrase typed, as the Check button does.
    void check();

    QPushButton* askButton() const { return m_ask; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* checkButton() const { return m_check; }
    QLabel* note() const { return m_note; }

Q_SIGNALS:
    // The report built and checked with the identity strings.
    void checked(const reportjobs::Checked& result);

private:
    struct Outcome
    {
        reportjobs::Checked checked;
        int entries = 0; // identity entries read
    };

    void ask();
    void finished();
    void showNote();

    UiContext& m_ctx;
    reportjobs::Request m_request;
    QLabel* m_note;
    QPushButton* m_ask;
    QWidget* m_prompt;
    QLineEdit* m_passphrase;
    QPushButton* m_check;
    QLabel* m_message;
    QFutureWatcher<Outcome> m_job;
    reportjobs::CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_checked = false;
};

} // namespace vigil
