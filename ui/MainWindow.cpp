#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/vault/Vault.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace vigil {

namespace {

QWidget* placeholder(const QString& vaultName, const QKeySequence& lockKeys, QWidget* parent)
{
    auto* page = new QWidget(parent);
    page->setObjectName(QStringLiteral("workspacePlaceholder"));

    auto* headline =
        new QLabel(vaultName.isEmpty() ? MainWindow::tr("The vault is open.")
                                       : MainWindow::tr("The vault “%1” is open.").arg(vaultName),
                   page);
    headline->setObjectName(QStringLiteral("openVaultLabel"));
    headline->setTextFormat(Qt::PlainText);
    headline->setAlignment(Qt::AlignCenter);
    headline->setWordWrap(true);
    QFont font = headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    headline->setFont(font);

    auto* hint = new QLabel(MainWindow::tr("Places, visits and recommendations will appear here.\n"
                                           "Press %1 to lock the vault when you step away.")
                                .arg(lockKeys.toString(QKeySequence::NativeText)),
                            page);
    hint->setTextFormat(Qt::PlainText);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(headline);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addStretch();
    return page;
}

} // namespace

MainWindow::MainWindow(Vault& vault, QWidget* parent) : QMainWindow(parent)
{
    setWindowFlags(Qt::Widget); // a page of AppWindow, not a window of its own
    buildMenus();

    const Result<Vault::Info> info = vault.info();
    setCentralWidget(
        placeholder(info.ok() ? info->name : QString(), m_lockAction->shortcut(), this));

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("lockCountdownLabel"));
    m_countdown->setAccessibleName(tr("Time until the vault locks"));
    m_countdown->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_countdown);
    statusBar()->setSizeGripEnabled(false);
}

void MainWindow::buildMenus()
{
    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    m_lockAction = vaultMenu->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Locking must work whatever has focus inside the application.
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setStatusTip(tr("Close the vault and wipe its keys from memory"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    vaultMenu->addSeparator();
    QAction* quit = vaultMenu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Vigil"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    menuBar()->setAccessibleName(tr("Main menu"));
}

void MainWindow::setLockCountdown(int secondsLeft)
{
    m_countdown->setText(tr("Locks in %1").arg(formatCountdown(secondsLeft)));
}

QString MainWindow::lockCountdownText() const
{
    return m_countdown->text();
}

QString MainWindow::formatCountdown(int secondsLeft)
{
    const int s = qMax(0, secondsLeft);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void MainWindow::showAbout()
{
    // open(), not exec(): a nested event loop would outlive this window if the
    // idle timer locked the vault while the box is up.
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About Vigil"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("Vigil %1").arg(QStringLiteral(VIGIL_VERSION_STRING)));
    box->setInformativeText(
        tr("Offline-first, encrypted records for monitoring places of detention (OPCAT).\n\n"
           "Built with Qt %1, running on Qt %2.\n"
           "Licensed under the GNU GPL, version 3 or later.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

} // namespace vigil
