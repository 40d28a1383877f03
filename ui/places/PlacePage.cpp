#include "ui/places/PlacePage.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/RecommendationListModel.h"
#include "ui/models/VisitListModel.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/places/NewVisitCommand.h"
#include "ui/places/PlaceDetails.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigil {

PlacePage::PlacePage(UiContext& ctx, const QString& placeId, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_placeId(placeId)
{
    m_details = new PlaceDetails(this);
    m_details->setObjectName(QStringLiteral("placeDetails"));

    m_units = new QTableWidget(0, 3, this);
    m_units->setObjectName(QStringLiteral("unitsTable"));
    m_units->setAccessibleName(tr("Units"));
    AccessibleParts::nameScrollBars(m_units);
    m_units->setHorizontalHeaderLabels({tr("Unit"), tr("Kind"), tr("Capacity")});
    m_units->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_units->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_units->setTabKeyNavigation(false);
    m_units->setCornerButtonEnabled(false);
    m_units->verticalHeader()->hide();
    m_units->horizontalHeader()->setStretchLastSection(true);
    if (auto* corner = m_units->findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all rows"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("placeTabs"));
    m_tabs->setAccessibleName(tr("Place sections"));
    m_tabs->addTab(buildHistoryTab(), tr("&Visits"));
    m_tabs->addTab(buildRecommendationsTab(), tr("Open &recommendations"));
    m_tabs->addTab(m_units, tr("&Units"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_details);
    layout->addWidget(m_tabs, 1);

    connect(&ctx, &UiContext::recordsChanged, this, [this](const QString& entity, const QString&) {
        if (entity == QLatin1StringView(catalog::kPlace.entity) ||
            entity == QLatin1StringView(catalog::kPlaceUnit.entity))
            reload();
    });
    reload();
}

QWidget* PlacePage::buildHistoryTab()
{
    auto* tab = new QWidget(this);
    m_historyModel = new VisitListModel(m_ctx, m_placeId, this);
    auto* table = new FilteredTableView(m_historyModel, tr("Visit history"), tab);
    table->setObjectName(QStringLiteral("historyTable"));
    m_history = table->view();
    m_history->hideColumn(VisitListModel::PlaceColumn); // always this place
    connect(table, &FilteredTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT visitOpened(index.data(roles::VisitId).toString());
    });

    m_newVisit = new QPushButton(tr("&New visit"), tab);
    m_newVisit->setObjectName(QStringLiteral("newVisitButton"));
    m_newVisit->setAccessibleName(tr("New visit"));
    m_newVisit->setToolTip(tr("Plan a visit to this place; it opens at once"));
    connect(m_newVisit, &QPushButton::clicked, this, &PlacePage::createVisit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newVisit);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(table, 1);
    return tab;
}

QWidget* PlacePage::buildRecommendationsTab()
{
    m_recommendationModel = new RecommendationListModel(m_ctx, m_placeId, this);
    auto* table = new FilteredTableView(m_recommendationModel, tr("Open recommendations"), this);
    table->setObjectName(QStringLiteral("followUpTable"));
    m_recommendations = table->view();
    m_recommendations->hideColumn(RecommendationListModel::PlaceColumn);
    table->setStretchColumn(RecommendationListModel::TextColumn);
    connect(table, &FilteredTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT visitOpened(index.data(roles::VisitId).toString());
    });
    return table;
}

void PlacePage::reload()
{
    PlaceRepository repo(m_ctx.records());
    auto place = repo.get(m_placeId);
    m_exists = place.ok();
    if (!place) {
        if (place.error().kind != ErrorKind::NotFound)
            m_ctx.report(place.error());
        m_newVisit->setEnabled(false);
        return;
    }
    m_place = *place;
    m_newVisit->setEnabled(true);
    m_details->setPlace(m_place);
    reloadUnits();
    Q_EMIT titleChanged(m_place.name);
}

void PlacePage::reloadUnits()
{
    auto units = PlaceRepository(m_ctx.records()).units(m_placeId);
    if (!units) {
        m_ctx.report(units.error());
        return;
    }
    m_units->setRowCount(int(units->size()));
    for (int row = 0; row < units->size(); ++row) {
        const PlaceUnit& u = units->at(row);
        m_units->setItem(row, 0, new QTableWidgetItem(u.name));
        m_units->setItem(row, 1, new QTableWidgetItem(u.kind));
        m_units->setItem(
            row, 2, new QTableWidgetItem(u.capacity ? QString::number(*u.capacity) : QString()));
    }
}

void PlacePage::createVisit()
{
    if (!m_exists)
        return;
    const QString id = NewVisitCommand::push(m_ctx, m_place);
    if (!id.isEmpty())
        Q_EMIT visitOpened(id);
}

} // namespace vigil
