#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace vigil {

class ConflictListModel;
class ConflictView;
class UiContext;

// The conflicts sync found (DESIGN.md §6.2, docs/sync-merge.md
// "Resolving"): the open ones listed — which record, which field, when, on
// which devices (by their roster names) — and the selected one side by side
// in ConflictView. A choice is written through ConflictRepository (a new op
// and a resolution record every device learns); the list then reads again
// and the settled conflict is gone. It reads while shown and again when
// records change.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictsPage(UiContext& ctx, QWidget* parent = nullptr);

    ConflictListModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }
    ConflictView* view() const { return m_view; }
    int openCount() const;
    // Selects a conflict by id; false when it is not open.
    bool select(const QString& conflictId);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // After every reload: for a badge on the menu or navigator.
    void openCountChanged(int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleReload();
    void currentChanged();
    void keepCurrent(const QString& conflictId);
    void chooseText(const QString& conflictId, const QString& text);
    void restore(const QString& conflictId);
    // After a resolution: tell the other views, then list what is still open.
    void settled(const QString& conflictId, bool ok, const QString& error);

    UiContext& m_ctx;
    ConflictListModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    ConflictView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_reloadTimer;
    bool m_stale = true;
};

} // namespace vigil
