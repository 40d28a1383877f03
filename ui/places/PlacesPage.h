#pragma once

#include <QWidget>

namespace vigil {

class FilteredTableView;
class PlaceListModel;
class UiContext;

// The places the body monitors, with their follow-up at a glance (last
// visit, open recommendations); double-click or Enter opens a place.
class PlacesPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlacesPage(UiContext& ctx, QWidget* parent = nullptr);

    PlaceListModel* model() const { return m_model; }
    FilteredTableView* table() const { return m_table; }

Q_SIGNALS:
    void placeOpened(const QString& placeId);

private:
    PlaceListModel* m_model = nullptr;
    FilteredTableView* m_table = nullptr;
};

} // namespace vigil
