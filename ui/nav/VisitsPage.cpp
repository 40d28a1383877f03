#include "ui/nav/VisitsPage.h"

#include "ui/models/ModelRoles.h"
#include "ui/models/VisitListModel.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/PageHeading.h"

#include <QVBoxLayout>

namespace vigil {

VisitsPage::VisitsPage(UiContext& ctx, QWidget* parent) : QWidget(parent)
{
    m_model = new VisitListModel(ctx, QString(), this);
    m_table = new FilteredTableView(m_model, tr("Visits"), this);
    m_table->setObjectName(QStringLiteral("visitsTable"));
    m_table->setStretchColumn(VisitListModel::PlaceColumn);
    connect(m_table, &FilteredTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT visitOpened(index.data(roles::VisitId).toString());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Visits"), this));
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

} // namespace vigil
