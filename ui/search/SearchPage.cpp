#include "ui/search/SearchPage.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/PlaceRepository.h"
#include "core/search/SearchService.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"
#include "ui/models/ModelRoles.h"
#include "core/model/VocabularyLabels.h"
#include "ui/nav/AccessibleParts.h"
#include "ui/nav/PageHeading.h"
#include "ui/search/SearchResultModel.h"
#include "ui/search/SnippetDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace vigil {

namespace {

// The earliest date a filter can hold stands for "any date".
const QDate kAnyDate(1990, 1, 1);

QDateEdit* dateFilter(const QString& accessibleName, const char* objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(SearchPage::tr("Any date"));
    edit->setDate(kAnyDate);
    return edit;
}

QDate filterDate(const QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

SearchPage::SearchPage(UiContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    m_queryEdit = new QLineEdit(this);
    m_queryEdit->setObjectName(QStringLiteral("searchQueryEdit"));
    m_queryEdit->setAccessibleName(tr("Search words"));
    m_queryEdit->setPlaceholderText(tr("Words to find in findings, interviews, observations…"));
    AccessibleParts::enableClearButton(m_queryEdit);
    auto* queryLabel = new QLabel(tr("&Find:"), this);
    queryLabel->setBuddy(m_queryEdit);

    m_model = new SearchResultModel(this);
    m_results = new QTreeView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    AccessibleParts::nameScrollBars(m_results);
    m_results->setModel(m_model);
    m_results->setItemDelegateForColumn(SearchResultModel::MatchColumn, new SnippetDelegate(this));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->header()->resizeSection(SearchResultModel::TitleColumn, 220);
    m_results->header()->resizeSection(SearchResultModel::MatchColumn, 420);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);

    auto* queryRow = new QHBoxLayout;
    queryRow->addWidget(queryLabel);
    queryRow->addWidget(m_queryEdit, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Search"), this));
    layout->addLayout(queryRow);
    layout->addWidget(buildFilters());
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_queryEdit);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPage::search);
    connect(m_queryEdit, &QLineEdit::textChanged, this, &SearchPage::scheduleSearch);
    connect(m_queryEdit, &QLineEdit::returnPressed, this, &SearchPage::search);
    connect(m_results, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const SearchHit* hit = m_model->hit(index))
            Q_EMIT visitOpened(hit->visitId);
        else
            m_results->setExpanded(index, !m_results->isExpanded(index));
    });
    connect(&ctx, &UiContext::recordsChanged, this, [this](const QString& entity, const QString&) {
        if (entity == QLatin1StringView(catalog::kPlace.entity))
            reloadPlaces();
        // Hits may have changed; search again once the edits settle.
        if (!m_queryEdit->text().trimmed().isEmpty())
            scheduleSearch();
    });
    search(); // shows the hint for an empty query
}

QWidget* SearchPage::buildFilters()
{
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("searchFilters"));

    m_place = new QComboBox(box);
    m_place->setObjectName(QStringLiteral("placeFilter"));
    m_place->setAccessibleName(tr("Only this place"));
    reloadPlaces();

    m_from = dateFilter(tr("Visits from"), "fromDateFilter", box);
    m_to = dateFilter(tr("Visits until"), "toDateFilter", box);

    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Finding category"));
    m_category->addItem(tr("Any category"), QString());
    for (const char* code : vocab::kFindingCategories) {
        const QString category = QString::fromLatin1(code);
        m_category->addItem(VocabularyLabels::findingCategory(category), category);
    }

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto addLabelled = [&](const QString& text, QWidget* field, int row, int column) {
        auto* label = new QLabel(text, box);
        label->setBuddy(field);
        grid->addWidget(label, row, column);
        grid->addWidget(field, row, column + 1);
    };
    addLabelled(tr("&Place:"), m_place, 0, 0);
    addLabelled(tr("Ca&tegory:"), m_category, 0, 2);
    addLabelled(tr("Fr&om:"), m_from, 1, 0);
    addLabelled(tr("&Until:"), m_to, 1, 2);

    auto* kinds = new QHBoxLayout;
    for (const char* kind : VocabularyLabels::searchableKinds()) {
        const QString entity = QString::fromLatin1(kind);
        auto* check = new QCheckBox(VocabularyLabels::recordKindPlural(entity), box);
        check->setObjectName(QStringLiteral("kind_") + entity);
        check->setAccessibleName(tr("Include %1").arg(VocabularyLabels::recordKindPlural(entity)));
        check->setProperty("entity", entity);
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, &SearchPage::scheduleSearch);
        m_kinds.append(check);
        kinds->addWidget(check);
    }
    kinds->addStretch();
    grid->addLayout(kinds, 2, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_place, &QComboBox::currentIndexChanged, this, &SearchPage::scheduleSearch);
    connect(m_category, &QComboBox::currentIndexChanged, this, &SearchPage::scheduleSearch);
    connect(m_from, &QDateEdit::dateChanged, this, &SearchPage::scheduleSearch);
    connect(m_to, &QDateEdit::dateChanged, this, &SearchPage::scheduleSearch);
    return box;
}

void SearchPage::reloadPlaces()
{
    auto places = PlaceRepository(m_ctx.records()).list();
    if (!places) {
        m_ctx.report(places.error());
        return;
    }
    const QString current = m_place->currentData().toString();
    const QSignalBlocker blocker(m_place);
    m_place->clear();
    m_place->addItem(tr("Any place"), QString());
    for (const Place& p : *places)
        m_place->addItem(p.name, p.id);
    m_place->setCurrentIndex(qMax(0, m_place->findData(current)));
}

void SearchPage::focusQuery()
{
    m_queryEdit->setFocus(Qt::ShortcutFocusReason);
    m_queryEdit->selectAll();
}

void SearchPage::scheduleSearch()
{
    m_debounce.start();
}

SearchQuery SearchPage::query() const
{
    SearchQuery q(m_queryEdit->text());
    q.placeId = m_place->currentData().toString();
    q.from = filterDate(m_from);
    q.to = filterDate(m_to);
    q.category = m_category->currentData().toString();
    QStringList kinds;
    for (const QCheckBox* check : m_kinds) {
        if (check->isChecked())
            kinds << check->property("entity").toString();
    }
    if (kinds.size() < m_kinds.size())
        q.entities = kinds; // all checked: no restriction, so kinds added later are found too
    q.limit = kResultLimit;
    return q;
}

void SearchPage::search()
{
    m_debounce.stop();
    const SearchQuery q = query();
    if (q.text.trimmed().isEmpty()) {
        m_model->clear();
        m_summary->setText(tr("Type words to search the findings, recommendations, "
                              "observations, interviews, register checks and access log."));
        Q_EMIT searched(0);
        return;
    }
    if (q.entities.isEmpty() && m_kinds.size() > 0 &&
        std::none_of(m_kinds.cbegin(), m_kinds.cend(),
                     [](const QCheckBox* c) { return c->isChecked(); })) {
        m_model->clear();
        m_summary->setText(tr("Choose at least one kind of record to search."));
        Q_EMIT searched(0);
        return;
    }
    auto hits = SearchService(m_ctx.vault().database()).search(q);
    if (!hits) {
        m_model->clear();
        m_summary->setText(hits.error().message);
        m_ctx.report(hits.error());
        Q_EMIT searched(0);
        return;
    }
    m_model->setHits(*hits);
    m_results->expandAll();
    const qsizetype n = hits->size();
    if (n == 0)
        m_summary->setText(tr("Nothing found."));
    else if (n >= q.limit)
        m_summary->setText(
            tr("The first %n results; add words or filters to narrow them.", "", int(n)));
    else
        m_summary->setText(tr("%n result(s).", "", int(n)));
    // The first hit is current, so Tab into the list and Enter opens it.
    const QModelIndex firstGroup = m_model->index(0, 0);
    if (firstGroup.isValid())
        m_results->setCurrentIndex(m_model->index(0, 0, firstGroup));
    Q_EMIT searched(n);
}

} // namespace vigil
