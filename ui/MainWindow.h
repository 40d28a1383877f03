#pragma once

#include "ui/nav/Navigator.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;

namespace vigil {

class ErrorLabel;
class SyncActions;
class SyncController;
class SyncStatusWidget;
class UiContext;
class Vault;
class Workspace;

// The window of an open vault: the navigator (places, visits,
// recommendations, search, sync inbox) beside the workspace, menus with
// undo and redo, a Sync menu, and a status bar with the last error, the
// sync state and the auto-lock countdown. It owns the UiContext and the
// SyncController and lives only while the vault is open; AppWindow destroys
// it on lock, so it holds nothing past that.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Vault& vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    UiContext& context() const { return *m_ctx; }
    Navigator* navigator() const { return m_navigator; }
    Workspace* workspace() const { return m_workspace; }
    SyncController* sync() const { return m_sync; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    SyncActions* syncActions() const { return m_syncActions; }

    void setLockCountdown(int secondsLeft);
    QString lockCountdownText() const;
    QAction* lockAction() const { return m_lockAction; }

    // "4:59" — minutes and seconds, for the status bar.
    static QString formatCountdown(int secondsLeft);

public Q_SLOTS:
    // Shows a section, as choosing it in the navigator would (Ctrl+1..6).
    void goTo(vigil::Navigator::Section section);
    // Shows the search page with the query box focused (Ctrl+F).
    void openSearch();

Q_SIGNALS:
    // Preferences were saved: the window applies the lock time and the shield.
    void preferencesChanged();
    void lockRequested();
    void quitRequested();

private:
    void buildMenus();
    void buildVisitMenu();
    void buildStatusBar();
    void showAbout();

    UiContext* m_ctx = nullptr;
    Navigator* m_navigator = nullptr;
    Workspace* m_workspace = nullptr;
    QSplitter* m_splitter = nullptr;
    QAction* m_lockAction = nullptr;
    QLabel* m_countdown = nullptr;
    ErrorLabel* m_lastError = nullptr;
    SyncController* m_sync = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    SyncActions* m_syncActions = nullptr;
};

} // namespace vigil
