#include "ui/visit/ObservationsPanel.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "ui/visit/ObservationEditor.h"
#include "ui/visit/VisitCommands.h"
#include "ui/visit/VisitLabels.h"

#include <QDateTime>
#include <QGridLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

namespace vigil {

ObservationsPanel::ObservationsPanel(UiContext& ctx, const QString& visitId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_visitId(visitId), m_list(new QListWidget(this)),
      m_editor(new ObservationEditor(ctx, this)),
      m_remove(new QPushButton(tr("&Delete observation"), this))
{
    auto* add = new QPushButton(tr("Add &observation"), this);
    add->setObjectName(QStringLiteral("addObservationButton"));
    add->setAccessibleName(tr("Add an observation"));
    m_remove->setObjectName(QStringLiteral("deleteObservationButton"));
    m_remove->setAccessibleName(tr("Delete the selected observation"));
    m_list->setObjectName(QStringLiteral("observationList"));
    m_list->setAccessibleName(tr("Observations"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* grid = new QGridLayout(this);
    grid->addWidget(add, 0, 0);
    grid->addWidget(m_remove, 0, 1, Qt::AlignLeading);
    grid->addWidget(m_list, 1, 0, 1, 1);
    grid->addWidget(m_editor, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 2);

    connect(add, &QPushButton::clicked, this, &ObservationsPanel::addObservation);
    connect(m_remove, &QPushButton::clicked, this, &ObservationsPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ObservationsPanel::currentChanged);
    connect(&m_ctx, &UiContext::recordsChanged, this, [this](const QString& entity) {
        if (entity == QLatin1StringView("observation") || entity == QLatin1StringView("place_unit"))
            reload();
    });
    reload();
}

QString ObservationsPanel::addObservation()
{
    m_editor->flush();
    Observation o;
    o.visitId = m_visitId;
    o.observedAt = QDateTime::currentMSecsSinceEpoch();
    // A title is required; the editor selects this one so typing replaces it.
    o.title = tr("New observation");
    UiContext& ctx = m_ctx;
    const QString id = visitcmd::pushCreate(
        ctx, tr("Add observation"), catalog::kObservation,
        [&ctx, o] { return ObservationRepository(ctx.records()).create(o); },
        [&ctx](const QString& oid) { return ObservationRepository(ctx.records()).remove(oid); });
    if (!id.isEmpty()) {
        select(id);
        m_editor->focusTitle();
    }
    return id;
}

void ObservationsPanel::removeSelected()
{
    const QString id = m_editor->observationId();
    if (id.isEmpty())
        return;
    m_editor->flush();
    UiContext& ctx = m_ctx;
    visitcmd::pushRemoveEvidence(
        ctx, tr("Delete observation"), catalog::kObservation, QStringLiteral("observation"), id,
        [&ctx](const QString& oid) { return ObservationRepository(ctx.records()).remove(oid); });
}

void ObservationsPanel::reload()
{
    if (auto visit = VisitRepository(m_ctx.records()).get(m_visitId)) {
        if (auto units = PlaceRepository(m_ctx.records()).units(visit->placeId))
            m_editor->setUnits(*units);
    }
    auto observations = ObservationRepository(m_ctx.records()).listForVisit(m_visitId);
    if (!observations)
        return m_ctx.report(observations.error());
    m_observations = *observations;
    const QString keep = m_editor->observationId();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Observation& o : m_observations) {
            const QString title = o.title.isEmpty() ? tr("Untitled observation") : o.title;
            //: An observation in the list: its kind, then its title
            auto* item = new QListWidgetItem(
                tr("%1: %2").arg(VisitLabels::observationKind(o.kind), title), m_list);
            item->setData(Qt::UserRole, o.id);
        }
    }
    select(keep);
}

void ObservationsPanel::select(const QString& id)
{
    // Typing in the observation shown before is committed first; that reloads the list.
    if (id != m_editor->observationId())
        m_editor->flush();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            {
                const QSignalBlocker blocker(m_list);
                m_list->setCurrentRow(row);
            }
            m_editor->refresh(m_observations.at(row));
            m_remove->setEnabled(true);
            return;
        }
    }
    m_editor->setObservation(Observation());
    m_remove->setEnabled(false);
}

void ObservationsPanel::currentChanged()
{
    const int row = m_list->currentRow();
    select(row >= 0 && row < m_observations.size() ? m_observations.at(row).id : QString());
}

void ObservationsPanel::flush()
{
    m_editor->flush();
}

} // namespace vigil
