#include "ui/visit/FindingsPanel.h"

#include "core/model/Vocabulary.h"
#include "core/repo/ChecklistResponseRepository.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/model/VocabularyLabels.h"
#include "ui/visit/FindingEditor.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <algorithm>

namespace vigil {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kCategoryRole = Qt::UserRole + 1;

// What FindingRepository::remove drops along with a finding, to put back on undo.
struct Dependents
{
    QList<FindingEvidence> evidence;
    QStringList recommendations;
    QStringList answers;
};

Dependents dependentsOf(UiContext& ctx, const QString& visitId, const QString& findingId)
{
    Dependents d;
    if (auto evidence = FindingRepository(ctx.records()).evidence(findingId))
        d.evidence = *evidence;
    RecommendationRepository recommendations(ctx.records());
    if (auto list = recommendations.listForVisit(visitId)) {
        for (const Recommendation& r : *list) {
            auto linked = recommendations.findings(r.id);
            if (linked && std::any_of(linked->cbegin(), linked->cend(),
                                      [&](const Finding& f) { return f.id == findingId; }))
                d.recommendations << r.id;
        }
    }
    if (auto answers = ChecklistResponseRepository(ctx.records()).listForVisit(visitId)) {
        for (const ChecklistResponse& r : *answers) {
            if (r.findingId == findingId)
                d.answers << r.id;
        }
    }
    return d;
}

Status relink(UiContext& ctx, const QString& findingId, const Dependents& d)
{
    FindingRepository findings(ctx.records());
    for (const FindingEvidence& e : d.evidence) {
        if (!e.available || e.kind == QLatin1StringView("checklist_response"))
            continue; // answers are linked back below, with their finding_id
        if (auto link = findings.linkEvidence(findingId, e.kind, e.evidenceId); !link)
            return link.error();
    }
    for (const QString& answerId : d.answers)
        VIGIL_TRY(ChecklistResponseRepository(ctx.records()).linkFinding(answerId, findingId));
    RecommendationRepository recommendations(ctx.records());
    for (const QString& recommendationId : d.recommendations) {
        if (auto link = recommendations.linkFinding(recommendationId, findingId); !link)
            return link.error();
    }
    return {};
}

} // namespace

FindingsPanel::FindingsPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_tree(new QTreeWidget(this)),
      m_editor(new FindingEditor(ctx, visitId, this)),
      m_remove(new QPushButton(tr("&Delete finding"), this))
{
    auto* add = new QPushButton(tr("&New finding"), this);
    add->setObjectName(QStringLiteral("addFindingButton"));
    add->setAccessibleName(tr("Add a finding in the selected category"));
    m_remove->setObjectName(QStringLiteral("deleteFindingButton"));
    m_remove->setAccessibleName(tr("Delete the selected finding"));
    m_tree->setObjectName(QStringLiteral("findingTree"));
    m_tree->setAccessibleName(tr("Findings by category"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);

    auto* grid = new QGridLayout(this);
    grid->addWidget(add, 0, 0);
    grid->addWidget(m_remove, 0, 1, Qt::AlignLeading);
    grid->addWidget(m_tree, 1, 0);
    grid->addWidget(m_editor, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 2);

    connect(add, &QPushButton::clicked, this, [this] { addFinding(currentCategory()); });
    connect(m_remove, &QPushButton::clicked, this, &FindingsPanel::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::currentChanged);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("finding") ||
            entity == QLatin1StringView("finding_evidence"))
            reload();
    });
    reload();
}

QString FindingsPanel::currentCategory() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString category = item ? item->data(0, kCategoryRole).toString() : QString();
    return category.isEmpty() ? QStringLiteral("treatment") : category;
}

QString FindingsPanel::addFinding(const QString& category)
{
    m_editor->flush();
    Finding finding;
    finding.visitId = m_visitId;
    finding.category = category;
    // A title is required; the editor selects this one so typing replaces it.
    finding.title = tr("New finding");
    UiContext& ctx = m_ctx;
    const QString id = visitcmd::pushCreate(
        ctx, tr("Add finding"), catalog::kFinding,
        [&ctx, finding] { return FindingRepository(ctx.records()).create(finding); },
        [&ctx](const QString& fid) { return FindingRepository(ctx.records()).remove(fid); });
    if (!id.isEmpty()) {
        select(id);
        m_editor->focusTitle();
    }
    return id;
}

void FindingsPanel::removeSelected()
{
    const QString id = m_editor->findingId();
    if (id.isEmpty())
        return;
    m_editor->flush();
    UiContext& ctx = m_ctx;
    const Dependents dependents = dependentsOf(ctx, m_visitId, id);
    visitcmd::pushRemove(
        ctx, tr("Delete finding"), catalog::kFinding, id,
        [&ctx](const QString& fid) { return FindingRepository(ctx.records()).remove(fid); },
        [&ctx, id, dependents] { return relink(ctx, id, dependents); });
}

void FindingsPanel::reload()
{
    auto findings = FindingRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!findings)
        return m_ctx.report(findings.error());
    m_findings = *findings;
    const QString keep = m_editor->findingId();
    const QString keepCategory = currentCategory();
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const char* code : vocab::kFindingCategories) {
            const QString category = QLatin1StringView(code);
            auto* group = new QTreeWidgetItem(m_tree);
            group->setData(0, kCategoryRole, category);
            int count = 0;
            for (const Finding& f : m_findings) {
                if (f.category != category)
                    continue;
                ++count;
                auto* item = new QTreeWidgetItem(group);
                const QString title = f.title.isEmpty() ? tr("Untitled finding") : f.title;
                //: A finding in the tree: title and severity; "good practice" marked
                item->setText(0, tr("%1 [%2]%3")
                                     .arg(title, VisitLabels::severity(f.severity),
                                          f.goodPractice ? tr(" ✓ good practice") : QString()));
                item->setData(0, kIdRole, f.id);
                item->setData(0, kCategoryRole, category);
            }
            group->setText(
                0, tr("%1 (%2)").arg(VocabularyLabels::findingCategory(category)).arg(count));
            group->setExpanded(true);
            if (keep.isEmpty() && category == keepCategory)
                m_tree->setCurrentItem(group);
        }
    }
    if (!keep.isEmpty())
        select(keep);
}

void FindingsPanel::select(const QString& id)
{
    if (id != m_editor->findingId())
        m_editor->flush(); // commits typing in the finding shown before; reloads the tree
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kIdRole).toString() != id || id.isEmpty())
            continue;
        {
            const QSignalBlocker blocker(m_tree);
            m_tree->setCurrentItem(*it);
        }
        for (const Finding& f : m_findings) {
            if (f.id == id)
                m_editor->refresh(f);
        }
        m_remove->setEnabled(true);
        return;
    }
    m_editor->setFinding(Finding());
    m_remove->setEnabled(false);
}

void FindingsPanel::currentChanged()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    select(item ? item->data(0, kIdRole).toString() : QString());
}

void FindingsPanel::flush()
{
    m_editor->flush();
}

} // namespace vigil
