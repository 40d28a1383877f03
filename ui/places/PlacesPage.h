#pragma once

#include <QWidget>

class QPushButton;

namespace vigil {

class FilteredTableView;
class PlaceListModel;
class UiContext;

// The places the body monitors, with their follow-up at a glance (last
// visit, open recommendations); double-click or Enter opens a place, and
// "New place…" records one.
class PlacesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlacesPage(UiContext& ctx, QWidget* parent = nullptr);

    PlaceListModel* model() const { return m_model; }
    FilteredTableView* table() const { return m_table; }

public Q_SLOTS:
    // Opens the form for a new place (window-modal); once it is created
    // (an undoable step) placeOpened() asks for it to be shown.
    void newPlace();

Q_SIGNALS:
    void placeOpened(const QString& placeId);

private:
    UiContext& m_ctx;
    PlaceListModel* m_model = nullptr;
    FilteredTableView* m_table = nullptr;
    QPushButton* m_newPlace = nullptr;
};

} // namespace vigil
