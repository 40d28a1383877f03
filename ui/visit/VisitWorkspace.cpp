#include "ui/visit/VisitWorkspace.h"

#include "ui/UiContext.h"
#include "ui/interview/InterviewsPanel.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/report/ReportBuilderPage.h"
#include "ui/visit/AccessLogPanel.h"
#include "ui/visit/AttachmentsPanel.h"
#include "ui/visit/ChecklistPanel.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/FindingsPanel.h"
#include "ui/visit/ObservationsPanel.h"
#include "ui/visit/RecommendationsPanel.h"
#include "ui/visit/RegisterChecksPanel.h"
#include "ui/visit/TeamPanel.h"
#include "ui/visit/VisitHeader.h"

#include <QGroupBox>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {

QWidget* boxed(const QString& title, QWidget* content)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

// A tab's page in a scroll area: on a 1366×768 laptop screen the tallest
// form would otherwise set the height of the whole window.
QWidget* scrollable(QWidget* page, const QString& title)
{
    auto* area = new QScrollArea;
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setAccessibleName(title);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setWidget(page);
    AccessibleParts::nameScrollBars(area);
    return area;
}

} // namespace

VisitWorkspace::VisitWorkspace(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId),
      m_header(new VisitHeader(ctx, visitId, this)), m_tabs(new QTabWidget(this)),
      m_team(new TeamPanel(ctx, visitId)), m_access(new AccessLogPanel(ctx, visitId)),
      m_checklist(new ChecklistPanel(ctx, visitId)),
      m_observations(new ObservationsPanel(ctx, visitId)),
      m_registerChecks(new RegisterChecksPanel(ctx, visitId)),
      m_attachments(new AttachmentsPanel(ctx, visitId)),
      m_findings(new FindingsPanel(ctx, visitId)),
      m_recommendations(new RecommendationsPanel(ctx, visitId)),
      m_report(new ReportBuilderPage(ctx, visitId))
{
    setObjectName(QStringLiteral("visitWorkspace"));
    m_tabs->setObjectName(QStringLiteral("visitTabs"));
    m_tabs->setAccessibleName(tr("Parts of the visit record"));
    m_tabs->setDocumentMode(true);

    auto* evidence = new QSplitter(Qt::Vertical);
    evidence->setObjectName(QStringLiteral("evidenceSplitter"));
    evidence->addWidget(boxed(tr("Observations"), m_observations));
    evidence->addWidget(boxed(tr("Register checks"), m_registerChecks));
    evidence->setChildrenCollapsible(false);

    auto* interviews = new InterviewsPanel(ctx, visitId);
    interviews->setObjectName(QStringLiteral("interviewsPanel"));

    // No mnemonics here: they would clash with the menu bar's. The tab bar
    // takes focus by Tab and moves by arrow keys; Ctrl+Tab cycles the tabs.
    const std::pair<QWidget*, QString> pages[] = {
        {m_team, tr("Team")},
        {m_access, tr("Access log")},
        {m_checklist, tr("Checklist")},
        {interviews, tr("Interviews")},
        {evidence, tr("Observations and registers")},
        {m_attachments, tr("Attachments")},
        {m_findings, tr("Findings")},
        {m_recommendations, tr("Recommendations")},
    };
    for (const auto& [page, title] : pages)
        m_tabs->addTab(scrollable(page, title), title);
    m_tabs->setTabToolTip(1, tr("Refusals, delays and obstruction of access"));
    // Not in a scroll area: the builder lays out its own outline and preview.
    m_tabs->addTab(m_report, tr("Report"));
    m_tabs->setTabToolTip(m_tabs->count() - 1,
                          tr("Compile the visit report: outline, edits and a live preview"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
}

bool VisitWorkspace::showTabOf(const QWidget* part)
{
    // Each page sits in a scroll area, so the page is an ancestor of the part.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i) == part || m_tabs->widget(i)->isAncestorOf(part)) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

VisitWorkspace::~VisitWorkspace()
{
    // The last chance not to lose typing. The windows around may be half
    // destroyed by now, so nobody is told of this write.
    const QSignalBlocker quiet(&m_ctx);
    flushPendingEdits();
}

void VisitWorkspace::hideEvent(QHideEvent* event)
{
    flushPendingEdits();
    QWidget::hideEvent(event);
}

void VisitWorkspace::showReport()
{
    m_tabs->setCurrentWidget(m_report);
    m_report->setFocus(Qt::OtherFocusReason);
}

void VisitWorkspace::flushPendingEdits()
{
    m_report->flushPendingEdits();
    for (FieldCommitter* committer : findChildren<FieldCommitter*>())
        committer->flush();
}

} // namespace vigil
