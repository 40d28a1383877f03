#pragma once

#include "core/search/SearchQuery.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeView;

namespace vigil {

class SearchResultModel;
class UiContext;

// Full-text search over the record (SearchService): the words, optional
// filters (place, visit dates, finding category, kinds of record), and the
// hits grouped by kind with their matches in bold. Typing searches after a
// pause; Enter on a hit opens its visit. FTS5 answers a ranked, limited
// query in milliseconds, so it runs on the UI thread.
class SearchPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;
    static constexpr int kResultLimit = 200;

    explicit SearchPage(UiContext& ctx, QWidget* parent = nullptr);

    // Focuses the query box and selects its text (Ctrl+F).
    void focusQuery();
    SearchQuery query() const;

    QLineEdit* queryEdit() const { return m_queryEdit; }
    QTreeView* results() const { return m_results; }
    SearchResultModel* model() const { return m_model; }
    QComboBox* placeFilter() const { return m_place; }
    QComboBox* categoryFilter() const { return m_category; }

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void visitOpened(const QString& visitId);
    // After every search, with the number of hits (tests, status).
    void searched(qsizetype hits);

private:
    QWidget* buildFilters();
    void reloadPlaces();
    void scheduleSearch();

    UiContext& m_ctx;
    QLineEdit* m_queryEdit = nullptr;
    QComboBox* m_place = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_category = nullptr;
    QList<QCheckBox*> m_kinds;
    QLabel* m_summary = nullptr;
    QTreeView* m_results = nullptr;
    SearchResultModel* m_model = nullptr;
    QTimer m_debounce;
};

} // namespace vigil
