#include "ui/UiSettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace vigil {

namespace {
constexpr int kMinIdleMinutes = 1;
constexpr int kMaxIdleMinutes = 240;

QString idleKey()
{
    return QStringLiteral("security/idleLockMinutes");
}
QString languageKey()
{
    return QStringLiteral("ui/language");
}
QString geometryKey()
{
    return QStringLiteral("window/geometry");
}
QString mainStateKey()
{
    return QStringLiteral("window/mainState");
}
QString splitterKey()
{
    return QStringLiteral("window/splitter");
}
} // namespace

std::chrono::minutes UiSettings::idleLockTimeout()
{
    bool ok = false;
    const int minutes = QSettings().value(idleKey()).toInt(&ok);
    if (!ok || minutes < kMinIdleMinutes || minutes > kMaxIdleMinutes)
        return kDefaultIdleLock;
    return std::chrono::minutes(minutes);
}

void UiSettings::setIdleLockTimeout(std::chrono::minutes timeout)
{
    const auto minutes = std::clamp<qint64>(timeout.count(), kMinIdleMinutes, kMaxIdleMinutes);
    QSettings().setValue(idleKey(), int(minutes));
}

QString UiSettings::language()
{
    // Only a plain language code is honoured: a hand-edited value cannot
    // load a file from elsewhere.
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    const QString value = QSettings().value(languageKey()).toString();
    return code.match(value).hasMatch() ? value : QString();
}

void UiSettings::setLanguage(const QString& code)
{
    if (code.isEmpty())
        QSettings().remove(languageKey());
    else
        QSettings().setValue(languageKey(), code);
}

QByteArray UiSettings::windowGeometry()
{
    return QSettings().value(geometryKey()).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(geometryKey(), geometry);
}

QByteArray UiSettings::mainWindowState()
{
    return QSettings().value(mainStateKey()).toByteArray();
}

void UiSettings::setMainWindowState(const QByteArray& state)
{
    QSettings().setValue(mainStateKey(), state);
}

QByteArray UiSettings::splitterState()
{
    return QSettings().value(splitterKey()).toByteArray();
}

void UiSettings::setSplitterState(const QByteArray& state)
{
    QSettings().setValue(splitterKey(), state);
}

} // namespace vigil
