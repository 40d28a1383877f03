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
#include "ui/places/PlaceEditorDialog.h"
#include "ui/places/UnitDialog.h"
#include "ui/visit/VisitCommands.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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

    m_editPlace = new QPushButton(tr("E&dit place…"), this);
    m_editPlace->setObjectName(QStringLiteral("editPlaceButton"));
    m_editPlace->setAccessibleName(tr("Edit place"));
    m_editPlace->setToolTip(tr("Change this place's particulars"));
    connect(m_editPlace, &QPushButton::clicked, this, &PlacePage::editPlace);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("placeTabs"));
    m_tabs->setAccessibleName(tr("Place sections"));
    m_tabs->addTab(buildHistoryTab(), tr("&Visits"));
    m_tabs->addTab(buildRecommendationsTab(), tr("Open &recommendations"));
    m_tabs->addTab(buildUnitsTab(), tr("&Units"));

    // The button beside the particulars it edits; QHBoxLayout mirrors it in
    // right-to-left languages.
    auto* editColumn = new QVBoxLayout;
    editColumn->addWidget(m_editPlace);
    editColumn->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(m_details, 1);
    top->addLayout(editColumn);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
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

QWidget* PlacePage::buildUnitsTab()
{
    auto* tab = new QWidget(this);
    m_units = new QTableWidget(0, 3, tab);
    m_units->setObjectName(QStringLiteral("unitsTable"));
    m_units->setAccessibleName(tr("Units"));
    AccessibleParts::nameScrollBars(m_units);
    m_units->setHorizontalHeaderLabels({tr("Unit"), tr("Kind"), tr("Capacity")});
    m_units->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_units->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_units->setSelectionMode(QAbstractItemView::SingleSelection);
    m_units->setTabKeyNavigation(false);
    m_units->setCornerButtonEnabled(false);
    m_units->verticalHeader()->hide();
    m_units->horizontalHeader()->setStretchLastSection(true);
    if (auto* corner = m_units->findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all rows"));
    connect(m_units->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlacePage::updateButtons);

    m_addUnit = new QPushButton(tr("&Add unit…"), tab);
    m_addUnit->setObjectName(QStringLiteral("addUnitButton"));
    m_addUnit->setAccessibleName(tr("Add unit"));
    m_addUnit->setToolTip(tr("Add a unit, wing or ward to this place"));
    connect(m_addUnit, &QPushButton::clicked, this, &PlacePage::addUnit);

    m_removeUnit = new QPushButton(tr("Re&move unit"), tab);
    m_removeUnit->setObjectName(QStringLiteral("removeUnitButton"));
    m_removeUnit->setAccessibleName(tr("Remove unit"));
    m_removeUnit->setToolTip(tr("Remove the selected unit; Undo brings it back"));
    connect(m_removeUnit, &QPushButton::clicked, this, &PlacePage::removeSelectedUnit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addUnit);
    buttons->addWidget(m_removeUnit);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_units, 1);
    return tab;
}

void PlacePage::reload()
{
    PlaceRepository repo(m_ctx.records());
    auto place = repo.get(m_placeId);
    m_exists = place.ok();
    if (!place) {
        if (place.error().kind != ErrorKind::NotFound)
            m_ctx.report(place.error());
        updateButtons();
        return;
    }
    m_place = *place;
    m_details->setPlace(m_place);
    reloadUnits();
    updateButtons();
    Q_EMIT titleChanged(m_place.name);
}

void PlacePage::updateButtons()
{
    m_newVisit->setEnabled(m_exists);
    m_editPlace->setEnabled(m_exists);
    m_addUnit->setEnabled(m_exists);
    m_removeUnit->setEnabled(m_exists && !selectedUnitId().isEmpty());
}

QString PlacePage::selectedUnitId() const
{
    const QModelIndexList rows = m_units->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem* item = m_units->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
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
        auto* name = new QTableWidgetItem(u.name);
        name->setData(Qt::UserRole, u.id);
        m_units->setItem(row, 0, name);
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

void PlacePage::editPlace()
{
    if (!m_exists)
        return;
    auto* dialog = new PlaceEditorDialog(m_ctx, m_place, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PlacePage::addUnit()
{
    if (!m_exists)
        return;
    auto* dialog = new UnitDialog(m_ctx, m_place, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PlacePage::removeSelectedUnit()
{
    const QModelIndexList rows = m_units->selectionModel()->selectedRows();
    const QTableWidgetItem* item = rows.isEmpty() ? nullptr : m_units->item(rows.first().row(), 0);
    if (!item)
        return;
    // No confirmation: the removal is one undoable step.
    UiContext& ctx = m_ctx;
    visitcmd::pushRemove(ctx, tr("Remove unit %1").arg(item->text()), catalog::kPlaceUnit,
                         item->data(Qt::UserRole).toString(), [&ctx](const QString& id) {
                             return PlaceRepository(ctx.records()).removeUnit(id);
                         });
}

} // namespace vigil
