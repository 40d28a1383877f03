#include "ui/visit/ChecklistPanel.h"

#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/ChecklistTemplateRepository.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/UiContext.h"
#include "ui/models/VocabularyLabels.h"
#include "ui/visit/ChecklistQuestionWidget.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigil {

ChecklistPanel::ChecklistPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_templateCombo(new QComboBox(this)),
      m_empty(new QLabel(this)), m_scroll(new QScrollArea(this))
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
    m_templateCombo->clear();
    for (const ChecklistTemplate& t : m_templates)
        m_templateCombo->addItem(t.title, t.id);
    m_templateCombo->setVisible(m_templates.size() > 1);
    m_empty->setVisible(m_templates.isEmpty());
    m_empty->setText(
        tr("There is no checklist for a %1 yet.").arg(VocabularyLabels::placeType(place->type)));
    if (!m_templates.isEmpty())
        showTemplate(0);
}

void ChecklistPanel::showTemplate(int index)
{
    flush();
    m_questions.clear();
    if (index < 0 || index >= m_templates.size())
        return;
    const ChecklistTemplate& checklist = m_templates.at(index);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    for (const QString& category : checklist.categories()) {
        auto* group = new QGroupBox(VocabularyLabels::findingCategory(category), page);
        group->setObjectName(QStringLiteral("category_") + category);
        auto* inner = new QVBoxLayout(group);
        for (const ChecklistQuestion& q : checklist.inCategory(category)) {
            auto* widget = new ChecklistQuestionWidget(m_ctx, m_visitId, checklist.id, q, group);
            inner->addWidget(widget);
            m_questions.append(widget);
        }
        layout->addWidget(group);
    }
    layout->addStretch();
    m_scroll->setWidget(page); // deletes the previous page
    reloadFindings();
    reloadResponses();
}

void ChecklistPanel::reloadResponses()
{
    auto responses = ChecklistResponseRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!responses)
        return m_ctx.report(responses.error());
    QHash<QString, ChecklistResponse> byQuestion;
    for (const ChecklistResponse& r : *responses) {
        // After a sync there may be two; answer() updates the oldest (lowest UUIDv7).
        auto it = byQuestion.find(r.questionId);
        if (it == byQuestion.end() || r.id < it->id)
            byQuestion.insert(r.questionId, r);
    }
    for (ChecklistQuestionWidget* q : m_questions)
        q->setResponse(byQuestion.value(q->questionId()));
}

void ChecklistPanel::reloadFindings()
{
    auto findings = FindingRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!findings)
        return m_ctx.report(findings.error());
    for (ChecklistQuestionWidget* q : m_questions)
        q->setFindings(*findings);
}

void ChecklistPanel::flush()
{
    for (ChecklistQuestionWidget* q : m_questions)
        q->flush();
}

} // namespace vigil
