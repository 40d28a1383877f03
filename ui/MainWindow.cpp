#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/vault/Vault.h"
#include "ui/PreferencesDialog.h"
#include "ui/UiContext.h"
#include "ui/UiSettings.h"
#include "ui/nav/ErrorLabel.h"
#include "ui/nav/SyncInboxPage.h"
#include "ui/nav/Workspace.h"
#include "ui/places/PlacesPage.h"
#include "ui/report/ReportBuilderPage.h"
#include "ui/search/SearchPage.h"
#include "ui/sync/SyncActions.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/visit/VisitWorkspace.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>

namespace vigil {

MainWindow::MainWindow(Vault& vault, QWidget* parent)
    : QMainWindow(parent), m_ctx(new UiContext(vault, this))
{
    setWindowFlags(Qt::Widget); // a page of AppWindow, not a window of its own
    setObjectName(QStringLiteral("mainWindow"));

    // The status bar first: pages report load errors while they are built.
    buildStatusBar();

    const Result<Vault::Info> info = vault.info();
    m_navigator = new Navigator(info.ok() ? info->name : QString(), this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_workspace = new Workspace(*m_ctx, this);
    m_workspace->setObjectName(QStringLiteral("workspace"));
    connect(m_navigator, &Navigator::sectionChosen, m_workspace, &Workspace::showSection);
    auto* inbox = static_cast<SyncInboxPage*>(m_workspace->sectionPage(Navigator::SyncInbox));
    inbox->setController(m_sync);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_workspace);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 760});
    setCentralWidget(m_splitter);

    buildMenus();
    connect(inbox, &SyncInboxPage::settingsRequested, m_syncActions, &SyncActions::openSettings);
    restoreState(UiSettings::mainWindowState());
    m_splitter->restoreState(UiSettings::splitterState());
    setFocusProxy(m_navigator);
}

MainWindow::~MainWindow()
{
    // Layout only: which section is open and what was found stay unsaved.
    UiSettings::setMainWindowState(saveState());
    UiSettings::setSplitterState(m_splitter->saveState());
    // The pages go before the context they hold a reference to.
    delete takeCentralWidget();
}

void MainWindow::buildMenus()
{
    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    QAction* newPlace = vaultMenu->addAction(tr("&New place…"));
    newPlace->setObjectName(QStringLiteral("newPlaceAction"));
    newPlace->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newPlace->setStatusTip(tr("Add a place of detention to visit"));
    connect(newPlace, &QAction::triggered, this, [this] {
        goTo(Navigator::Places);
        m_workspace->placesPage()->newPlace();
    });
    vaultMenu->addSeparator();
    QAction* preferences = vaultMenu->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        auto* dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::preferencesChanged, this,
                &MainWindow::preferencesChanged);
        dialog->open();
    });
    vaultMenu->addSeparator();
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

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_ctx->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_ctx->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    QAction* find = editMenu->addAction(tr("&Find…"));
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::openSearch);

    buildVisitMenu();
    m_syncActions = new SyncActions(*m_ctx, *m_sync, this);
    m_syncActions->fill(menuBar()->addMenu(tr("S&ync")));

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int s = 0; s < Navigator::SectionCount; ++s) {
        const auto section = Navigator::Section(s);
        QAction* go = goMenu->addAction(Navigator::sectionName(section));
        go->setObjectName(QStringLiteral("goAction%1").arg(s + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + s)));
        connect(go, &QAction::triggered, this, [this, section] { goTo(section); });
    }
    goMenu->addSeparator();
    QAction* back = goMenu->addAction(tr("&Back"));
    back->setObjectName(QStringLiteral("backAction"));
    connect(back, &QAction::triggered, m_workspace, &Workspace::back);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About Vigil"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    menuBar()->setAccessibleName(tr("Main menu"));
}

void MainWindow::buildVisitMenu()
{
    // The visit open in the workspace (shown or a step back along Back).
    QMenu* visitMenu = menuBar()->addMenu(tr("V&isit"));
    QAction* compile = visitMenu->addAction(tr("Compile &report…"));
    compile->setObjectName(QStringLiteral("compileReportAction"));
    compile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    compile->setStatusTip(tr("Open the report builder of the open visit"));
    connect(compile, &QAction::triggered, this, [this] {
        m_workspace->openVisit(m_workspace->openVisitId());
        if (VisitWorkspace* visit = m_workspace->visitWorkspace())
            visit->showReport();
    });
    QAction* exportReport = visitMenu->addAction(tr("&Export report…"));
    exportReport->setObjectName(QStringLiteral("exportReportAction"));
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportReport->setStatusTip(tr("Export the open visit's report as PDF, ODT or HTML"));
    connect(exportReport, &QAction::triggered, this, [this] {
        m_workspace->openVisit(m_workspace->openVisitId());
        if (VisitWorkspace* visit = m_workspace->visitWorkspace()) {
            visit->showReport();
            visit->report()->openExportDialog();
        }
    });
    const auto update = [this, compile, exportReport] {
        const bool open = !m_workspace->openVisitId().isEmpty();
        compile->setEnabled(open);
        exportReport->setEnabled(open);
    };
    connect(m_workspace, &QStackedWidget::currentChanged, this, update);
    update();
}

void MainWindow::buildStatusBar()
{
    m_lastError = new ErrorLabel(*m_ctx, this);
    statusBar()->addWidget(m_lastError, 1);

    // Sync runs while the vault is open; its state is always in view.
    m_sync = new SyncController(*m_ctx, this);
    m_syncStatus = new SyncStatusWidget(*m_sync, this);
    connect(m_syncStatus, &SyncStatusWidget::inboxRequested, this,
            [this] { goTo(Navigator::SyncInbox); });
    statusBar()->addPermanentWidget(m_syncStatus);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("lockCountdownLabel"));
    m_countdown->setAccessibleName(tr("Time until the vault locks"));
    m_countdown->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_countdown);
    statusBar()->setSizeGripEnabled(false);
}

void MainWindow::goTo(Navigator::Section section)
{
    m_navigator->setCurrentSection(section);
    m_workspace->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openSearch()
{
    goTo(Navigator::Search);
    m_workspace->searchPage()->focusQuery();
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
