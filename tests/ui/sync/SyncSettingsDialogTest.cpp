// Sync > Sync settings: what it stores (in the encrypted database only,
// never a password in QSettings or a log), what it refuses with a plain
// message, and "Test connection" against a real folder.
#include "ui/sync/SyncSettingsDialog.h"

#include "core/sync/exchange/RetentionPolicy.h"
#include "tests/support/CanaryScan.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/sync/SyncUiFixture.h"
#include "ui/MainWindow.h"
#include "ui/UiContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

QStringList g_messages;

void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages << message;
}

void chooseKind(SyncSettingsDialog& dialog, const char* kind)
{
    auto* combo = childNamed<QComboBox>(&dialog, "transportKindCombo");
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(kind)));
}

void type(SyncSettingsDialog& dialog, const char* edit, const QString& text)
{
    childNamed<QLineEdit>(&dialog, edit)->setText(text);
}

} // namespace

TEST_CASE("Sync settings keep the server password in the vault only", "[syncui][privacy]")
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    OrgDevice& lead = (*org)[1];
    const QByteArray canary = makeCanary("webdav-password");
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(&collect);
    {
        MainWindow window(*lead.vault);
        SyncSettingsDialog dialog(window.context());
        CHECK(unnamedControls(&dialog) == QStringList());
        chooseKind(dialog, "webdav");
        type(dialog, "serverUrlEdit", QStringLiteral("https://cloud.example.org/dav/npm/"));
        type(dialog, "userEdit", QStringLiteral("npm-sync"));
        type(dialog, "passwordEdit", QString::fromLatin1(canary));
        type(dialog, "pinEdit", QString(64, QLatin1Char('a')));
        childNamed<QCheckBox>(&dialog, "retentionCheck")->setChecked(true);
        childNamed<QCheckBox>(&dialog, "automaticCheck")->setChecked(false);
        QSignalSpy saved(&dialog, &SyncSettingsDialog::saved);
        dialog.accept();
        CHECK(dialog.errorText() == QString());
        CHECK(saved.size() == 1);
        CHECK(childNamed<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
        window.sync()->reload();
        CHECK_FALSE(window.sync()->isAutomatic());
    }
    qInstallMessageHandler(previous);

    auto stored = TransportSettingsStore(lead.db()).load();
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->isWebDav());
    CHECK((*stored)->location == QStringLiteral("https://cloud.example.org/dav/npm/"));
    CHECK((*stored)->username == QStringLiteral("npm-sync"));
    CHECK((*stored)->pin == QByteArray(32, char(0xaa)));
    CHECK_FALSE((*stored)->automatic);
    auto password = TransportSettingsStore(lead.db()).password();
    REQUIRE(password.ok());
    CHECK(QByteArray(password->chars(), qsizetype(password->size())) == canary);
    CHECK(*RetentionPolicy::enabled(lead.db()));

    QSettings().sync();
    const QStringList places{
        lead.vault->path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
    CHECK(scanForCanaries(places, {canary}) == QStringList());
    CHECK(g_messages.filter(QString::fromLatin1(canary)) == QStringList());

    SECTION("an empty password field keeps the stored one")
    {
        MainWindow window(*lead.vault);
        SyncSettingsDialog dialog(window.context());
        CHECK(childNamed<QComboBox>(&dialog, "transportKindCombo")->currentData() ==
              QStringLiteral("webdav"));
        CHECK(childNamed<QLineEdit>(&dialog, "pinEdit")->text() == QString(64, QLatin1Char('a')));
        CHECK(childNamed<QCheckBox>(&dialog, "retentionCheck")->isChecked());
        dialog.accept();
        auto kept = TransportSettingsStore(lead.db()).password();
        REQUIRE(kept.ok());
        CHECK(QByteArray(kept->chars(), qsizetype(kept->size())) == canary);
    }
    SECTION("a folder clears it")
    {
        MainWindow window(*lead.vault);
        SyncSettingsDialog dialog(window.context());
        chooseKind(dialog, "folder");
        auto folder = tempDir();
        type(dialog, "folderEdit", folder->path());
        dialog.accept();
        CHECK(dialog.errorText() == QString());
        auto cleared = TransportSettingsStore(lead.db()).password();
        REQUIRE(cleared.ok());
        CHECK(cleared->isEmpty());
    }
}

TEST_CASE("Sync settings refuse what cannot work, with a plain message", "[syncui]")
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    MainWindow window(*(*org)[1].vault);
    SyncSettingsDialog dialog(window.context());
    dialog.show();
    QSignalSpy saved(&dialog, &SyncSettingsDialog::saved);

    chooseKind(dialog, "folder");
    CHECK(childNamed<QLineEdit>(&dialog, "folderEdit")->isVisible());
    CHECK_FALSE(childNamed<QLineEdit>(&dialog, "serverUrlEdit")->isVisible());
    type(dialog, "folderEdit", QStringLiteral("relative/stick"));
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("full path")));

    chooseKind(dialog, "webdav");
    CHECK_FALSE(childNamed<QLineEdit>(&dialog, "folderEdit")->isVisible());
    CHECK(childNamed<QLineEdit>(&dialog, "passwordEdit")->echoMode() == QLineEdit::Password);
    type(dialog, "serverUrlEdit", QStringLiteral("http://cloud.example.org/dav/"));
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("https://")));

    type(dialog, "serverUrlEdit", QStringLiteral("https://cloud.example.org/dav/"));
    type(dialog, "pinEdit", QStringLiteral("not a pin"));
    dialog.accept();
    CHECK(dialog.errorText().contains(QStringLiteral("64 hexadecimal digits")));
    CHECK_FALSE(dialog.testConnection());

    // A pin as a browser shows it, in pairs with colons, is accepted.
    QStringList pairs;
    for (int i = 0; i < 32; ++i)
        pairs << QStringLiteral("0F");
    type(dialog, "pinEdit", pairs.join(QLatin1Char(':')));
    CHECK(dialog.typedSettings().pin == QByteArray(32, char(0x0f)));
    CHECK(saved.isEmpty());
    CHECK(TransportSettingsStore((*org)[1].db()).load()->has_value() == false);
}

TEST_CASE("Test connection tries the settings as typed on a real folder", "[syncui]")
{
    auto org = makeOrg({QStringLiteral("coordinator"), QStringLiteral("lead")});
    MainWindow window(*(*org)[1].vault);
    SyncSettingsDialog dialog(window.context());
    auto media = tempDir();
    chooseKind(dialog, "folder");

    type(dialog, "folderEdit", media->filePath(QStringLiteral("STICK/vigil")));
    REQUIRE(dialog.testConnection());
    REQUIRE(waitUntil([&] { return !dialog.isTesting(); }));
    CHECK(dialog.testResultText().contains(QStringLiteral("is not available")));

    type(dialog, "folderEdit", media->filePath(QStringLiteral("vigil")));
    REQUIRE(dialog.testConnection());
    REQUIRE(waitUntil([&] { return !dialog.isTesting(); }));
    CHECK(dialog.testResultText().startsWith(QStringLiteral("Connected.")));
    CHECK(QDir(media->filePath(QStringLiteral("vigil/to-")) + (*org)[1].id()).exists());
    // Nothing was saved by the test.
    CHECK_FALSE(TransportSettingsStore((*org)[1].db()).load()->has_value());
}
