#include "ui/UiSettings.h"

#include "ui/UiResources.h"

#include <QFile>
#include <QIcon>
#include <QSettings>
#include <catch2/catch_test_macros.hpp>

using namespace std::chrono_literals;
using vigil::UiSettings;

TEST_CASE("UiSettings keeps the idle lock time within bounds", "[ui][settings]")
{
    const QVariant saved = QSettings().value(QStringLiteral("security/idleLockMinutes"));

    QSettings().remove(QStringLiteral("security/idleLockMinutes"));
    CHECK(UiSettings::idleLockTimeout() == 5min);
    UiSettings::setIdleLockTimeout(12min);
    CHECK(UiSettings::idleLockTimeout() == 12min);
    UiSettings::setIdleLockTimeout(0min);
    CHECK(UiSettings::idleLockTimeout() == 1min);
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), QStringLiteral("soon"));
    CHECK(UiSettings::idleLockTimeout() == UiSettings::kDefaultIdleLock);

    if (saved.isValid())
        QSettings().setValue(QStringLiteral("security/idleLockMinutes"), saved);
    else
        QSettings().remove(QStringLiteral("security/idleLockMinutes"));
}

TEST_CASE("The UI library carries its icon and translations", "[ui][resources]")
{
    vigil::ensureUiResources();
    CHECK_FALSE(QIcon(QStringLiteral(":/icons/vigil.svg")).pixmap(32, 32).isNull());
    // Embedded by translations/CMakeLists.txt; main() loads vigil_<locale>.qm from here.
    CHECK(QFile::exists(QStringLiteral(":/i18n/vigil_en.qm")));
}
