#include "ui/AppWindow.h"

#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/IdleWatcher.h"

#include <QApplication>
#include <QStatusBar>
#include <catch2/catch_test_macros.hpp>

using namespace std::chrono_literals;
using namespace vigil;
using namespace vigil::test;

namespace {

void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

bool showsLockScreen(const AppWindow& window)
{
    return window.isLocked() && !window.mainWindow() && window.lockScreen()->isVisible();
}

} // namespace

TEST_CASE("AppWindow: create, lock with Ctrl+L, refuse a wrong passphrase, unlock", "[ui][app]")
{
    auto dir = tempDir();
    const QString path = dir->path() + QStringLiteral("/vault");
    AppWindow window(path, fastKdf());
    showActive(window);
    REQUIRE(window.isLocked());
    REQUIRE(window.lockScreen()->mode() == LockScreen::Mode::Create);

    createThroughUi(window, "North team");
    CHECK_FALSE(window.isLocked());
    CHECK(childNamed<QLabel>(window.mainWindow(), "openVaultLabel")
              ->text()
              .contains(QStringLiteral("North team")));
    const QString countdown = window.mainWindow()->lockCountdownText();
    CHECK((countdown == QStringLiteral("Locks in 5:00") ||
           countdown.startsWith(QStringLiteral("Locks in 4:5"))));

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return showsLockScreen(window); }));
    CHECK(window.lockScreen()->mode() == LockScreen::Mode::Unlock);
    CHECK_FALSE(window.idleWatcher()->isActive());

    submitUnlock(window.lockScreen(), "north team wrong guess");
    REQUIRE(waitUntil([&] { return !window.lockScreen()->isBusy(); }));
    CHECK_FALSE(window.lockScreen()->errorText().isEmpty());
    CHECK(window.isLocked());
    CHECK(childNamed<QLineEdit>(window.lockScreen(), "passphraseEdit")->text().isEmpty());

    submitUnlock(window.lockScreen(), kGoodPassphrase);
    REQUIRE(waitUntil([&] { return window.mainWindow() && window.mainWindow()->isVisible(); }));
    CHECK_FALSE(window.isLocked());
    CHECK(window.lockScreen()->errorText().isEmpty());
}

TEST_CASE("AppWindow locks itself after the idle interval", "[ui][app][idle]")
{
    auto dir = tempDir();
    const QString path = dir->path() + QStringLiteral("/vault");
    AppWindow window(path, fastKdf());
    window.setIdleTimeout(400ms);
    showActive(window);
    createThroughUi(window);
    REQUIRE(window.idleWatcher()->isActive());

    REQUIRE(waitUntil([&] { return showsLockScreen(window); }, 10000));
    CHECK(window.lockScreen()->mode() == LockScreen::Mode::Unlock);
    CHECK_FALSE(window.idleWatcher()->isActive());
}

TEST_CASE("AppWindow menu: Vault > Lock and Quit", "[ui][app]")
{
    auto dir = tempDir();
    AppWindow window(dir->path() + QStringLiteral("/vault"), fastKdf());
    showActive(window);
    createThroughUi(window);

    QAction* lockAction = window.mainWindow()->lockAction();
    CHECK(lockAction->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->trigger();
    REQUIRE(waitUntil([&] { return showsLockScreen(window); }));

    submitUnlock(window.lockScreen(), kGoodPassphrase);
    REQUIRE(waitUntil([&] { return window.mainWindow() != nullptr; }));
    childNamed<QAction>(window.mainWindow(), "quitAction")->trigger();
    REQUIRE(waitUntil([&] { return !window.isVisible(); }));
    CHECK(window.isLocked());
}
