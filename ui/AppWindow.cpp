#include "ui/AppWindow.h"

#include "core/vault/Vault.h"
#include "ui/IdleWatcher.h"
#include "ui/MainWindow.h"
#include "ui/UiResources.h"
#include "ui/UiSettings.h"
#include "ui/lock/LockScreen.h"
#include "ui/privacy/InactiveShield.h"
#include "ui/privacy/PanicKey.h"

#include <QCloseEvent>
#include <QIcon>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vigil {

AppWindow::AppWindow(QString vaultDir, KdfParams kdf, QWidget* parent) : QWidget(parent)
{
    ensureUiResources();
    setWindowTitle(tr("Vigil"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.svg")));

    m_stack = new QStackedWidget(this);
    m_lockScreen = new LockScreen(std::move(vaultDir), kdf, m_stack);
    m_stack->addWidget(m_lockScreen);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_idle = new IdleWatcher(this);
    m_idle->setInterval(UiSettings::idleLockTimeout());

    connect(m_lockScreen, &LockScreen::unlocked, this, &AppWindow::onUnlocked);
    connect(m_idle, &IdleWatcher::idle, this, &AppWindow::lock);
    // The panic key (Pause or Ctrl+Shift+L) locks at once, even over a modal
    // dialog, and clears Vigil's text from the clipboard.
    connect(new PanicKey(this), &PanicKey::panic, this, &AppWindow::lock);
    // Covers the content while Vigil is in the background, when the user asked for it.
    new InactiveShield(this);

    if (!restoreGeometry(UiSettings::windowGeometry()))
        resize(960, 680);
}

AppWindow::~AppWindow()
{
    lock();
}

void AppWindow::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setInterval(timeout);
}

void AppWindow::onUnlocked()
{
    m_vault = m_lockScreen->takeVault();
    if (!m_vault)
        return;
    m_mainWindow = new MainWindow(*m_vault, m_stack);
    m_mainWindow->setWindowIcon(windowIcon());
    // Queued: lock() destroys the main window, which must not happen while
    // its own action is still delivering the signal.
    connect(m_mainWindow, &MainWindow::lockRequested, this, &AppWindow::lock, Qt::QueuedConnection);
    connect(m_mainWindow, &MainWindow::quitRequested, this, &QWidget::close, Qt::QueuedConnection);
    connect(m_idle, &IdleWatcher::countdownChanged, m_mainWindow, &MainWindow::setLockCountdown);
    m_stack->addWidget(m_mainWindow);
    m_stack->setCurrentWidget(m_mainWindow);
    m_idle->start();
    // The recovery key dialog may have held activation; take it back so the
    // window's shortcuts (Ctrl+L) work at once.
    activateWindow();
    m_mainWindow->setFocus();
}

void AppWindow::lock()
{
    m_idle->stop();
    if (m_mainWindow) {
        m_stack->setCurrentWidget(m_lockScreen);
        m_stack->removeWidget(m_mainWindow);
        delete m_mainWindow; // every view of the vault's content goes with it
        m_mainWindow = nullptr;
    }
    if (m_vault) {
        m_vault->lock();
        m_vault.reset();
        m_lockScreen->reset();
    }
}

void AppWindow::closeEvent(QCloseEvent* event)
{
    lock();
    UiSettings::setWindowGeometry(saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace vigil
