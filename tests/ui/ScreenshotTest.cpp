// Renders the shell's screens to PNG for review and for packaging/screenshots.
// Runs only when VIGIL_SCREENSHOT_DIR names a folder:
//   VIGIL_SCREENSHOT_DIR=/tmp/shots vigil_ui_tests "[screenshot]"
#include "core/crypto/RecoveryKey.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/sync/SyncUiFixture.h"
#include "ui/UiTranslations.h"
#include "ui/sync/SyncSettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

QString screenshotDir()
{
    return qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
}

void save(QWidget& widget, const QString& dir, const char* name)
{
    QTest::qWait(30); // let layouts and the busy bar settle; not waiting for work
    const QString file =
        dir + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".png");
    REQUIRE(widget.grab().save(file));
}

void renderShell(const QString& out, const char* suffix)
{
    auto dir = tempDir();
    AppWindow window(dir->path() + QStringLiteral("/vault"), fastKdf());
    window.resize(900, 640);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto name = [suffix](const char* base) {
        return QByteArray(base) + suffix;
    };

    LockScreen* lock = window.lockScreen();
    typeInto(childNamed<QLineEdit>(lock, "nameEdit"), "Northern region visits");
    typeInto(childNamed<QLineEdit>(lock, "passphraseEdit"), kGoodPassphrase);
    typeInto(childNamed<QLineEdit>(lock, "confirmEdit"), "orbit lantern");
    click(childNamed<QAbstractButton>(lock, "submitButton"));
    save(window, out, name("lock-create").constData());

    typeInto(childNamed<QLineEdit>(lock, "confirmEdit"), kGoodPassphrase);
    click(childNamed<QAbstractButton>(lock, "submitButton"));
    // The busy state, grabbed before the event loop can deliver the result.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    REQUIRE(window.grab().save(out + QLatin1Char('/') + QString::fromLatin1(name("lock-busy")) +
                               QStringLiteral(".png")));
    RecoveryKeyDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] { return (dialog = lock->findChild<RecoveryKeyDialog*>()) != nullptr; }));
    save(*dialog, out, name("recovery-key").constData());
    confirmRecoveryKey(lock);
    REQUIRE(waitUntil([&] { return window.mainWindow() != nullptr; }));
    window.mainWindow()->setLockCountdown(299);
    save(window, out, name("main-window").constData());

    window.lock();
    submitUnlock(lock, "a wrong guess");
    REQUIRE(waitUntil([&] { return !lock->isBusy(); }));
    save(window, out, name("lock-unlock").constData());
}

// The sync inbox of a coordinator after a sync that imported a lead's
// bundle and quarantined a damaged file, and the sync settings dialog.
void renderSync(const QString& out, const char* suffix)
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    OrgDevice& coordinator = (*org)[0];
    OrgDevice& lead = (*org)[1];
    auto mailbox = tempDir();
    useFolder(coordinator, mailbox->path(), true);
    useFolder(lead, mailbox->path(), true);
    makeVisit(lead, org->placeId, {{&lead, QStringLiteral("lead")}});
    {
        MainWindow sender(*lead.vault);
        syncAndWait(*sender.sync());
    }
    const QString folder = mailbox->path() + QStringLiteral("/to-") + coordinator.id();
    QFile damaged(folder + QStringLiteral("/%1-0000000001-90-90.vgb").arg(lead.id()));
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();

    MainWindow window(*coordinator.vault);
    window.resize(1100, 640);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setLockCountdown(299);
    syncAndWait(*window.sync());
    window.goTo(Navigator::SyncInbox);
    const auto name = [suffix](const char* base) {
        return QByteArray(base) + suffix;
    };
    save(window, out, name("sync-inbox").constData());

    SyncSettingsDialog dialog(window.context());
    auto* kind = childNamed<QComboBox>(&dialog, "transportKindCombo");
    kind->setCurrentIndex(kind->findData(QStringLiteral("webdav")));
    childNamed<QLineEdit>(&dialog, "serverUrlEdit")
        ->setText(QStringLiteral("https://cloud.example.org/remote.php/dav/files/npm-sync/vigil/"));
    childNamed<QLineEdit>(&dialog, "userEdit")->setText(QStringLiteral("npm-sync"));
    childNamed<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("placeholder"));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    save(dialog, out, name("sync-settings").constData());
}

} // namespace

TEST_CASE("Screenshots of the lock screen and main window", "[screenshot]")
{
    const QString out = screenshotDir();
    if (out.isEmpty())
        SKIP("VIGIL_SCREENSHOT_DIR is not set");
    REQUIRE(QDir().mkpath(out));

    renderShell(out, "");

    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    renderShell(out, "-rtl");
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("Screenshots of the sync inbox and settings", "[screenshot]")
{
    const QString out = screenshotDir();
    if (out.isEmpty())
        SKIP("VIGIL_SCREENSHOT_DIR is not set");
    REQUIRE(QDir().mkpath(out));
    QObject translators; // as the application loads them: English plural forms
    installTranslators(&translators);

    renderSync(out, "");
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    renderSync(out, "-rtl");
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}
