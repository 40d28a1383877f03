#include "ui/visit/RecommendationsPanel.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecommendationRepository.h"
#include "core/model/VocabularyLabels.h"
#include "ui/visit/RecommendationEditor.h"
#include "ui/visit/VisitCommands.h"

#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

namespace vigil {

RecommendationsPanel::RecommendationsPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_list(new QListWidget(this)),
      m_editor(new RecommendationEditor(ctx, visitId, this)),
      m_remove(new QPushButton(tr("&Delete draft"), this))
{
    auto* add = new QPushButton(tr("&New recommendation"), this);
    add->setObjectName(QStringLiteral("addRecommendationButton"));
    add->setAccessibleName(tr("Add a recommendation"));
    m_remove->setObjectName(QStringLiteral("deleteRecommendationButton"));
    m_remove->setAccessibleName(tr("Delete the selected draft recommendation"));
    m_list->setObjectName(QStringLiteral("recommendationList"));
    m_list->setAccessibleName(tr("Recommendations"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* grid = new QGridLayout(this);
    grid->addWidget(add, 0, 0);
    grid->addWidget(m_remove, 0, 1, Qt::AlignLeading);
    grid->addWidget(m_list, 1, 0);
    grid->addWidget(m_editor, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 3);

    connect(add, &QPushButton::clicked, this, &RecommendationsPanel::addRecommendation);
    connect(m_remove, &QPushButton::clicked, this, &RecommendationsPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecommendationsPanel::currentChanged);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("recommendation") ||
            entity == QLatin1StringView("recommendation_finding") ||
            entity == QLatin1StringView("recommendation_event"))
            reload();
        else if (entity == QLatin1StringView("finding"))
            m_editor->reloadFindings();
    });
    reload();
}

QString RecommendationsPanel::addRecommendation()
{
    m_editor->flush();
    Recommendation draft;
    draft.visitId = m_visitId;
    // Text and addressee are required even on a draft: the text is selected in
    // the editor so typing replaces it, and the facility's management, who can
    // act on most place-level recommendations, is the addressee to start from.
    draft.text = tr("New recommendation");
    draft.addressee = QStringLiteral("facility_management");
    UiContext& ctx = m_ctx;
    const QString id = visitcmd::pushCreate(
        ctx, tr("Add recommendation"), catalog::kRecommendation,
        [&ctx, draft] { return RecommendationRepository(ctx.records()).create(draft); },
        [&ctx](const QString& rid) { return RecommendationRepository(ctx.records()).remove(rid); });
    if (!id.isEmpty()) {
        select(id);
        m_editor->focusText();
    }
    return id;
}

void RecommendationsPanel::removeSelected()
{
    const QString id = m_editor->recommendationId();
    if (id.isEmpty())
        return;
    m_editor->flush();
    UiContext& ctx = m_ctx;
    // remove() drops the finding links; undo puts them back.
    QStringList findingIds;
    if (auto linked = RecommendationRepository(ctx.records()).findings(id)) {
        for (const Finding& f : *linked)
            findingIds << f.id;
    }
    visitcmd::pushRemove(
        ctx, tr("Delete recommendation"), catalog::kRecommendation, id,
        [&ctx](const QString& rid) { return RecommendationRepository(ctx.records()).remove(rid); },
        [&ctx, id, findingIds]() -> Status {
            RecommendationRepository repo(ctx.records());
            for (const QString& findingId : findingIds) {
                if (auto link = repo.linkFinding(id, findingId); !link)
                    return link.error();
            }
            return {};
        });
}

void RecommendationsPanel::reload()
{
    auto list = RecommendationRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!list)
        return m_ctx.report(list.error());
    m_recommendations = *list;
    const QString keep = m_editor->recommendationId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Recommendation& r : m_recommendations) {
            const QString text = r.text.isEmpty()
                                     ? tr("(no text yet)")
                                     : r.text.section(QLatin1Char('\n'), 0, 0).left(80);
            //: A recommendation in the list: number, start of its text, status
            auto* item =
                new QListWidgetItem(tr("%1. %2 [%3]")
                                        .arg(QString::number(r.number), text,
                                             VocabularyLabels::recommendationStatus(r.status)),
                                    m_list);
            item->setData(Qt::UserRole, r.id);
        }
    }
    select(keep);
}

void RecommendationsPanel::select(const QString& id)
{
    if (id != m_editor->recommendationId())
        m_editor->flush(); // commits typing in the one shown before; reloads the list
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(row);
            }
            const Recommendation r = m_recommendations.at(row);
            m_editor->refresh(r);
            m_remove->setEnabled(r.status == QLatin1StringView("draft"));
            return;
        }
    }
    m_editor->setRecommendation(Recommendation());
    m_remove->setEnabled(false);
}

void RecommendationsPanel::currentChanged()
{
    const int row = m_list->currentRow();
    select(row >= 0 && row < m_recommendations.size() ? m_recommendations.at(row).id : QString());
}

void RecommendationsPanel::flush()
{
    m_editor->flush();
}

} // namespace vigil
