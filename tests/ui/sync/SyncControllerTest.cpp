// The window's sync (DESIGN.md §6.5): one run between two real vaults over
// a real folder updates the status bar, the inbox and the open pages; a
// missing folder gives a plain message and a retry with backoff; a lock in
// the middle of a run neither waits for it nor lets it go on.
#include "core/sync/DeviceIdentity.h"
#include "core/sync/exchange/InboxRepository.h"
#include "core/sync/org/Organisation.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/sync/SyncUiFixture.h"
#include "ui/AppWindow.h"
#include "ui/MainWindow.h"
#include "ui/models/VisitListModel.h"
#include "ui/nav/SyncInboxPage.h"
#include "ui/nav/VisitsPage.h"
#include "ui/nav/Workspace.h"
#include "ui/sync/InboxModel.h"
#include "ui/sync/SyncStatusText.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace std::chrono_literals;

namespace {

SyncInboxPage* inboxOf(MainWindow& window)
{
    return static_cast<SyncInboxPage*>(window.workspace()->sectionPage(Navigator::SyncInbox));
}

// A file in `recipient`'s mailbox that claims to come from `sender` but is no bundle.
void dropDamagedBundle(const QString& mailbox, const OrgDevice& recipient, const OrgDevice& sender)
{
    const QString folder = mailbox + QStringLiteral("/to-") + recipient.id();
    REQUIRE(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/%1-0000000001-90-90.vgb").arg(sender.id()));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
}

} // namespace

TEST_CASE("A sync between two vaults over a folder updates the status bar, inbox and pages",
          "[syncui]")
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    OrgDevice& coordinator = (*org)[0];
    OrgDevice& lead = (*org)[1];
    auto mailbox = tempDir();
    useFolder(coordinator, mailbox->path());
    useFolder(lead, mailbox->path());
    makeVisit(lead, org->placeId, {{&lead, QStringLiteral("lead")}});

    MainWindow sender(*lead.vault);
    CHECK(sender.sync()->status().state == SyncStatus::State::Ready);
    syncAndWait(*sender.sync());
    REQUIRE(sender.sync()->status().error == QString());
    CHECK(sender.sync()->status().state == SyncStatus::State::Synced);
    CHECK(sender.sync()->status().sent >= 1);

    MainWindow window(*coordinator.vault);
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    SyncStatusWidget* status = window.syncStatus();
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("Not synced yet"));
    VisitListModel* visits = window.workspace()->visitsPage()->model();
    CHECK(visits->rowCount() == 0);
    SyncInboxPage* inbox = inboxOf(window);
    CHECK(inbox->model()->rowCount() == 0);
    dropDamagedBundle(mailbox->path(), coordinator, lead);

    syncAndWait(*window.sync());
    const SyncStatus& s = window.sync()->status();
    REQUIRE(s.error == QString());
    CHECK(s.state == SyncStatus::State::Synced);
    CHECK(s.received == 1);
    CHECK(s.quarantined == 1);
    const QString expected = QStringLiteral("Synced at %1 (1 received, 1 quarantined)")
                                 .arg(SyncStatusText::when(s.finishedAt));
    CHECK(status->text() == expected);
    CHECK(status->accessibleName() == QStringLiteral("Sync status: ") + expected);
    CHECK(status->toolTip().contains(s.summary));

    // The inbox lists both bundles, the refused one with its plain reason.
    REQUIRE(inbox->model()->rowCount() == 2);
    int quarantined = -1;
    for (int row = 0; row < 2; ++row) {
        if (inbox->model()->entry(row).state == QLatin1StringView(InboxEntry::kQuarantined))
            quarantined = row;
    }
    REQUIRE(quarantined >= 0);
    const auto cell = [&](int row, int column) {
        return inbox->model()->index(row, column).data().toString();
    };
    CHECK(cell(quarantined, InboxModel::StateColumn) == QStringLiteral("Quarantined"));
    // A file too damaged to name its sender.
    CHECK(cell(quarantined, InboxModel::SenderColumn) == QStringLiteral("Unknown device"));
    CHECK_FALSE(cell(quarantined, InboxModel::ReasonColumn).isEmpty());
    const int imported = 1 - quarantined;
    CHECK(cell(imported, InboxModel::StateColumn) == QStringLiteral("Imported"));
    CHECK(cell(imported, InboxModel::SenderColumn) == QStringLiteral("Device 1"));
    CHECK(cell(imported, InboxModel::ReasonColumn) == QString());
    CHECK(inbox->statusText() == expected);
    CHECK(inbox->summaryText().contains(s.summary));

    // The visits page shows the visit that came in, as after an edit.
    CHECK(waitUntil([&] { return visits->rowCount() == 1; }, 5000));

    // Clicking the status opens the inbox.
    window.goTo(Navigator::Places);
    click(status);
    CHECK(window.workspace()->currentWidget() == inbox);
}

TEST_CASE("A missing sync folder gives a plain message and a retry with backoff", "[syncui]")
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    OrgDevice& lead = (*org)[1];
    auto media = tempDir();
    // The stick's mount point is gone: nothing can be made there.
    const QString stick = media->filePath(QStringLiteral("STICK/vigil"));
    useFolder(lead, stick, true);

    MainWindow window(*lead.vault);
    SyncController* sync = window.sync();
    REQUIRE(sync->isAutomatic());
    CHECK(sync->scheduledDelay() == SyncController::kStartDelay);

    syncAndWait(*sync);
    CHECK(sync->status().state == SyncStatus::State::Failed);
    CHECK(sync->status().error.contains(QStringLiteral("is not available")));
    CHECK(window.syncStatus()->toolTip().contains(
        QStringLiteral("Sync failed at %1: ").arg(SyncStatusText::when(sync->status().finishedAt)) +
        sync->status().error));
    CHECK(sync->failures() == 1);
    REQUIRE(sync->scheduledDelay());
    CHECK(*sync->scheduledDelay() >= 96s);
    CHECK(*sync->scheduledDelay() <= 144s);

    syncAndWait(*sync);
    CHECK(sync->failures() == 2);
    REQUIRE(sync->scheduledDelay());
    CHECK(*sync->scheduledDelay() >= 192s);
    CHECK(*sync->scheduledDelay() <= 288s);

    // The stick is back: the next run succeeds and the regular interval returns.
    REQUIRE(QDir().mkpath(media->filePath(QStringLiteral("STICK"))));
    syncAndWait(*sync);
    CHECK(sync->status().state == SyncStatus::State::Synced);
    CHECK(sync->failures() == 0);
    CHECK(sync->scheduledDelay() == SyncBackoff::kRegular);
}

TEST_CASE("An automatic run skips a sync folder whose medium is absent", "[syncui]")
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    OrgDevice& lead = (*org)[1];
    auto media = tempDir();
    useFolder(lead, media->filePath(QStringLiteral("STICK/vigil")), true);
    const auto runAs = [&](bool automatic) {
        auto connection = attachmentjobs::connectionFor(*lead.vault);
        REQUIRE(connection.ok());
        REQUIRE(syncjobs::claimRun());
        return syncjobs::run({std::move(*connection), lead.vault->path(), automatic, {}},
                             std::make_shared<std::atomic_bool>(false),
                             std::make_shared<syncjobs::ProgressBox>());
    };
    const syncjobs::Outcome automatic = runAs(true);
    CHECK(automatic.skipped);
    CHECK_FALSE(automatic.error);
    const syncjobs::Outcome asked = runAs(false);
    CHECK_FALSE(asked.skipped);
    REQUIRE(asked.error);
    CHECK(asked.error->kind == ErrorKind::NotFound);
    CHECK_FALSE(syncjobs::isRunning());
}

TEST_CASE("Locking during a sync does not wait for it and cancels it", "[syncui][privacy]")
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    OrgDevice& lead = (*org)[1];
    auto mailbox = tempDir();
    useFolder(lead, mailbox->path());
    makeVisit(lead, org->placeId, {{&lead, QStringLiteral("lead")}});
    const QString path = lead.vault->path();
    lead.vault->lock();

    auto gate = std::make_shared<GateTransport::Gate>();
    // Whatever happens below, the job is let go before the test ends.
    const std::unique_ptr<void, std::function<void(void*)>> releaseAtEnd(
        gate.get(), [gate](void*) { gate->release(); });
    AppWindow window(path, fastKdf());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    submitUnlock(window.lockScreen(), "pass");
    REQUIRE(waitUntil([&] { return window.mainWindow() != nullptr; }));
    SyncController* sync = window.mainWindow()->sync();
    sync->setTransportFactory(GateTransport::factory(gate));
    sync->syncNow();
    REQUIRE(waitUntil([&] { return gate->entered.load(); }));
    CHECK(window.mainWindow()->syncStatus()->text().startsWith(QStringLiteral("Syncing…")));

    QElapsedTimer clock;
    clock.start();
    window.lock();
    CHECK(clock.elapsed() < 1000);
    CHECK(window.isLocked());
    CHECK(syncjobs::isRunning()); // still inside the transport, on its own connection

    gate->release();
    REQUIRE(waitUntil([] { return !syncjobs::isRunning(); }));
    CHECK(gate->puts.load() == 0); // cancelled before it sent anything
    CHECK(QDir(mailbox->path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 1);

    // Unlocked again, the vault syncs as before.
    submitUnlock(window.lockScreen(), "pass");
    REQUIRE(waitUntil([&] { return window.mainWindow() != nullptr; }));
    syncAndWait(*window.mainWindow()->sync());
    CHECK(window.mainWindow()->sync()->status().state == SyncStatus::State::Synced);
    CHECK(window.mainWindow()->sync()->status().sent >= 1);
}

TEST_CASE("The coordinator's sync takes in enrolment requests and lists the bad ones", "[syncui]")
{
    auto dirs = tempDir();
    auto coordinator =
        Vault::create(dirs->filePath(QStringLiteral("c")), secret("pass"), fastKdf());
    auto device = Vault::create(dirs->filePath(QStringLiteral("d")), secret("pass"), fastKdf());
    REQUIRE(coordinator.ok());
    REQUIRE(device.ok());
    Vault& c = *coordinator->vault;
    Vault& d = *device->vault;
    const QString mailbox = dirs->filePath(QStringLiteral("mailbox"));
    REQUIRE(Organisation(c).create(QStringLiteral("NPM"), QStringLiteral("Office")).ok());
    REQUIRE(TransportSettingsStore(c.database())
                .save({QStringLiteral("folder"), mailbox, {}, {}, false}, nullptr)
                .ok());
    Organisation::InvitationRequest invite;
    invite.role = QStringLiteral("monitor");
    invite.label = QStringLiteral("Amina");
    auto invitation = Organisation(c).invite(invite);
    REQUIRE(invitation.ok());
    // As the join dialog does: the request waits in the vault for the next sync.
    auto request = Organisation(d).join(*invitation, QStringLiteral("Amina's laptop"));
    REQUIRE(request.ok());
    auto identity = DeviceIdentity::ensure(d.database());
    REQUIRE(identity.ok());
    const QString requestPath = SyncSession::enrolmentRequestPath(d.path(), identity->id());
    REQUIRE(QDir().mkpath(QFileInfo(requestPath).path()));
    QFile file(requestPath);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(*request);
    file.close();

    {
        MainWindow member(d);
        CHECK(member.sync()->status().state == SyncStatus::State::Ready);
        syncAndWait(*member.sync());
        REQUIRE(member.sync()->status().error == QString());
    }
    CHECK_FALSE(QFile::exists(requestPath)); // delivered once

    // Someone else's garbage in the coordinator's mailbox.
    auto self = DeviceIdentity::ensure(c.database());
    REQUIRE(self.ok());
    const QString bad = QStringLiteral("enrol-%1.vge").arg(QString(32, QLatin1Char('e')));
    QFile garbage(mailbox + QStringLiteral("/to-") + self->id() + QLatin1Char('/') + bad);
    REQUIRE(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a request");
    garbage.close();

    MainWindow window(c);
    QSignalSpy received(window.sync(), &SyncController::enrolmentsReceived);
    syncAndWait(*window.sync());
    const SyncStatus& s = window.sync()->status();
    REQUIRE(s.error == QString());
    REQUIRE(received.size() == 1);
    CHECK(received.at(0).at(0).toInt() == 1);
    auto pending = Organisation(c).enrolments();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().deviceId == identity->id());
    CHECK(pending->first().name == QStringLiteral("Amina's laptop"));
    REQUIRE(s.enrolmentErrors.size() == 1);
    CHECK(s.enrolmentErrors.first().startsWith(bad + QStringLiteral(": ")));
    CHECK(window.syncStatus()->toolTip().contains(s.enrolmentErrors.first()));
    CHECK(inboxOf(window)->summaryText().contains(s.enrolmentErrors.first()));
    // Taken in or refused, no request is left to be asked twice.
    CHECK(QDir(c.path() + QStringLiteral("/sync/requests")).entryList(QDir::Files).isEmpty());
}
