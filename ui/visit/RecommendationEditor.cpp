#include "ui/visit/RecommendationEditor.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecommendationQueries.h"
#include "core/repo/RecommendationRepository.h"
#include "core/model/VocabularyLabels.h"
#include "ui/visit/FieldCommitter.h"
#include "ui/visit/SmartHintsWidget.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace vigil {

namespace {

using Apply = void (*)(Recommendation&, const QVariant&);

QVariant deadlineValue(const Recommendation& r)
{
    return r.deadline.isNull() ? QVariant() : QVariant(r.deadline);
}

} // namespace

RecommendationEditor::RecommendationEditor(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_number(new QLabel(this)),
      m_text(new QPlainTextEdit(this)), m_addressee(new QComboBox(this)),
      m_level(new QComboBox(this)), m_priority(new QComboBox(this)),
      m_deadline(new QDateEdit(this)), m_findings(new QListWidget(this)),
      m_hints(new SmartHintsWidget(this))
{
    m_number->setObjectName(QStringLiteral("recommendationNumberLabel"));
    m_text->setObjectName(QStringLiteral("recommendationTextEdit"));
    m_text->setAccessibleName(tr("Recommendation text"));
    m_text->setTabChangesFocus(true);
    m_addressee->setObjectName(QStringLiteral("addresseeCombo"));
    m_addressee->setAccessibleName(tr("Addressee"));
    VisitLabels::fill(m_addressee, vocab::kAddressees, &VocabularyLabels::addressee);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_level->setAccessibleName(tr("Level"));
    VisitLabels::fill(m_level, vocab::kRecommendationLevels, &VisitLabels::level);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_priority->setAccessibleName(tr("Priority"));
    VisitLabels::fill(m_priority, vocab::kPriorities, &VocabularyLabels::priority);
    m_deadline->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadline->setAccessibleName(tr("Deadline"));
    m_deadline->setCalendarPopup(true);
    // The minimum stands for "no deadline" (FieldCommitter reads it as null).
    m_deadline->setMinimumDate(QDate(2000, 1, 1));
    m_deadline->setSpecialValueText(tr("No deadline"));
    m_findings->setObjectName(QStringLiteral("linkedFindingsList"));
    m_findings->setAccessibleName(tr("Findings the recommendation is argued from"));

    auto* form = new QFormLayout;
    form->addRow(tr("Number:"), m_number);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("&Addressee:"), m_addressee);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Findings:"), m_findings);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(form, 3);
    layout->addWidget(m_hints, 1);

    m_textCommit = new FieldCommitter(m_text);
    m_deadlineCommit = new FieldCommitter(m_deadline);
    auto bind = [this](FieldCommitter* committer, const char* field, const QString& what,
                       Apply apply) {
        committer->setCommit([this, committer, field, what, apply](const QVariant& old,
                                                                   const QVariant& now) {
            const QString id = m_current.id;
            if (id.isEmpty())
                return false;
            return visitcmd::pushEdit(
                m_ctx, tr("Edit %1").arg(what), catalog::kRecommendation, id,
                id + QLatin1StringView(field) + committer->sessionKey(), old, now,
                visitcmd::fieldWriter<RecommendationRepository, Recommendation>(m_ctx, id, apply));
        });
    };
    bind(m_textCommit, "text", tr("recommendation text"),
         [](Recommendation& r, const QVariant& v) { r.text = v.toString(); });
    bind(m_deadlineCommit, "deadline", tr("deadline"),
         [](Recommendation& r, const QVariant& v) { r.deadline = v.toDate(); });
    connect(m_addressee, &QComboBox::activated, this, [this] {
        commitCombo(m_addressee, m_current.addressee, tr("addressee"),
                    [](Recommendation& r, const QVariant& v) { r.addressee = v.toString(); });
    });
    connect(m_level, &QComboBox::activated, this, [this] {
        commitCombo(m_level, m_current.level, tr("level"),
                    [](Recommendation& r, const QVariant& v) { r.level = v.toString(); });
    });
    connect(m_priority, &QComboBox::activated, this, [this] {
        commitCombo(m_priority, m_current.priority, tr("priority"),
                    [](Recommendation& r, const QVariant& v) { r.priority = v.toString(); });
    });
    // The prompts follow the typing, before it is committed.
    connect(m_text, &QPlainTextEdit::textChanged, this, &RecommendationEditor::updateHints);
    connect(m_deadline, &QDateEdit::dateChanged, this, &RecommendationEditor::updateHints);
    connect(m_findings, &QListWidget::itemChanged, this, &RecommendationEditor::findingToggled);
    setRecommendation(Recommendation());
}

void RecommendationEditor::commitCombo(QComboBox* combo, const QString& old, const QString& what,
                                       Apply apply)
{
    const QString id = m_current.id;
    const QString now = combo->currentData().toString();
    if (id.isEmpty() || now == old)
        return;
    if (!visitcmd::pushEdit(
            m_ctx, tr("Change %1").arg(what), catalog::kRecommendation, id, QString(), old, now,
            visitcmd::fieldWriter<RecommendationRepository, Recommendation>(m_ctx, id, apply)))
        display(m_current, false); // refused (e.g. issued): show what is stored
}

void RecommendationEditor::flush()
{
    m_textCommit->flush();
    m_deadlineCommit->flush();
}

void RecommendationEditor::setRecommendation(Recommendation recommendation)
{
    flush();
    display(recommendation, true);
}

void RecommendationEditor::refresh(Recommendation recommendation)
{
    if (recommendation.id != m_current.id)
        return setRecommendation(recommendation);
    display(recommendation, false);
}

void RecommendationEditor::display(const Recommendation& r, bool reset)
{
    m_current = r;
    m_number->setText(r.id.isEmpty() ? QString()
                                     : tr("%1 (%2)").arg(r.number).arg(
                                           VocabularyLabels::recommendationStatus(r.status)));
    VisitLabels::select(m_addressee, r.addressee);
    VisitLabels::select(m_level, r.level);
    VisitLabels::select(m_priority, r.priority);
    if (reset) {
        m_textCommit->reset(r.text);
        m_deadlineCommit->reset(deadlineValue(r));
    } else {
        m_textCommit->setStoredValue(r.text);
        m_deadlineCommit->setStoredValue(deadlineValue(r));
    }
    reloadFindings();
    updateEditable();
}

void RecommendationEditor::updateEditable()
{
    // RecommendationRepository::update: a draft changes in every field; once
    // issued, only priority and deadline; once closed or reissued, nothing.
    const bool exists = !m_current.id.isEmpty();
    const bool draft = exists && m_current.status == QLatin1StringView("draft");
    const bool closed = m_current.status == QLatin1StringView("closed") ||
                        m_current.status == QLatin1StringView("reissued");
    m_text->setReadOnly(!draft);
    m_text->setEnabled(exists);
    m_addressee->setEnabled(draft);
    m_level->setEnabled(draft);
    m_findings->setEnabled(draft);
    m_priority->setEnabled(exists && !closed);
    m_deadline->setEnabled(exists && !closed);
}

void RecommendationEditor::reloadFindings()
{
    m_linked.clear();
    if (!m_current.id.isEmpty()) {
        if (auto linked = RecommendationRepository(m_ctx.records()).findings(m_current.id)) {
            for (const Finding& f : *linked)
                m_linked << f.id;
        }
    }
    auto findings = FindingRepository(m_ctx.records()).listForVisit(m_visitId);
    const QSignalBlocker blocker(m_findings);
    m_findings->clear();
    if (findings) {
        for (const Finding& f : *findings) {
            const QString title = f.title.isEmpty() ? tr("Untitled finding") : f.title;
            auto* item = new QListWidgetItem(
                tr("%1 (%2)").arg(title, VocabularyLabels::findingCategory(f.category)),
                m_findings);
            item->setData(Qt::UserRole, f.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_linked.contains(f.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateHints();
}

void RecommendationEditor::findingToggled(QListWidgetItem* item)
{
    const QString findingId = item->data(Qt::UserRole).toString();
    const bool linked = item->checkState() == Qt::Checked;
    if (linked == m_linked.contains(findingId))
        return;
    if (!setFindingLinked(findingId, linked))
        reloadFindings(); // refused: show what is stored
}

bool RecommendationEditor::setFindingLinked(const QString& findingId, bool linked)
{
    const QString id = m_current.id;
    if (id.isEmpty())
        return false;
    UiContext& ctx = m_ctx;
    auto link = [&ctx, id, findingId]() -> Status {
        auto made = RecommendationRepository(ctx.records()).linkFinding(id, findingId);
        return made ? Status() : Status(made.error());
    };
    auto unlink = [&ctx, id, findingId] {
        return RecommendationRepository(ctx.records()).unlinkFinding(id, findingId);
    };
    return RecordCommand::push(
        ctx, new RecordCommand(ctx, linked ? tr("Link finding") : tr("Unlink finding"),
                               QStringLiteral("recommendation_finding"), id,
                               linked ? RecordCommand::Step(link) : RecordCommand::Step(unlink),
                               linked ? RecordCommand::Step(unlink) : RecordCommand::Step(link)));
}

void RecommendationEditor::updateHints()
{
    if (m_current.id.isEmpty())
        return m_hints->clearHints();
    Recommendation shown = m_current;
    shown.text = m_textCommit->value().toString();
    shown.deadline = m_deadlineCommit->value().toDate();
    m_hints->setHints(RecommendationQueries::smartHints(shown, m_linked.size()));
}

void RecommendationEditor::focusText()
{
    m_text->setFocus(Qt::OtherFocusReason);
    m_text->selectAll();
}

} // namespace vigil
