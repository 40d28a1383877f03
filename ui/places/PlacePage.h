#pragma once

#include "core/model/Place.h"

#include <QWidget>

class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace vigil {

class PlaceDetails;
class RecommendationListModel;
class UiContext;
class VisitListModel;

// One place: its particulars, its visit history (with "New visit"), the
// recommendations still open across its visits, and its units. Opening a
// visit (double-click, Enter, or a new one) is left to the workspace.
class PlacePage : public QWidget
{
    Q_OBJECT
public:
    PlacePage(UiContext& ctx, const QString& placeId, QWidget* parent = nullptr);

    const QString& placeId() const { return m_placeId; }
    const Place& place() const { return m_place; }
    bool exists() const { return m_exists; }

    PlaceDetails* details() const { return m_details; }
    QTableView* historyView() const { return m_history; }
    QTableView* recommendationsView() const { return m_recommendations; }
    QTableWidget* unitsTable() const { return m_units; }

public Q_SLOTS:
    void reload();
    // Creates a visit to this place (undoable) and asks for it to be opened.
    void createVisit();

Q_SIGNALS:
    void visitOpened(const QString& visitId);
    void titleChanged(const QString& title);

private:
    QWidget* buildHistoryTab();
    QWidget* buildRecommendationsTab();
    void reloadUnits();

    UiContext& m_ctx;
    QString m_placeId;
    Place m_place;
    bool m_exists = false;

    PlaceDetails* m_details = nullptr;
    QTabWidget* m_tabs = nullptr;
    VisitListModel* m_historyModel = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_newVisit = nullptr;
    RecommendationListModel* m_recommendationModel = nullptr;
    QTableView* m_recommendations = nullptr;
    QTableWidget* m_units = nullptr;
};

} // namespace vigil
