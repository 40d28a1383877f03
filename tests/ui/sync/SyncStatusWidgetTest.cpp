// What the status bar says about sync, when it says it, and the backoff
// that decides when automatic sync tries again.
#include "ui/sync/SyncStatusWidget.h"

#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/sync/SyncUiFixture.h"
#include "ui/MainWindow.h"
#include "ui/sync/DevicesPage.h"
#include "ui/sync/SyncBackoff.h"
#include "ui/sync/SyncSettingsDialog.h"
#include "ui/sync/SyncStatusText.h"

#include <QDialog>
#include <QMenuBar>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace std::chrono_literals;

TEST_CASE("Backoff doubles from two minutes to an hour with 20 % jitter", "[syncui]")
{
    CHECK(SyncBackoff::delay(0, 1.0) == 15min);
    CHECK(SyncBackoff::delay(1, 0.0) == 2min);
    CHECK(SyncBackoff::delay(1, -1.0) == 96s);
    CHECK(SyncBackoff::delay(1, 1.0) == 144s);
    CHECK(SyncBackoff::delay(2, 0.0) == 4min);
    CHECK(SyncBackoff::delay(5, 0.0) == 32min);
    CHECK(SyncBackoff::delay(6, 0.0) == 60min);
    CHECK(SyncBackoff::delay(40, 1.0) == 72min);
    for (int i = 0; i < 50; ++i) {
        const auto drawn = SyncBackoff::delay(3);
        CHECK(drawn >= 384s);
        CHECK(drawn <= 576s);
    }
    SyncBackoff backoff;
    backoff.recordFailure();
    backoff.recordFailure();
    CHECK(backoff.failures() == 2);
    backoff.recordSuccess();
    CHECK(backoff.next() == SyncBackoff::kRegular);
}

TEST_CASE("The sync status reads as a sentence", "[syncui]")
{
    SyncStatus status;
    status.state = SyncStatus::State::Syncing;
    status.progress = {SyncProgress::Phase::Receiving, 1, 5};
    CHECK(SyncStatusText::line(status) == QStringLiteral("Syncing… receiving 2 of 5"));
    status.progress = {SyncProgress::Phase::Sending, 0, 3};
    CHECK(SyncStatusText::line(status) == QStringLiteral("Syncing… sending 1 of 3"));

    status.state = SyncStatus::State::Synced;
    status.finishedAt = QDateTime(QDate::currentDate(), QTime(14, 32));
    status.received = 3;
    status.quarantined = 1;
    const QString at = SyncStatusText::when(status.finishedAt);
    CHECK(at.contains(QStringLiteral("32")));
    CHECK(SyncStatusText::line(status) ==
          QStringLiteral("Synced at %1 (3 received, 1 quarantined)").arg(at));

    status.state = SyncStatus::State::Failed;
    status.error = QStringLiteral("The server refused the user name or password.");
    CHECK(
        SyncStatusText::line(status) ==
        QStringLiteral("Sync failed at %1: The server refused the user name or password.").arg(at));
    status.state = SyncStatus::State::NotSetUp;
    CHECK(SyncStatusText::line(status) == QStringLiteral("Sync not set up"));
    // A day other than today carries its date.
    CHECK(SyncStatusText::when(QDateTime(QDate(2020, 2, 3), QTime(9, 5))).size() > at.size());
}

TEST_CASE("The status bar shows sync only in an organisation", "[syncui][a11y]")
{
    SECTION("a standalone vault")
    {
        auto dir = tempDir();
        auto created =
            Vault::create(dir->filePath(QStringLiteral("vault")), secret("pass"), fastKdf());
        REQUIRE(created.ok());
        {
            MainWindow window(*created->vault);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            CHECK_FALSE(window.syncStatus()->isVisible());
            CHECK(window.sync()->status().state == SyncStatus::State::Standalone);
            CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("syncNowAction"))->isEnabled());
            CHECK(
                window.findChild<QAction*>(QStringLiteral("joinOrganisationAction"))->isEnabled());
        }
        created->vault->lock();
    }
    SECTION("a member without settings")
    {
        auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
        MainWindow window(*(*org)[1].vault);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        SyncStatusWidget* status = window.syncStatus();
        CHECK(status->isVisible());
        CHECK(status->text() == QStringLiteral("Sync not set up"));
        CHECK(status->accessibleName() == QStringLiteral("Sync status: Sync not set up"));
        CHECK(status->toolTip().contains(QStringLiteral("Sync settings")));
        CHECK_FALSE(window.sync()->scheduledDelay());
        // Every control of the window, the inbox page's among them, is named.
        window.goTo(Navigator::SyncInbox);
        CHECK(unnamedControls(&window) == QStringList());

        // Sync now asks for the settings first.
        QSignalSpy wanted(window.sync(), &SyncController::settingsNeeded);
        QAction* syncNow = window.findChild<QAction*>(QStringLiteral("syncNowAction"));
        REQUIRE(syncNow->isEnabled());
        CHECK(syncNow->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)));
        syncNow->trigger();
        CHECK(wanted.size() == 1);
        CHECK_FALSE(window.sync()->isRunning());
        CHECK(window.findChild<SyncSettingsDialog*>() != nullptr);

        // Devices and conflicts open in windows of their own, one of each.
        CHECK_FALSE(
            window.findChild<QAction*>(QStringLiteral("joinOrganisationAction"))->isEnabled());
        for (const char* name : {"devices", "conflicts"}) {
            QAction* action =
                window.findChild<QAction*>(QString::fromLatin1(name) + QStringLiteral("Action"));
            REQUIRE(action->isEnabled());
            action->trigger();
            action->trigger();
            const auto windows =
                window.findChildren<QDialog*>(QString::fromLatin1(name) + QStringLiteral("Window"));
            REQUIRE(windows.size() == 1);
            CHECK(windows.first()->isVisible());
            CHECK(unnamedControls(windows.first()) == QStringList());
        }
        CHECK(
            window.findChild<QDialog*>(QStringLiteral("devicesWindow"))->findChild<DevicesPage*>());
    }
}
