#include "ui/places/PlacesPage.h"

#include "ui/models/ModelRoles.h"
#include "ui/models/PlaceListModel.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/PageHeading.h"

#include <QVBoxLayout>

namespace vigil {

PlacesPage::PlacesPage(UiContext& ctx, QWidget* parent) : QWidget(parent)
{
    m_model = new PlaceListModel(ctx, this);
    m_table = new FilteredTableView(m_model, tr("Places"), this);
    m_table->setObjectName(QStringLiteral("placesTable"));
    m_table->setStretchColumn(PlaceListModel::NameColumn);
    connect(m_table, &FilteredTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT placeOpened(index.data(roles::PlaceId).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Places"), this));
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

} // namespace vigil
