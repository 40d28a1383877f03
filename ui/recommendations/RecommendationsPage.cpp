#include "ui/recommendations/RecommendationsPage.h"

#include "core/repo/RecordContext.h"
#include "core/report/AnnualStatistics.h"
#include "core/report/RecommendationTracker.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/PageHeading.h"
#include "ui/recommendations/RecommendationHistoryPanel.h"
#include "ui/recommendations/TrackerFilterBar.h"
#include "ui/recommendations/TrackerModel.h"

#include <QComboBox>
#include <QDate>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace vigil {

namespace {
constexpr int kTypingDelayMs = 300;
} // namespace

RecommendationsPage::RecommendationsPage(UiContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx)
{
    m_model = new TrackerModel(this);
    m_filters = new TrackerFilterBar(this);
    m_filters->setObjectName(QStringLiteral("trackerFilters"));
    m_table = new FilteredTableView(m_model, tr("Recommendations"), this);
    m_table->setObjectName(QStringLiteral("recommendationsTable"));
    m_table->setStretchColumn(TrackerModel::TextColumn);
    // Nine columns: long place names and lists of themes leave the text room.
    m_table->setFitLimit(TrackerModel::PlaceColumn, 200);
    m_table->setFitLimit(TrackerModel::ThemesColumn, 140);
    // The filter line searches the text in the vault (accents and case
    // ignored), not just the rows already shown.
    disconnect(m_table->filterEdit(), &QLineEdit::textChanged, m_table->proxy(),
               &QSortFilterProxyModel::setFilterFixedString);
    m_table->filterEdit()->setPlaceholderText(tr("Words of the recommendation"));
    m_history = new RecommendationHistoryPanel(ctx, this);
    m_history->setObjectName(QStringLiteral("recommendationHistory"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("trackerCount"));

    connect(m_table, &FilteredTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT visitOpened(index.data(roles::VisitId).toString());
    });
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecommendationsPage::selectionChanged);
    connect(m_filters, &TrackerFilterBar::changed, this, &RecommendationsPage::reload);
    connect(m_table->filterEdit(), &QLineEdit::textChanged, this,
            [this] { m_reloadTimer.start(kTypingDelayMs); });
    m_reloadTimer.setSingleShot(true);
    connect(&m_reloadTimer, &QTimer::timeout, this, &RecommendationsPage::reload);
    connect(&ctx, &UiContext::recordsChanged, this, &RecommendationsPage::scheduleReload);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("trackerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Follow-up of recommendations"), this));
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    setFocusProxy(m_table);
}

QComboBox* RecommendationsPage::statusFilter() const
{
    return m_filters->status();
}

QComboBox* RecommendationsPage::placeTypeFilter() const
{
    return m_filters->placeType();
}

void RecommendationsPage::scheduleReload()
{
    if (isVisible())
        m_reloadTimer.start(0);
    else
        m_stale = true; // read when shown
}

void RecommendationsPage::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    report::RecommendationTracker tracker(m_ctx.records());
    if (auto authorities = tracker.authorities())
        m_filters->setAuthorities(*authorities);
    // The years with visits that took place, and at least the last ten.
    if (auto years = report::AnnualStatistics(m_ctx.records().db()).yearRange()) {
        const int thisYear = QDate::currentDate().year();
        const int first = years->first > 0 ? std::min(years->first, thisYear - 10) : thisYear - 10;
        m_filters->setYears(first, std::max(years->second, thisYear));
    }
    report::TrackerFilter filter = m_filters->filter();
    filter.text = m_table->filterEdit()->text().trimmed();
    filter.sort = report::TrackerFilter::Sort::VisitDate;
    filter.descending = true; // the latest first
    auto page = tracker.query(filter);
    if (!page) {
        m_model->setRows({});
        m_count->clear();
        return m_ctx.report(page.error());
    }
    const QString selected = m_table->view()->currentIndex().data(roles::Id).toString();
    m_model->setRows(std::move(page->rows));
    m_count->setText(tr("%n recommendation(s)", nullptr, int(page->total)));
    // The same recommendation stays selected if it is still listed.
    const QModelIndexList kept = m_table->proxy()->match(m_table->proxy()->index(0, 0), roles::Id,
                                                         selected, 1, Qt::MatchExactly);
    if (!selected.isEmpty() && !kept.isEmpty())
        m_table->view()->setCurrentIndex(kept.first());
    else
        m_history->showRecommendation({});
}

void RecommendationsPage::selectionChanged()
{
    m_history->showRecommendation(m_table->view()->currentIndex().data(roles::Id).toString());
}

void RecommendationsPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

} // namespace vigil
