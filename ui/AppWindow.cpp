#include "ui/AppWindow.h"

#include "core/vault/Vault.h"
#include "ui/IdleWatcher.h"
#include "ui/MainWindow.h"
#include "ui/UiResources.h"
#include "ui/UiSettings.h"
#include "ui/lock/LockScreen.h"
#include "ui/privacy/InactiveShield.h"
#include "ui/privacy/PanicKey.h"
#include "ui/privacy/PrivacySettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QIcon>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <utility>

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
    auto* keys = new PanicKey(this);
    connect(keys, &PanicKey::panic, this, &AppWindow::lock);
    // Ctrl+L too goes through the key watcher, so it also works over a dialog.
    connect(keys, &PanicKey::lockRequested, this, &AppWindow::lock);
    // Covers the content while Vigil is in the background, when the user asked for it.
    m_shield = new InactiveShield(this);

    if (!restoreGeometry(UiSettings::windowGeometry()))
        resize(960, 680);
}

AppWindow::~AppWindow()
{
    lock();
    qDeleteAll(m_leftovers); // teardowns still waiting for dialogs to return
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
    // The depth of the application's own loop; not while an older main
    // window still waits for a dialog's exec() above it to return.
    if (m_leftovers.isEmpty())
        m_loopLevel = QThread::currentThread()->loopLevel();
    m_mainWindow = new MainWindow(*m_vault, m_stack);
    m_mainWindow->setWindowIcon(windowIcon());
    // Queued: lock() destroys the main window, which must not happen while
    // its own action is still delivering the signal.
    connect(m_mainWindow, &MainWindow::lockRequested, this, &AppWindow::lock, Qt::QueuedConnection);
    connect(m_mainWindow, &MainWindow::quitRequested, this, &QWidget::close, Qt::QueuedConnection);
    connect(m_idle, &IdleWatcher::countdownChanged, m_mainWindow, &MainWindow::setLockCountdown);
    connect(m_mainWindow, &MainWindow::preferencesChanged, this, [this] {
        m_idle->setInterval(UiSettings::idleLockTimeout());
        m_shield->setShieldEnabled(PrivacySettings::shieldWhenInactive());
    });
    m_stack->addWidget(m_mainWindow);
    m_stack->setCurrentWidget(m_mainWindow);
    m_idle->start();
    // The recovery key dialog may have held activation; take it back so the
    // window's shortcuts (Ctrl+L) work at once.
    activateWindow();
    m_mainWindow->setFocus();
}

namespace {

// Holds the vault of a main window that is being torn down late, and locks it
// after every view of it has gone: a child of the main window created last,
// so deleted last of its children.
class VaultCloser : public QObject
{
public:
    VaultCloser(std::unique_ptr<Vault> vault, QObject* owner)
        : QObject(owner), m_vault(std::move(vault))
    {
    }
    ~VaultCloser() override
    {
        if (m_vault)
            m_vault->lock();
    }

private:
    std::unique_ptr<Vault> m_vault;
};

bool belongsTo(const QWidget* widget, const QWidget* owner)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w == owner)
            return true;
    }
    return false;
}

} // namespace

bool AppWindow::closeSecondaryWindows()
{
    bool nested = false;
    // A menu or a modal dialog runs an event loop of its own (exec()), with
    // the main window's code waiting below it on the stack.
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i) {
        QApplication::activePopupWidget()->close();
        nested = true;
    }
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        if (!window->isVisible() || !belongsTo(window, m_mainWindow))
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(window)) {
            nested = nested || dialog->isModal() || dialog->windowModality() != Qt::NonModal;
            dialog->done(QDialog::Rejected); // ends its exec(), if it runs one
        }
        window->hide();
    }
    return nested;
}

void AppWindow::lock()
{
    m_idle->stop();
    if (!m_mainWindow) {
        if (m_vault) {
            m_vault->lock();
            m_vault.reset();
            m_lockScreen->reset();
        }
        return;
    }
    // Out of sight at once: the lock screen, and no window of the vault's.
    // Any exec() running above the application's loop (a native file dialog
    // may not show up among the widgets) defers the teardown too.
    const bool nested = closeSecondaryWindows() ||
                        QThread::currentThread()->loopLevel() > m_loopLevel;
    m_stack->setCurrentWidget(m_lockScreen);
    m_stack->removeWidget(m_mainWindow);
    m_mainWindow->hide();
    MainWindow* main = std::exchange(m_mainWindow, nullptr);
    std::unique_ptr<Vault> vault = std::move(m_vault);
    m_lockScreen->reset();
    // Painted now, before any teardown: a screen's destructor may wait for
    // its worker job to stop (a report build, an export), and meanwhile the
    // window must show the lock screen, not the record it is locking.
    if (m_stack->isVisible())
        m_stack->repaint();
    if (!nested) {
        delete main; // every view of the vault's content goes with it
        if (vault)
            vault->lock();
        return;
    }
    // A dialog's exec() was running, its caller a function of a widget of
    // the main window: deleting them now would pull the stack from under
    // it. The dialogs were told to finish; the main window and the vault go
    // as soon as their frames have returned to the event loop.
    new VaultCloser(std::move(vault), main);
    m_leftovers.append(main);
    finishTeardown();
}

void AppWindow::finishTeardown()
{
    m_leftovers.removeAll(nullptr);
    if (m_leftovers.isEmpty())
        return;
    // Dialogs may be nested (a dialog opened from a dialog): wait until every
    // exec() above the application's loop has returned.
    if (QThread::currentThread()->loopLevel() > m_loopLevel) {
        QTimer::singleShot(5, this, &AppWindow::finishTeardown);
        return;
    }
    qDeleteAll(std::exchange(m_leftovers, {}));
}

void AppWindow::closeEvent(QCloseEvent* event)
{
    lock();
    UiSettings::setWindowGeometry(saveGeometry());
    QWidget::closeEvent(event);
}

} // namespace vigil
