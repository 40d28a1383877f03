#include "ui/sync/SyncActions.h"

#include "ui/sync/ConflictsPage.h"
#include "ui/sync/DevicesPage.h"
#include "ui/sync/JoinOrganisationDialog.h"
#include "ui/sync/SyncController.h"
#include "ui/sync/SyncSettingsDialog.h"

#include <QAction>
#include <QDialog>
#include <QKeySequence>
#include <QMenu>
#include <QVBoxLayout>

namespace vigil {

SyncActions::SyncActions(UiContext& ctx, SyncController& sync, QWidget* window)
    : QObject(window), m_ctx(ctx), m_sync(sync), m_window(window)
{
    m_syncNow = new QAction(tr("Sync &now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y), QKeySequence(Qt::Key_F5)});
    m_syncNow->setStatusTip(tr("Send and receive the organisation's changes now"));
    connect(m_syncNow, &QAction::triggered, &sync, &SyncController::syncNow);

    m_settings = new QAction(tr("Sync &settings…"), this);
    m_settings->setObjectName(QStringLiteral("syncSettingsAction"));
    m_settings->setStatusTip(tr("Choose the sync folder or server"));
    connect(m_settings, &QAction::triggered, this, &SyncActions::openSettings);

    m_join = new QAction(tr("&Join an organisation…"), this);
    m_join->setObjectName(QStringLiteral("joinOrganisationAction"));
    m_join->setStatusTip(tr("Join with an invitation file from your coordinator"));
    connect(m_join, &QAction::triggered, this, &SyncActions::openJoin);

    m_devices = new QAction(tr("&Devices…"), this);
    m_devices->setObjectName(QStringLiteral("devicesAction"));
    m_devices->setStatusTip(tr("The organisation, its devices and enrolment requests"));
    connect(m_devices, &QAction::triggered, this, &SyncActions::openDevices);

    m_conflicts = new QAction(tr("&Conflicts…"), this);
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    m_conflicts->setStatusTip(tr("Edits made on two devices at once, to settle"));
    connect(m_conflicts, &QAction::triggered, this, &SyncActions::openConflicts);

    connect(&sync, &SyncController::statusChanged, this, &SyncActions::update);
    connect(&sync, &SyncController::settingsNeeded, this, &SyncActions::openSettings);
    update();
}

void SyncActions::fill(QMenu* menu) const
{
    menu->addAction(m_syncNow);
    menu->addAction(m_settings);
    menu->addSeparator();
    menu->addAction(m_join);
    menu->addAction(m_devices);
    menu->addAction(m_conflicts);
}

void SyncActions::update()
{
    const SyncStatus::State state = m_sync.status().state;
    const bool member = state != SyncStatus::State::Standalone;
    m_syncNow->setEnabled(member && state != SyncStatus::State::Syncing);
    m_settings->setEnabled(member);
    m_join->setEnabled(!member);
    m_conflicts->setEnabled(member);
}

void SyncActions::openSettings()
{
    auto* dialog = new SyncSettingsDialog(m_ctx, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncSettingsDialog::saved, &m_sync, &SyncController::reload);
    dialog->open();
}

void SyncActions::openJoin()
{
    auto* dialog = new JoinOrganisationDialog(m_ctx, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JoinOrganisationDialog::joined, &m_sync, &SyncController::reload);
    dialog->open();
}

template <typename Make>
QWidget* SyncActions::showPage(const char* name, const QString& title, Make make)
{
    if (auto* open = m_window->findChild<QDialog*>(QString::fromLatin1(name))) {
        open->raise();
        open->activateWindow();
        return nullptr;
    }
    // A dialog of the main window: the lock closes and destroys it with the rest.
    auto* window = new QDialog(m_window);
    window->setObjectName(QString::fromLatin1(name));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(title);
    QWidget* page = make(window);
    auto* layout = new QVBoxLayout(window);
    layout->addWidget(page);
    window->resize(900, 600);
    window->show();
    return page;
}

void SyncActions::openDevices()
{
    auto* page =
        static_cast<DevicesPage*>(showPage("devicesWindow", tr("Devices"), [this](QWidget* parent) {
            return new DevicesPage(m_ctx, parent);
        }));
    if (!page)
        return;
    connect(page, &DevicesPage::organisationChanged, &m_sync, &SyncController::reload);
    connect(&m_sync, &SyncController::enrolmentsReceived, page, &DevicesPage::reload);
}

void SyncActions::openConflicts()
{
    showPage("conflictsWindow", tr("Conflicts"),
             [this](QWidget* parent) { return new ConflictsPage(m_ctx, parent); });
}

} // namespace vigil
