#include "ui/recommendations/RecommendationHistoryPanel.h"

#include "core/model/VocabularyLabels.h"
#include "core/report/RecommendationTracker.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/AccessibleParts.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigil {

RecommendationHistoryPanel::RecommendationHistoryPanel(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_title(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setAccessibleName(tr("History of the selected recommendation"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("When"), tr("What"), tr("Status"), tr("Note")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setWordWrap(true);
    AccessibleParts::nameScrollBars(m_tree);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    showRecommendation({});
}

QString RecommendationHistoryPanel::eventKindLabel(const QString& code)
{
    if (code == u"issued")
        return tr("Issued");
    if (code == u"response")
        return tr("Response of the authorities");
    if (code == u"implementation_check")
        return tr("Implementation checked");
    if (code == u"closed")
        return tr("Closed");
    if (code == u"reissued")
        return tr("Made again");
    return code;
}

void RecommendationHistoryPanel::showRecommendation(const QString& recommendationId)
{
    m_tree->clear();
    if (recommendationId.isEmpty()) {
        m_title->setText(tr("Select a recommendation to see its history."));
        return;
    }
    auto history = report::RecommendationTracker(m_ctx.records()).history(recommendationId);
    if (!history) {
        m_title->clear();
        return m_ctx.report(history.error());
    }
    const int versions = int(history->versions.size());
    m_title->setText(versions > 1 ? tr("Made on %n visit(s)", nullptr, versions)
                                  : tr("Made on one visit"));
    for (const RecommendationSummary& v : history->versions) {
        const Recommendation& r = v.recommendation;
        auto* version = new QTreeWidgetItem(m_tree);
        version->setText(0, displayDate(v.visitDate));
        version->setText(1, tr("Recommendation %1 of the visit").arg(r.number));
        version->setText(2, VocabularyLabels::recommendationStatus(r.status));
        version->setText(3, r.text.simplified());
        version->setToolTip(3, r.text);
        for (const RecommendationEvent& e : history->events) {
            if (e.recommendationId != r.id)
                continue;
            auto* step = new QTreeWidgetItem(version);
            step->setText(0, displayDate(e.at));
            step->setText(1, eventKindLabel(e.kind));
            step->setText(2, VocabularyLabels::recommendationStatus(e.status));
            QStringList note;
            if (!e.evidence.isEmpty())
                note << e.evidence;
            if (!e.note.isEmpty())
                note << e.note;
            step->setText(3, note.join(QStringLiteral(" — ")));
            step->setToolTip(3, step->text(3));
        }
        version->setExpanded(true);
    }
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace vigil
