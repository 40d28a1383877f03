#pragma once

#include "ui/report/ReportJobs.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace vigil {

class GuardFindingsView;
class IdentityCheckPanel;
class UiContext;

// Exports a visit's report (DESIGN.md §7, §8): the format and the file, then
// the publication guard's findings — what it takes out, and the warnings the
// user must accept one by one (or go and fix) before Export is enabled. On
// export the acceptance is audited (PublicationGuard::recordDecision), the
// guard's removals are applied, and the file is rendered on a worker thread
// with progress and Cancel; a cancelled or failed export leaves no file.
// The render job builds and checks the report again first: if the guard now
// finds something else, nothing is written and the new findings are shown.
// Names typed into identity entries are looked for only once the user asks
// (IdentityCheckPanel, which takes the passphrase again).
class ExportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportReportDialog(UiContext& ctx, const reportjobs::Request& request,
                       QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    // "Northgate Prison 2025-03-12 - Report to the authorities.pdf", made safe as a file name.
    static QString defaultFileName(const QString& placeName, qint64 visitDate, report::Kind kind,
                                   reportjobs::Format format);

    bool isChecking() const { return m_check.isRunning(); }
    bool isRendering() const { return m_render.isRunning(); }
    // Starts the export as the Export button does; false if it may not yet.
    bool startExport();
    void cancelExport();

    QComboBox* formatCombo() const { return m_format; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    GuardFindingsView* findings() const { return m_findings; }
    IdentityCheckPanel* identityCheck() const { return m_identity; }
    // The guard's verdict shown, the one an export renders.
    const report::GuardReport& guardReport() const { return m_checked.guard; }

Q_SIGNALS:
    // The user chose to fix an item the guard warned about.
    void showRequested(const QString& itemKey);
    void exported(const QString& path);

protected:
    void reject() override;

private:
    reportjobs::Format format() const;
    void checkFinished();
    void showChecked(const reportjobs::Checked& checked);
    void renderFinished();
    void chooseFile();
    void formatChanged();
    void updateButtons();

    UiContext& m_ctx;
    reportjobs::Request m_request;
    QComboBox* m_format;
    QLineEdit* m_file;
    QPushButton* m_browse;
    GuardFindingsView* m_findings;
    IdentityCheckPanel* m_identity;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QFutureWatcher<reportjobs::Checked> m_check;
    QFutureWatcher<reportjobs::Exported> m_render;
    reportjobs::CancelFlag m_checkCancel = std::make_shared<std::atomic_bool>(false);
    reportjobs::CancelFlag m_cancelFlag; // the running export's
    reportjobs::Checked m_checked;
    bool m_ready = false; // the guard's verdict is in
    bool m_done = false;  // a file was written
};

} // namespace vigil
