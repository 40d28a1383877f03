#pragma once

#include <QString>
#include <QWidget>

class QTabWidget;

namespace vigil {

class AccessLogPanel;
class AttachmentsPanel;
class ChecklistPanel;
class FindingsPanel;
class ObservationsPanel;
class RecommendationsPanel;
class RegisterChecksPanel;
class ReportBuilderPage;
class TeamPanel;
class UiContext;
class VisitHeader;

// Everything recorded on one visit, as monitors work through it on site and
// after: the header with the lifecycle, and one tab per part of the record.
// Every edit is an undo step on ctx.undoStack(), committed as it is typed.
class VisitWorkspace : public QWidget
{
    Q_OBJECT
public:
    VisitWorkspace(UiContext& ctx, const QString& visitId, QWidget* parent = nullptr);
    // Commits typing still waiting for its debounce (normally done on hiding).
    ~VisitWorkspace() override;

    const QString& visitId() const { return m_visitId; }
    // Commits typing still waiting for its debounce (call before locking).
    void flushPendingEdits();

    QTabWidget* tabs() const { return m_tabs; }
    // Shows the tab whose page holds `part` (a panel, or any widget in one);
    // false if no tab does.
    bool showTabOf(const QWidget* part);
    VisitHeader* header() const { return m_header; }
    TeamPanel* team() const { return m_team; }
    AccessLogPanel* accessLog() const { return m_access; }
    ChecklistPanel* checklist() const { return m_checklist; }
    ObservationsPanel* observations() const { return m_observations; }
    RegisterChecksPanel* registerChecks() const { return m_registerChecks; }
    AttachmentsPanel* attachments() const { return m_attachments; }
    FindingsPanel* findings() const { return m_findings; }
    RecommendationsPanel* recommendations() const { return m_recommendations; }
    ReportBuilderPage* report() const { return m_report; }
    // Shows the report builder's tab ("Compile report…").
    void showReport();

protected:
    // Leaving the visit (another page, the lock screen) commits pending typing
    // while every view around is still alive to hear of it.
    void hideEvent(QHideEvent* event) override;

private:
    UiContext& m_ctx;
    QString m_visitId;
    VisitHeader* m_header;
    QTabWidget* m_tabs;
    TeamPanel* m_team;
    AccessLogPanel* m_access;
    ChecklistPanel* m_checklist;
    ObservationsPanel* m_observations;
    RegisterChecksPanel* m_registerChecks;
    AttachmentsPanel* m_attachments;
    FindingsPanel* m_findings;
    RecommendationsPanel* m_recommendations;
    ReportBuilderPage* m_report;
};

} // namespace vigil
