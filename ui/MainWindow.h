#pragma once

#include <QMainWindow>

class QAction;
class QLabel;

namespace vigil {

class Vault;

// The window of an open vault: menus, a workspace (for now a placeholder) and
// a status bar with the auto-lock countdown. It lives only while the vault is
// open; AppWindow destroys it on lock, so it holds nothing past that.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Vault& vault, QWidget* parent = nullptr);

    void setLockCountdown(int secondsLeft);
    QString lockCountdownText() const;
    QAction* lockAction() const { return m_lockAction; }

    // "4:59" — minutes and seconds, for the status bar.
    static QString formatCountdown(int secondsLeft);

Q_SIGNALS:
    void lockRequested();
    void quitRequested();

private:
    void buildMenus();
    void showAbout();

    QAction* m_lockAction = nullptr;
    QLabel* m_countdown = nullptr;
};

} // namespace vigil
