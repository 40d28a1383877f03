#include "ui/AppWindow.h"

#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/IdleWatcher.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
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

TEST_CASE("AppWindow locks over a dialog's exec() and tears down once it returned",
          "[ui][app][privacy]")
{
    auto dir = tempDir();
    AppWindow window(dir->path() + QStringLiteral("/vault"), fastKdf());
    showActive(window);
    createThroughUi(window);
    QPointer<MainWindow> main = window.mainWindow();
    // A confirmation as the visit header asks it: a message box on the stack,
    // its parent deep in the main window, run by exec().
    auto* owner = new QWidget(main);
    bool stillThereAfterExec = false;
    int result = -1;
    SECTION("Ctrl+L, which a modal dialog keeps from the menu's shortcut")
    {
        QTimer::singleShot(50, [] {
            QWidget* modal = QApplication::activeModalWidget();
            REQUIRE(modal != nullptr);
            QTest::keyClick(modal, Qt::Key_L, Qt::ControlModifier);
        });
    }
    SECTION("the idle timeout")
    {
        window.setIdleTimeout(100ms);
        window.idleWatcher()->start();
    }
    // Should the lock not close it, the test fails instead of hanging.
    QTimer fallback;
    fallback.setSingleShot(true);
    QObject::connect(&fallback, &QTimer::timeout, [] {
        if (QWidget* modal = QApplication::activeModalWidget())
            modal->close();
    });
    fallback.start(10000);
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Move the visit"),
                        QStringLiteral("Move it?"), QMessageBox::Yes | QMessageBox::Cancel, owner);
        result = box.exec();
        // The frame that ran exec() is still here, and so is what it uses.
        stillThereAfterExec = !main.isNull() && owner->parentWidget() == main;
    }
    CHECK(result != QMessageBox::Yes); // as if cancelled
    CHECK(stillThereAfterExec);
    CHECK(window.isLocked());
    CHECK(window.mainWindow() == nullptr);
    CHECK(window.lockScreen()->isVisible());
    REQUIRE(waitUntil([&] { return main.isNull(); }));
}

TEST_CASE("AppWindow defers the teardown under any nested event loop, and twice in a row",
          "[ui][app][privacy]")
{
    auto dir = tempDir();
    AppWindow window(dir->path() + QStringLiteral("/vault"), fastKdf());
    showActive(window);
    createThroughUi(window);
    QPointer<MainWindow> first = window.mainWindow();
    {
        // A loop of its own with no dialog of the main window to find (as a
        // native file dialog runs one), its caller inside the main window.
        auto* caller = new QWidget(first);
        QEventLoop loop;
        QTimer::singleShot(0, &loop, [&] {
            window.lock();
            loop.quit();
        });
        loop.exec();
        CHECK(window.isLocked());
        CHECK(!first.isNull()); // still here for the frame that ran the loop
        CHECK(caller->parentWidget() == first);
    }
    REQUIRE(waitUntil([&] { return first.isNull(); }));

    // Unlock and lock again while another teardown would still be pending.
    submitUnlock(window.lockScreen(), kGoodPassphrase);
    REQUIRE(waitUntil([&] { return window.mainWindow() && window.mainWindow()->isVisible(); }));
    QPointer<MainWindow> second = window.mainWindow();
    QEventLoop loop;
    QTimer::singleShot(0, &loop, [&] {
        window.lock();
        loop.quit();
    });
    loop.exec();
    CHECK(!second.isNull());
    REQUIRE(waitUntil([&] { return second.isNull(); }));
    CHECK(window.isLocked());
}
