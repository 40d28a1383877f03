#include "ui/lock/LockScreen.h"

#include "core/crypto/PassphraseStrength.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/lock/StrengthMeter.h"

#include <QApplication>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

QString vaultPath(const QTemporaryDir& dir)
{
    return dir.path() + QStringLiteral("/vault");
}

} // namespace

TEST_CASE("LockScreen offers creation where there is no vault", "[ui][lock]")
{
    auto dir = tempDir();
    LockScreen screen(vaultPath(*dir), fastKdf());
    CHECK(screen.mode() == LockScreen::Mode::Create);
    CHECK_FALSE(childNamed<QLineEdit>(&screen, "confirmEdit")->isHidden());
    CHECK(childNamed<QLineEdit>(&screen, "passphraseEdit")->echoMode() == QLineEdit::Password);
    CHECK(childNamed<QLineEdit>(&screen, "confirmEdit")->echoMode() == QLineEdit::Password);
}

TEST_CASE("LockScreen refuses weak, mismatched and empty passphrases", "[ui][lock]")
{
    auto dir = tempDir();
    const QString path = vaultPath(*dir);
    LockScreen screen(path, fastKdf());
    QSignalSpy unlocked(&screen, &LockScreen::unlocked);
    auto* meter = screen.findChild<StrengthMeter*>();
    REQUIRE(meter);

    SECTION("weak")
    {
        typeInto(childNamed<QLineEdit>(&screen, "passphraseEdit"), "password1");
        CHECK(meter->score() < PassphraseStrength::kMinimumScore);
        submitCreate(&screen, "password1", "password1");
        CHECK(screen.errorText().contains(QStringLiteral("too weak")));
    }
    SECTION("mismatch")
    {
        submitCreate(&screen, kGoodPassphrase, "orbit lantern cobalt meadow sixty-one");
        CHECK(screen.errorText().contains(QStringLiteral("do not match")));
        CHECK(childNamed<QLineEdit>(&screen, "confirmEdit")->text().isEmpty());
    }
    SECTION("empty")
    {
        submitCreate(&screen, "", "");
        CHECK(screen.errorText().contains(QStringLiteral("Enter a passphrase")));
    }
    CHECK_FALSE(screen.isBusy());
    CHECK(screen.mode() == LockScreen::Mode::Create);
    QTest::qWait(20); // let anything queued run: still nothing created
    CHECK_FALSE(Vault::existsAt(path));
    CHECK(unlocked.isEmpty());
}

TEST_CASE("LockScreen strength meter follows the passphrase", "[ui][lock]")
{
    auto dir = tempDir();
    LockScreen screen(vaultPath(*dir), fastKdf());
    auto* meter = screen.findChild<StrengthMeter*>();
    REQUIRE(meter);
    CHECK(meter->score() == -1);
    typeInto(childNamed<QLineEdit>(&screen, "passphraseEdit"), "abc");
    CHECK(meter->score() < PassphraseStrength::kMinimumScore);
    typeInto(childNamed<QLineEdit>(&screen, "passphraseEdit"), kGoodPassphrase);
    CHECK(meter->score() >= PassphraseStrength::kMinimumScore);
    CHECK_FALSE(meter->text().isEmpty());
}

TEST_CASE("LockScreen creates a vault off the UI thread and shows the recovery key", "[ui][lock]")
{
    auto dir = tempDir();
    const QString path = vaultPath(*dir);
    LockScreen screen(path, fastKdf());
    QSignalSpy unlocked(&screen, &LockScreen::unlocked);

    submitCreate(&screen, kGoodPassphrase, kGoodPassphrase, "Field team");
    // The click returns at once; the form waits, disabled, for the worker.
    CHECK(screen.isBusy());
    CHECK_FALSE(childNamed<QLineEdit>(&screen, "passphraseEdit")->isEnabled());
    CHECK_FALSE(childNamed<QAbstractButton>(&screen, "submitButton")->isEnabled());
    CHECK(childNamed<QWidget>(&screen, "busyBar")->isVisibleTo(&screen));

    confirmRecoveryKey(&screen);
    REQUIRE(unlocked.count() == 1);
    std::unique_ptr<Vault> vault = screen.takeVault();
    REQUIRE(vault);
    CHECK(vault->info()->name == QStringLiteral("Field team"));
    CHECK(Vault::existsAt(path));
    CHECK(childNamed<QLineEdit>(&screen, "passphraseEdit")->text().isEmpty());
    vault->lock();
}

TEST_CASE("LockScreen unlock: a wrong passphrase is reported and nothing else changes",
          "[ui][lock]")
{
    auto dir = tempDir();
    const QString path = vaultPath(*dir);
    {
        auto created = Vault::create(path, secret(kGoodPassphrase), fastKdf(), QStringLiteral("V"));
        REQUIRE(created.ok());
        created->vault->lock();
    }
    const auto before = hashTree(path);

    LockScreen screen(path, fastKdf());
    screen.show();
    screen.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    REQUIRE(screen.mode() == LockScreen::Mode::Unlock);
    CHECK(childNamed<QLineEdit>(&screen, "confirmEdit")->isHidden());
    QSignalSpy unlocked(&screen, &LockScreen::unlocked);
    auto* field = childNamed<QLineEdit>(&screen, "passphraseEdit");

    submitUnlock(&screen, "not the passphrase at all");
    CHECK(screen.isBusy());
    REQUIRE(waitUntil([&] { return !screen.isBusy(); }));
    CHECK_FALSE(screen.errorText().isEmpty());
    CHECK(field->text().isEmpty());
    CHECK(field->isEnabled());
    CHECK(field->hasFocus());
    CHECK(unlocked.isEmpty());
    CHECK(screen.mode() == LockScreen::Mode::Unlock);
    CHECK(hashTree(path) == before);

    submitUnlock(&screen, kGoodPassphrase);
    REQUIRE(waitUntil([&] { return unlocked.count() == 1; }));
    auto vault = screen.takeVault();
    REQUIRE(vault);
    CHECK(vault->isOpen());
    vault->lock();
}
