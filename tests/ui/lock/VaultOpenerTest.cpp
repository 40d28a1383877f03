#include "ui/lock/VaultOpener.h"

#include "tests/support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

TEST_CASE("VaultOpener creates and opens off the UI thread, reporting the error kind", "[ui][lock]")
{
    auto dir = tempDir();
    const QString path = dir->path() + QStringLiteral("/vault");
    VaultOpener opener;
    QSignalSpy succeeded(&opener, &VaultOpener::succeeded);
    QSignalSpy failed(&opener, &VaultOpener::failed);

    opener.create(path, secret("orbit lantern cobalt meadow"), fastKdf(), QStringLiteral("N"));
    CHECK(opener.isRunning());
    REQUIRE(QTest::qWaitFor([&] { return !opener.isRunning(); }, 20000));
    REQUIRE(succeeded.count() == 1);
    CHECK_FALSE(opener.takeRecoveryKey().isEmpty());
    auto vault = opener.takeVault();
    REQUIRE(vault);
    vault->lock();
    vault.reset();

    opener.open(path, secret("wrong"));
    REQUIRE(QTest::qWaitFor([&] { return !opener.isRunning(); }, 20000));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().at(0).value<ErrorKind>() == ErrorKind::WrongPassphrase);
    CHECK_FALSE(failed.first().at(1).toString().isEmpty());
    CHECK_FALSE(opener.takeVault());

    opener.open(path, secret("orbit lantern cobalt meadow"));
    REQUIRE(QTest::qWaitFor([&] { return !opener.isRunning(); }, 20000));
    REQUIRE(succeeded.count() == 2);
    vault = opener.takeVault();
    REQUIRE(vault);
    CHECK(vault->isOpen());
    vault->lock();
}

TEST_CASE("VaultOpener destroyed mid-run leaves the job to finish on its own", "[ui][lock]")
{
    auto dir = tempDir();
    const QString path = dir->path() + QStringLiteral("/vault");
    {
        VaultOpener opener;
        opener.create(path, secret("orbit lantern cobalt meadow"), fastKdf(), QString());
    }
    // The worker still completes; its vault is destroyed with the orphaned future.
    REQUIRE(QThreadPool::globalInstance()->waitForDone(20000));
    CHECK(Vault::existsAt(path));
}
