#include "ui/visit/ChecklistQuestionWidget.h"

#include "core/checklist/ChecklistText.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/EntityCatalog.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>

namespace vigil {

ChecklistQuestionWidget::ChecklistQuestionWidget(UiContext& ctx, const QString& visitId,
                                                 const ChecklistTemplate& checklist,
                                                 const ChecklistQuestion& question, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_templateId(checklist.id),
      m_language(checklist.language), m_question(question), m_notes(new QLineEdit(this)),
      m_finding(new QComboBox(this))
{
    setObjectName(QStringLiteral("question_") + question.id);
    const auto shown = [&checklist](const QString& t) { return ChecklistText::display(checklist, t); };
    auto* text = new QLabel(tr("%1  %2").arg(question.id, shown(question.text)), this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList tip;
    if (!question.subcategory.isEmpty())
        tip << shown(question.subcategory);
    if (!question.guidance.isEmpty())
        tip << shown(question.guidance);
    if (!question.standards.isEmpty())
        tip << tr("Standards: %1").arg(question.standards.join(QStringLiteral("; ")));
    text->setToolTip(tip.join(QStringLiteral("\n\n")));
    auto* standards = new QLabel(question.standards.join(QStringLiteral(" · ")), this);
    standards->setWordWrap(true);
    standards->setEnabled(false); // secondary text, greyed

    buildAnswer();
    QWidget* answer = m_choice ? static_cast<QWidget*>(m_choice) : m_free;
    answer->setObjectName(QStringLiteral("answerEdit"));
    answer->setAccessibleName(tr("Answer to question %1").arg(question.id));
    answer->setAccessibleDescription(shown(question.text));
    text->setBuddy(answer);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setAccessibleName(tr("Notes on question %1").arg(question.id));
    m_notes->setPlaceholderText(tr("Notes"));
    m_notesCommit = new FieldCommitter(m_notes);
    m_notesCommit->setCommit([this](const QVariant& old, const QVariant& now) {
        return write(tr("Edit checklist notes"), "notes", m_notesCommit->sessionKey(),
                     old.toString(), now.toString());
    });
    m_finding->setObjectName(QStringLiteral("findingCombo"));
    m_finding->setAccessibleName(tr("Finding that question %1 led to").arg(question.id));
    m_finding->setToolTip(tr("Link to finding"));
    connect(m_finding, &QComboBox::activated, this, &ChecklistQuestionWidget::commitFinding);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->addWidget(text, 0, 0, 1, 3);
    grid->addWidget(standards, 1, 0, 1, 3);
    grid->addWidget(answer, 2, 0);
    grid->addWidget(m_notes, 2, 1);
    grid->addWidget(m_finding, 2, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);
    setResponse(ChecklistResponse());
}

void ChecklistQuestionWidget::buildAnswer()
{
    switch (m_question.answer) {
    case AnswerType::YesNo:
    case AnswerType::YesNoPartly: {
        m_choice = new QComboBox(this);
        static const char* const yesNo[] = {"yes", "no"};
        static const char* const yesNoPartly[] = {"yes", "no", "partly"};
        if (m_question.answer == AnswerType::YesNo)
            VisitLabels::fill(m_choice, yesNo, &VisitLabels::answer, tr("Not answered"));
        else
            VisitLabels::fill(m_choice, yesNoPartly, &VisitLabels::answer, tr("Not answered"));
        break;
    }
    case AnswerType::Choice:
        m_choice = new QComboBox(this);
        m_choice->addItem(tr("Not answered"), QString());
        for (const QString& c : m_question.choices) // shown translated, stored as written
            m_choice->addItem(ChecklistText::display(m_language, c), c);
        break;
    case AnswerType::Number:
    case AnswerType::Text:
        m_free = new QLineEdit(this);
        if (m_question.answer == AnswerType::Number) {
            m_free->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("-?[0-9]*([.,][0-9]*)?")), m_free));
            m_free->setPlaceholderText(tr("Number"));
        } else {
            m_free->setPlaceholderText(tr("Answer"));
        }
        m_freeCommit = new FieldCommitter(m_free);
        m_freeCommit->setCommit([this](const QVariant& old, const QVariant& now) {
            return write(tr("Answer checklist question"), "answer", m_freeCommit->sessionKey(),
                         old.toString(), now.toString());
        });
        return;
    }
    connect(m_choice, &QComboBox::activated, this,
            [this] { commitAnswer(m_choice->currentData().toString()); });
}

void ChecklistQuestionWidget::setResponse(const ChecklistResponse& response)
{
    m_response = response;
    if (m_choice)
        VisitLabels::select(m_choice, response.answer);
    if (m_freeCommit)
        m_freeCommit->setStoredValue(response.answer);
    m_notesCommit->setStoredValue(response.notes);
    m_finding->setEnabled(!response.id.isEmpty());
    showLinkedFinding();
}

void ChecklistQuestionWidget::setFindingModel(QAbstractItemModel* findings)
{
    const QSignalBlocker blocker(m_finding);
    m_finding->setModel(findings);
    showLinkedFinding();
}

void ChecklistQuestionWidget::showLinkedFinding()
{
    // Never adds an item: the model is shared. A link to a finding that has
    // since been removed shows as no finding.
    const QSignalBlocker blocker(m_finding);
    m_finding->setCurrentIndex(qMax(0, m_finding->findData(m_response.findingId)));
}

void ChecklistQuestionWidget::flush()
{
    if (m_freeCommit)
        m_freeCommit->flush();
    m_notesCommit->flush();
}

void ChecklistQuestionWidget::commitAnswer(const QString& answer)
{
    if (!write(tr("Answer checklist question"), "answer", QString(), m_response.answer, answer))
        VisitLabels::select(m_choice, m_response.answer);
}

bool ChecklistQuestionWidget::write(const QString& what, const char* field, const QString& mergeKey,
                                    const QString& oldValue, const QString& newValue)
{
    UiContext& ctx = m_ctx;
    const bool isAnswer = qstrcmp(field, "answer") == 0;
    if (m_response.id.isEmpty()) {
        // The first answer creates the response; undo removes it again.
        const QString visitId = m_visitId, templateId = m_templateId, questionId = m_question.id;
        const QString answer = isAnswer ? newValue : m_response.answer;
        const QString notes = isAnswer ? m_response.notes : newValue;
        return !visitcmd::pushCreate(
                    ctx, what, catalog::kChecklistResponse,
                    [&ctx, visitId, templateId, questionId, answer, notes] {
                        return ChecklistResponseRepository(ctx.records())
                            .answer(visitId, templateId, questionId, answer, notes);
                    },
                    [&ctx](const QString& id) {
                        return ChecklistResponseRepository(ctx.records()).remove(id);
                    })
                    .isEmpty();
    }
    const QString id = m_response.id, templateId = m_templateId;
    auto store = [&ctx, id, templateId, isAnswer](const QVariant& value) -> Status {
        ChecklistResponseRepository repo(ctx.records());
        auto r = repo.get(id);
        if (!r)
            return r.error();
        auto written = repo.answer(r->visitId, templateId, r->questionId,
                                   isAnswer ? value.toString() : r->answer,
                                   isAnswer ? r->notes : value.toString());
        return written ? Status() : Status(written.error());
    };
    return visitcmd::pushEdit(ctx, what, catalog::kChecklistResponse, id,
                              mergeKey.isEmpty() ? QString()
                                                 : id + QLatin1StringView(field) + mergeKey,
                              oldValue, newValue, store);
}

void ChecklistQuestionWidget::commitFinding()
{
    const QString findingId = m_finding->currentData().toString();
    if (m_response.id.isEmpty() || findingId == m_response.findingId)
        return;
    UiContext& ctx = m_ctx;
    const QString id = m_response.id;
    if (!visitcmd::pushEdit(
            ctx, tr("Link checklist answer to finding"), catalog::kChecklistResponse, id, QString(),
            m_response.findingId, findingId, [&ctx, id](const QVariant& value) {
                return ChecklistResponseRepository(ctx.records()).linkFinding(id, value.toString());
            }))
        showLinkedFinding();
}

} // namespace vigil
