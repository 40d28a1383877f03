#pragma once

#include <QWidget>

namespace vigil {

class FilteredTableView;
class UiContext;
class VisitListModel;

// Every visit of the vault, latest first, loaded page by page as the list
// scrolls; double-click or Enter opens one.
class VisitsPage : public QWidget
{
    Q_OBJECT
public:
    explicit VisitsPage(UiContext& ctx, QWidget* parent = nullptr);

    VisitListModel* model() const { return m_model; }
    FilteredTableView* table() const { return m_table; }

Q_SIGNALS:
    void visitOpened(const QString& visitId);

private:
    VisitListModel* m_model = nullptr;
    FilteredTableView* m_table = nullptr;
};

} // namespace vigil
