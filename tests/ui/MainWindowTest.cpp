#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"

#include <QMessageBox>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

TEST_CASE("MainWindow formats the lock countdown as minutes and seconds", "[ui][main]")
{
    CHECK(MainWindow::formatCountdown(299) == QStringLiteral("4:59"));
    CHECK(MainWindow::formatCountdown(60) == QStringLiteral("1:00"));
    CHECK(MainWindow::formatCountdown(5) == QStringLiteral("0:05"));
    CHECK(MainWindow::formatCountdown(-3) == QStringLiteral("0:00"));
}

TEST_CASE("MainWindow names the open vault and shows About", "[ui][main]")
{
    auto dir = tempDir();
    auto created = Vault::create(dir->path() + QStringLiteral("/v"), secret(kGoodPassphrase),
                                 fastKdf(), QStringLiteral("Harbour"));
    REQUIRE(created.ok());
    {
        MainWindow window(*created->vault);
        CHECK(childNamed<QLabel>(&window, "openVaultLabel")
                  ->text()
                  .contains(QStringLiteral("Harbour")));
        window.setLockCountdown(299);
        CHECK(window.lockCountdownText() == QStringLiteral("Locks in 4:59"));

        window.show();
        childNamed<QAction>(&window, "aboutAction")->trigger();
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral(VIGIL_VERSION_STRING)));
        CHECK(box->informativeText().contains(QString::fromLatin1(qVersion())));
    }
    created->vault->lock();
}
