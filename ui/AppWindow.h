#pragma once

#include "core/crypto/KdfParams.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <chrono>
#include <memory>

class QStackedWidget;

namespace vigil {

class IdleWatcher;
class InactiveShield;
class LockScreen;
class MainWindow;
class Vault;

// The top-level window. It owns the open Vault and switches between the lock
// screen and the main window; locking (Ctrl+L, idle timeout, closing) wipes
// the vault's keys and destroys the main window with everything it showed.
class AppWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AppWindow(QString vaultDir, KdfParams kdf = KdfParams::defaults(),
                       QWidget* parent = nullptr);
    ~AppWindow() override;

    bool isLocked() const { return !m_vault; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    MainWindow* mainWindow() const { return m_mainWindow; }
    IdleWatcher* idleWatcher() const { return m_idle; }

    // Overrides the idle time read from UiSettings (tests use milliseconds).
    void setIdleTimeout(std::chrono::milliseconds timeout);

public Q_SLOTS:
    void lock();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onUnlocked();
    // Closes the menus and dialogs of the main window; true if one of them
    // ran an event loop of its own (a modal dialog, a menu).
    bool closeSecondaryWindows();
    void finishTeardown();

    QStackedWidget* m_stack = nullptr;
    LockScreen* m_lockScreen = nullptr;
    MainWindow* m_mainWindow = nullptr;
    // Main windows torn down late, once the dialogs' exec() above them returned.
    QList<QPointer<MainWindow>> m_leftovers;
    int m_loopLevel = 0; // depth of the application's event loop, seen at unlock
    IdleWatcher* m_idle = nullptr;
    InactiveShield* m_shield = nullptr;
    std::unique_ptr<Vault> m_vault;
};

} // namespace vigil
