#include "ui/AppWindow.h"
#include "ui/IdleWatcher.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/UiSettings.h"
#include "ui/UiTranslations.h"
#include "ui/privacy/InactiveShield.h"
#include "ui/privacy/PrivacySettings.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <catch2/catch_test_macros.hpp>

using namespace std::chrono_literals;
using namespace vigil;
using namespace vigil::test;

namespace {

// Leaves the settings as the other tests expect them.
struct CleanSettings
{
    CleanSettings() { clear(); }
    ~CleanSettings() { clear(); }
    static void clear()
    {
        QSettings settings;
        for (const char* key : {"ui/language", "security/idleLockMinutes",
                                "privacy/shieldWhenInactive"})
            settings.remove(QString::fromLatin1(key));
    }
};

} // namespace

TEST_CASE("Preferences: language, lock time and shield, applied by the window",
          "[ui][settings]")
{
    const CleanSettings clean;
    auto dir = tempDir();
    AppWindow window(dir->path() + QStringLiteral("/vault"), fastKdf());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    createThroughUi(window);
    MainWindow* main = window.mainWindow();
    auto* shield = window.findChild<InactiveShield*>();
    REQUIRE(shield);
    CHECK_FALSE(shield->isShieldEnabled());

    childNamed<QAction>(main, "preferencesAction")->trigger();
    PreferencesDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = main->findChild<PreferencesDialog*>();
        return dialog && dialog->isVisible();
    }));
    // Every control named for screen readers.
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        // A spin box's inner line edit is announced as the spin box.
        if (w->focusPolicy() != Qt::NoFocus && w->isVisible() &&
            !qobject_cast<QAbstractSpinBox*>(w->parentWidget())) {
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE((w->accessibleName().isEmpty() &&
                         !qobject_cast<QAbstractButton*>(w)));
        }
    }
    auto* language = childNamed<QComboBox>(dialog, "languageCombo");
    CHECK(language->count() == 1 + vigilLanguages().size());
    CHECK(language->currentData().toString().isEmpty()); // follows the system
    CHECK(language->findText(QStringLiteral("Français")) >= 0); // in its own name
    CHECK(language->findText(QStringLiteral("العربية")) >= 0);
    auto* note = childNamed<QLabel>(dialog, "languageNote");
    CHECK(note->isHidden());
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    CHECK(note->isVisible()); // takes effect at the next start
    childNamed<QSpinBox>(dialog, "idleMinutesSpin")->setValue(12);
    childNamed<QCheckBox>(dialog, "shieldCheck")->setChecked(true);
    click(childNamed<QAbstractButton>(dialog, "preferencesOkButton"));

    CHECK(UiSettings::language() == QStringLiteral("fr"));
    CHECK(UiSettings::idleLockTimeout() == 12min);
    CHECK(PrivacySettings::shieldWhenInactive());
    // Applied at once, without a restart.
    CHECK(window.idleWatcher()->interval() == 12min);
    CHECK(shield->isShieldEnabled());
}

TEST_CASE("Preferences: a hand-edited language setting cannot name a path", "[ui][settings]")
{
    const CleanSettings clean;
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("../../tmp/evil"));
    CHECK(UiSettings::language().isEmpty());
    UiSettings::setLanguage(QStringLiteral("zh_CN"));
    CHECK(UiSettings::language() == QStringLiteral("zh_CN"));
    UiSettings::setLanguage(QString());
    CHECK(UiSettings::language().isEmpty());
}
