#include "ui/recommendations/RecommendationsPage.h"

#include "core/model/Vocabulary.h"
#include "core/repo/RecommendationLifecycle.h"
#include "ui/models/ModelRoles.h"
#include "ui/models/RecommendationListModel.h"
#include "core/model/VocabularyLabels.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/PageHeading.h"
#include "ui/recommendations/RecommendationFilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vigil {

RecommendationsPage::RecommendationsPage(UiContext& ctx, QWidget* parent) : QWidget(parent)
{
    m_model = new RecommendationListModel(ctx, QString(), this, false);
    m_filter = new RecommendationFilter(this);
    m_table = new FilteredTableView(m_model, tr("Open recommendations"), this, m_filter);
    m_table->setObjectName(QStringLiteral("recommendationsTable"));
    m_table->setStretchColumn(RecommendationListModel::TextColumn);
    connect(m_table, &FilteredTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT visitOpened(index.data(roles::VisitId).toString());
    });

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->addItem(tr("Any open status"), QString());
    for (const char* code : RecommendationLifecycle::openStatuses()) {
        const QString status = QString::fromLatin1(code);
        m_status->addItem(VocabularyLabels::recommendationStatus(status), status);
    }
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });

    m_placeType = new QComboBox(this);
    m_placeType->setObjectName(QStringLiteral("placeTypeFilter"));
    m_placeType->setAccessibleName(tr("Filter by place type"));
    m_placeType->addItem(tr("Any type of place"), QString());
    for (const char* code : vocab::kPlaceTypes) {
        const QString type = QString::fromLatin1(code);
        m_placeType->addItem(VocabularyLabels::placeType(type), type);
    }
    connect(m_placeType, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPlaceType(m_placeType->currentData().toString()); });

    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    auto* typeLabel = new QLabel(tr("Place &type:"), this);
    typeLabel->setBuddy(m_placeType);
    auto* filters = new QHBoxLayout;
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(typeLabel);
    filters->addWidget(m_placeType);
    filters->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Open recommendations"), this));
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
}

void RecommendationsPage::showEvent(QShowEvent* event)
{
    m_model->setLive(true);
    QWidget::showEvent(event);
}

void RecommendationsPage::hideEvent(QHideEvent* event)
{
    m_model->setLive(false);
    QWidget::hideEvent(event);
}

} // namespace vigil
