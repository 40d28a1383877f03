#pragma once

#include "core/report/ReportDocument.h"
#include "ui/report/ReportJobs.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace vigil {

class ExportReportDialog;
class ReportEditCommands;
class ReportOutlineModel;
class ReportOutlinePane;
class ReportPreview;
class UiContext;

// The report builder of one visit (DESIGN.md §7, §8): the outline of the
// built report on one side — tick to include, move, edit the text, add
// quotes and paragraphs — and on the other a live preview of what an export
// of the chosen kind and language would contain, publication guard applied.
// Every edit is an undo step through ReportEditRepository. The report is
// built on a worker thread (photos are decrypted for it), so typing never
// waits for it; the page builds only while shown.
class ReportBuilderPage : public QWidget
{
    Q_OBJECT
public:
    ReportBuilderPage(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);
    ~ReportBuilderPage() override;

    const QString& visitId() const { return m_visitId; }
    report::Kind kind() const;
    void setKind(report::Kind kind);
    QString language() const;
    void setLanguage(const QString& code);

    // Starts building the report now (again, once the running build ends).
    void rebuild();
    bool isBuilding() const;
    // Builds completed so far, for tests and for "has it caught up".
    int buildCount() const { return m_builds; }
    void flushPendingEdits();

    // Opens the export dialog for the kind and language shown.
    ExportReportDialog* openExportDialog();

    ReportOutlinePane* outlinePane() const { return m_outline; }
    ReportOutlineModel* model() const;
    ReportPreview* preview() const { return m_preview; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* languageCombo() const { return m_language; }
    QPushButton* exportButton() const { return m_export; }
    QLabel* guardNote() const { return m_guardNote; }

Q_SIGNALS:
    void previewUpdated();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildFinished();

    UiContext& m_ctx;
    QString m_visitId;
    std::unique_ptr<ReportEditCommands> m_commands;
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    ReportOutlinePane* m_outline = nullptr;
    ReportPreview* m_preview = nullptr;
    QLabel* m_guardNote = nullptr;

    QFutureWatcher<reportjobs::Preview> m_job;
    // Set when the page goes (a lock): the build stops at its next step.
    reportjobs::CancelFlag m_cancel = std::make_shared<std::atomic_bool>(false);
    QTimer m_rebuildTimer; // gathers a burst of edits into one build
    bool m_stale = true;   // edits happened while hidden
    bool m_again = false;  // edits happened while building
    int m_builds = 0;
};

} // namespace vigil
