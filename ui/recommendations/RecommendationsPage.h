#pragma once

#include <QWidget>

class QComboBox;

namespace vigil {

class FilteredTableView;
class RecommendationFilter;
class RecommendationListModel;
class UiContext;

// The follow-up tracker: every open recommendation across places, filtered
// by status, place type and text; double-click or Enter opens the visit it
// was made on.
class RecommendationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RecommendationsPage(UiContext& ctx, QWidget* parent = nullptr);

    RecommendationListModel* model() const { return m_model; }
    FilteredTableView* table() const { return m_table; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* placeTypeFilter() const { return m_placeType; }

Q_SIGNALS:
    void visitOpened(const QString& visitId);

protected:
    // The list is read while the page is shown, not behind other pages.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    RecommendationListModel* m_model = nullptr;
    RecommendationFilter* m_filter = nullptr;
    FilteredTableView* m_table = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_placeType = nullptr;
};

} // namespace vigil
