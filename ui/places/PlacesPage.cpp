#include "ui/places/PlacesPage.h"

#include "ui/models/ModelRoles.h"
#include "ui/models/PlaceListModel.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/PageHeading.h"
#include "ui/places/PlaceEditorDialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigil {

PlacesPage::PlacesPage(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    m_model = new PlaceListModel(ctx, this);
    m_table = new FilteredTableView(m_model, tr("Places"), this);
    m_table->setObjectName(QStringLiteral("placesTable"));
    m_table->setStretchColumn(PlaceListModel::NameColumn);
    connect(m_table, &FilteredTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT placeOpened(index.data(roles::PlaceId).toString());
    });

    m_newPlace = new QPushButton(tr("&New place…"), this);
    m_newPlace->setObjectName(QStringLiteral("newPlaceButton"));
    m_newPlace->setAccessibleName(tr("New place"));
    m_newPlace->setToolTip(tr("Record a place of detention; it opens once created"));
    connect(m_newPlace, &QPushButton::clicked, this, &PlacesPage::newPlace);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newPlace);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Places"), this));
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void PlacesPage::newPlace()
{
    auto* dialog = new PlaceEditorDialog(m_ctx, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlaceEditorDialog::placeSaved, this, &PlacesPage::placeOpened);
    dialog->open();
}

} // namespace vigil
