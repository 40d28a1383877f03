#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace vigil {

class SyncController;
class UiContext;

// The main window's Sync menu (DESIGN.md §6, §8): Sync now (Ctrl+Shift+Y,
// F5), Sync settings…, Join an organisation…, Devices… and Conflicts…, and
// the windows they open. Actions are enabled by the controller's state:
// nothing to sync or set up outside an organisation, nothing to join inside
// one. The pages open as windows of their own, one of each at a time.
class SyncActions : public QObject
{
    Q_OBJECT
public:
    SyncActions(UiContext& ctx, SyncController& sync, QWidget* window);

    // Adds the actions to `menu` (the window's Sync menu).
    void fill(QMenu* menu) const;
    QAction* syncNowAction() const { return m_syncNow; }

public Q_SLOTS:
    void openSettings();
    void openJoin();
    void openDevices();
    void openConflicts();

private:
    void update();
    // Shows `make()`'s page in a window named `name`, or raises the open one.
    template <typename Make> QWidget* showPage(const char* name, const QString& title, Make make);

    UiContext& m_ctx;
    SyncController& m_sync;
    QWidget* m_window;
    QAction* m_syncNow = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_join = nullptr;
    QAction* m_devices = nullptr;
    QAction* m_conflicts = nullptr;
};

} // namespace vigil
