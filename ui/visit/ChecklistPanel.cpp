#include "ui/visit/ChecklistPanel.h"

#include "core/checklist/ChecklistText.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/ChecklistTemplateRepository.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "core/model/VocabularyLabels.h"
#include "ui/visit/ChecklistQuestionWidget.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace vigil {

ChecklistPanel::ChecklistPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_templateCombo(new QComboBox(this)),
      m_empty(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_findings(new QStandardItemModel(this))
{
    m_templateCombo->setObjectName(QStringLiteral("templateCombo"));
    m_templateCombo->setAccessibleName(tr("Checklist"));
    m_empty->setObjectName(QStringLiteral("checklistEmptyLabel"));
    m_empty->setWordWrap(true);
    m_scroll->setObjectName(QStringLiteral("checklistScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Checklist:"), this);
    label->setBuddy(m_templateCombo);
    top->addWidget(label);
    top->addWidget(m_templateCombo, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);

    connect(m_templateCombo, &QComboBox::currentIndexChanged, this, &ChecklistPanel::showTemplate);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (!m_loaded)
            return;
        if (entity == QLatin1StringView("checklist_response"))
            reloadResponses();
        else if (entity == QLatin1StringView("finding"))
            reloadFindings();
    });
}

void ChecklistPanel::showEvent(QShowEvent* event)
{
    if (!m_loaded) {
        m_loaded = true;
        loadTemplates();
    }
    QWidget::showEvent(event);
}

void ChecklistPanel::loadTemplates()
{
    auto visit = VisitRepository(m_ctx.records()).get(m_visitId);
    if (!visit)
        return m_ctx.report(visit.error());
    auto place = PlaceRepository(m_ctx.records()).get(visit->placeId);
    if (!place)
        return m_ctx.report(place.error());
    ChecklistTemplateRepository templates(m_ctx.records());
    auto found = templates.forPlaceType(place->type);
    if (found && found->isEmpty()) {
        // A new vault has none installed yet.
        if (auto installed = templates.installBuiltIns(); !installed)
            return m_ctx.report(installed.error());
        found = templates.forPlaceType(place->type);
    }
    if (!found)
        return m_ctx.report(found.error());
    m_templates = *found;
    {
        // Filling the box must not build the checklist once per template.
        const QSignalBlocker blocker(m_templateCombo);
        m_templateCombo->clear();
        for (const ChecklistTemplate& t : m_templates)
            m_templateCombo->addItem(ChecklistText::display(t, t.title), t.id);
    }
    m_templateCombo->setVisible(m_templates.size() > 1);
    m_empty->setVisible(m_templates.isEmpty());
    m_empty->setText(
        //: %1 is a place type, e.g. "Airport transit zone"
        tr("There is no checklist yet for this type of place (%1).")
            .arg(VocabularyLabels::placeType(place->type)));
    if (!m_templates.isEmpty())
        showTemplate(0);
}

void ChecklistPanel::showTemplate(int index)
{
    flush();
    m_questions.clear();
    m_pending.clear();
    m_template = index;
    if (index < 0 || index >= m_templates.size())
        return;
    m_page = new QWidget;
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->addStretch();
    m_scroll->setWidget(m_page); // deletes the previous page and its questions
    reloadFindings();
    reloadResponses();
    m_pending = m_templates.at(index).categories();
    buildNextCategory(); // the first one at once, the rest turn by turn
}

void ChecklistPanel::buildNextCategory()
{
    if (m_pending.isEmpty() || m_template < 0)
        return;
    const ChecklistTemplate& checklist = m_templates.at(m_template);
    const QString category = m_pending.takeFirst();
    auto* group = new QGroupBox(VocabularyLabels::findingCategory(category), m_page);
    group->setObjectName(QStringLiteral("category_") + category);
    auto* inner = new QVBoxLayout(group);
    for (const ChecklistQuestion& q : checklist.inCategory(category)) {
        auto* widget = new ChecklistQuestionWidget(m_ctx, m_visitId, checklist, q, group);
        widget->setFindingModel(m_findings);
        widget->setResponse(m_responses.value(q.id));
        inner->addWidget(widget);
        m_questions.append(widget);
    }
    m_pageLayout->insertWidget(m_pageLayout->count() - 1, group); // above the stretch
    if (m_pending.isEmpty()) {
        Q_EMIT questionsBuilt();
        return;
    }
    // The page that asked for more is the one still shown; a template switch
    // in between replaced it and its questions (and this timer with them).
    QTimer::singleShot(0, m_page, [this] { buildNextCategory(); });
}

void ChecklistPanel::reloadResponses()
{
    auto responses = ChecklistResponseRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!responses)
        return m_ctx.report(responses.error());
    m_responses.clear();
    for (const ChecklistResponse& r : *responses) {
        // After a sync there may be two; answer() updates the oldest (lowest UUIDv7).
        auto it = m_responses.find(r.questionId);
        if (it == m_responses.end() || r.id < it->id)
            m_responses.insert(r.questionId, r);
    }
    for (ChecklistQuestionWidget* q : m_questions)
        q->setResponse(m_responses.value(q->questionId()));
}

void ChecklistPanel::reloadFindings()
{
    auto findings = FindingRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!findings)
        return m_ctx.report(findings.error());
    m_findings->clear();
    auto* none = new QStandardItem(tr("No finding"));
    none->setData(QString(), Qt::UserRole);
    m_findings->appendRow(none);
    for (const Finding& f : *findings) {
        auto* item = new QStandardItem(f.title.isEmpty() ? tr("Untitled finding") : f.title);
        item->setData(f.id, Qt::UserRole);
        m_findings->appendRow(item);
    }
    for (ChecklistQuestionWidget* q : m_questions)
        q->showLinkedFinding();
}

void ChecklistPanel::flush()
{
    for (ChecklistQuestionWidget* q : m_questions)
        q->flush();
}

} // namespace vigil
