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

// One place: its particulars (with "Edit place…"), its visit history (with
// "New visit"), the recommendations still open across its visits, and its
// units (added and removed here). Opening a visit (double-click, Enter, or a
// new one) is left to the workspace. Every change is an undoable step.
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
    // The id of the unit selected in the units table, or an empty string.
    QString selectedUnitId() const;

public Q_SLOTS:
    void reload();
    // Creates a visit to this place (undoable) and asks for it to be opened.
    void createVisit();
    // Opens the form for this place's particulars (window-modal).
    void editPlace();
    // Opens the form for a new unit of this place (window-modal).
    void addUnit();
    // Removes the unit selected in the units table (undoable).
    void removeSelectedUnit();

Q_SIGNALS:
    void visitOpened(const QString& visitId);
    void titleChanged(const QString& title);

private:
    QWidget* buildHistoryTab();
    QWidget* buildRecommendationsTab();
    QWidget* buildUnitsTab();
    void reloadUnits();
    void updateButtons();

    UiContext& m_ctx;
    QString m_placeId;
    Place m_place;
    bool m_exists = false;

    PlaceDetails* m_details = nullptr;
    QTabWidget* m_tabs = nullptr;
    VisitListModel* m_historyModel = nullptr;
    QTableView* m_history = nullptr;
    QPushButton* m_newVisit = nullptr;
    QPushButton* m_editPlace = nullptr;
    QPushButton* m_addUnit = nullptr;
    QPushButton* m_removeUnit = nullptr;
    RecommendationListModel* m_recommendationModel = nullptr;
    QTableView* m_recommendations = nullptr;
    QTableWidget* m_units = nullptr;
};

} // namespace vigil
