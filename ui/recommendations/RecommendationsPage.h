#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace vigil {

class FilteredTableView;
class RecommendationHistoryPanel;
class TrackerFilterBar;
class TrackerModel;
class UiContext;

// The follow-up tracker (DOMAIN.md §6, DESIGN.md §7): recommendations across
// places and years from one query (RecommendationTracker), filtered by
// status, authority, theme, place type, visit years and words of the text;
// the history of the selected one below; double-click or Enter opens the
// visit it was made on. It reads only while shown.
class RecommendationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationsPage(UiContext& ctx, QWidget* parent = nullptr);

    TrackerModel* model() const { return m_model; }
    FilteredTableView* table() const { return m_table; }
    TrackerFilterBar* filters() const { return m_filters; }
    QComboBox* statusFilter() const;
    QComboBox* placeTypeFilter() const;
    RecommendationHistoryPanel* history() const { return m_history; }
    // How many recommendations match, e.g. "12 recommendations".
    QLabel* countLabel() const { return m_count; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void visitOpened(const QString& visitId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleReload();
    void selectionChanged();

    UiContext& m_ctx;
    TrackerModel* m_model = nullptr;
    TrackerFilterBar* m_filters = nullptr;
    FilteredTableView* m_table = nullptr;
    RecommendationHistoryPanel* m_history = nullptr;
    QLabel* m_count = nullptr;
    QTimer m_reloadTimer;
    bool m_stale = true;
};

} // namespace vigil
