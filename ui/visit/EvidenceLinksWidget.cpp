#include "ui/visit/EvidenceLinksWidget.h"

#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/FindingRepository.h"
#include "ui/UiContext.h"
#include "ui/undo/RecordCommand.h"
#include "ui/visit/VisitEvidence.h"
#include "ui/visit/VisitLabels.h"

#include <QComboBox>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <algorithm>

namespace vigil {

namespace {

const QLatin1StringView kChecklist("checklist_response");

// Sets the finding a checklist answer led to (which links it as evidence).
Status setAnswerFinding(UiContext& ctx, const QString& responseId, const QString& findingId)
{
    return ChecklistResponseRepository(ctx.records()).linkFinding(responseId, findingId);
}

} // namespace

EvidenceLinksWidget::EvidenceLinksWidget(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_list(new QListWidget(this)),
      m_candidates(new QComboBox(this)), m_link(new QPushButton(tr("&Link"), this)),
      m_unlink(new QPushButton(tr("Re&move link"), this))
{
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setAccessibleName(tr("Evidence of the finding"));
    m_candidates->setObjectName(QStringLiteral("evidenceCandidates"));
    m_candidates->setAccessibleName(tr("Evidence to link"));
    m_link->setObjectName(QStringLiteral("linkEvidenceButton"));
    m_link->setAccessibleName(tr("Link the chosen evidence to the finding"));
    m_unlink->setObjectName(QStringLiteral("unlinkEvidenceButton"));
    m_unlink->setAccessibleName(tr("Remove the selected evidence from the finding"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_list, 0, 0, 1, 2);
    grid->addWidget(m_unlink, 1, 0, 1, 2, Qt::AlignLeading);
    grid->addWidget(m_candidates, 2, 0);
    grid->addWidget(m_link, 2, 1);
    grid->setColumnStretch(0, 1);

    connect(m_link, &QPushButton::clicked, this, &EvidenceLinksWidget::linkChosen);
    connect(m_unlink, &QPushButton::clicked, this, &EvidenceLinksWidget::unlinkSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_unlink->setEnabled(row >= 0); });
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        static const QLatin1StringView kinds[] = {
            QLatin1StringView("finding"),        QLatin1StringView("finding_evidence"),
            QLatin1StringView("interview"),      QLatin1StringView("observation"),
            QLatin1StringView("register_check"), QLatin1StringView("access_event"),
            QLatin1StringView("attachment"),     kChecklist};
        for (QLatin1StringView kind : kinds) {
            if (entity == kind)
                return reload();
        }
    });
    setFinding(QString());
}

void EvidenceLinksWidget::setFinding(const QString& findingId)
{
    m_findingId = findingId;
    reload();
}

void EvidenceLinksWidget::reload()
{
    setEnabled(!m_findingId.isEmpty());
    m_linked.clear();
    if (!m_findingId.isEmpty()) {
        auto linked = FindingRepository(m_ctx.records()).evidence(m_findingId);
        if (!linked)
            m_ctx.report(linked.error());
        else
            m_linked = *linked;
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const FindingEvidence& e : m_linked) {
            const QString title = e.available ? e.title : tr("(deleted since)");
            //: Evidence of a finding: its kind, then its title
            auto* item = new QListWidgetItem(
                tr("%1 — %2").arg(VisitLabels::evidenceKind(e.kind), title), m_list);
            item->setData(Qt::UserRole, e.evidenceId);
            item->setData(Qt::UserRole + 1, e.kind);
        }
    }
    m_unlink->setEnabled(m_list->currentRow() >= 0);

    const QString chosen = m_candidates->currentData().toString();
    const QSignalBlocker blocker(m_candidates);
    m_candidates->clear();
    if (m_findingId.isEmpty())
        return;
    for (const EvidenceItem& item : VisitEvidence::forVisit(m_ctx, m_visitId)) {
        const bool linked =
            std::any_of(m_linked.cbegin(), m_linked.cend(),
                        [&item](const FindingEvidence& e) { return e.evidenceId == item.id; });
        if (!linked)
            m_candidates->addItem(item.title, QStringList{item.kind, item.id});
    }
    for (int i = 0; i < m_candidates->count(); ++i) {
        if (m_candidates->itemData(i).toStringList().value(1) == chosen)
            m_candidates->setCurrentIndex(i);
    }
    m_link->setEnabled(m_candidates->count() > 0);
}

void EvidenceLinksWidget::linkChosen()
{
    const QStringList chosen = m_candidates->currentData().toStringList();
    if (chosen.size() == 2)
        link(chosen.at(0), chosen.at(1));
}

void EvidenceLinksWidget::unlinkSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (item)
        unlink(item->data(Qt::UserRole + 1).toString(), item->data(Qt::UserRole).toString());
}

bool EvidenceLinksWidget::link(const QString& kind, const QString& evidenceId)
{
    if (m_findingId.isEmpty())
        return false;
    UiContext& ctx = m_ctx;
    const QString findingId = m_findingId;
    RecordCommand::Step redo, undo;
    if (kind == kChecklist) {
        // An answer leads to one finding: linking it here moves it from another.
        auto response = ChecklistResponseRepository(ctx.records()).get(evidenceId);
        const QString before = response ? response->findingId : QString();
        redo = [&ctx, evidenceId, findingId] {
            return setAnswerFinding(ctx, evidenceId, findingId);
        };
        undo = [&ctx, evidenceId, before] {
            return setAnswerFinding(ctx, evidenceId, before);
        };
    } else {
        redo = [&ctx, findingId, kind, evidenceId]() -> Status {
            auto linked =
                FindingRepository(ctx.records()).linkEvidence(findingId, kind, evidenceId);
            return linked ? Status() : Status(linked.error());
        };
        undo = [&ctx, findingId, evidenceId] {
            return FindingRepository(ctx.records()).unlinkEvidence(findingId, evidenceId);
        };
    }
    return RecordCommand::push(ctx, new RecordCommand(ctx, tr("Link evidence"),
                                                      kind == kChecklist
                                                          ? QString(kChecklist)
                                                          : QStringLiteral("finding_evidence"),
                                                      findingId, std::move(redo), std::move(undo)));
}

bool EvidenceLinksWidget::unlink(const QString& kind, const QString& evidenceId)
{
    if (m_findingId.isEmpty())
        return false;
    UiContext& ctx = m_ctx;
    const QString findingId = m_findingId;
    RecordCommand::Step redo, undo;
    auto response = kind == kChecklist ? ChecklistResponseRepository(ctx.records()).get(evidenceId)
                                       : Result<ChecklistResponse>(Error());
    const bool viaAnswer = response && response->findingId == findingId;
    if (viaAnswer) {
        redo = [&ctx, evidenceId] {
            return setAnswerFinding(ctx, evidenceId, QString());
        };
        undo = [&ctx, evidenceId, findingId] {
            return setAnswerFinding(ctx, evidenceId, findingId);
        };
    } else {
        redo = [&ctx, findingId, evidenceId] {
            return FindingRepository(ctx.records()).unlinkEvidence(findingId, evidenceId);
        };
        undo = [&ctx, findingId, kind, evidenceId]() -> Status {
            auto linked =
                FindingRepository(ctx.records()).linkEvidence(findingId, kind, evidenceId);
            return linked ? Status() : Status(linked.error());
        };
    }
    return RecordCommand::push(
        ctx, new RecordCommand(ctx, tr("Remove evidence"),
                               viaAnswer ? QString(kChecklist) : QStringLiteral("finding_evidence"),
                               findingId, std::move(redo), std::move(undo)));
}

} // namespace vigil
