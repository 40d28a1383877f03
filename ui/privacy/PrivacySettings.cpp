#include "ui/privacy/PrivacySettings.h"

#include <QSettings>

namespace vigil {

namespace {
QString shieldKey()
{
    return QStringLiteral("privacy/shieldWhenInactive");
}
} // namespace

bool PrivacySettings::shieldWhenInactive()
{
    return QSettings().value(shieldKey(), false).toBool();
}

void PrivacySettings::setShieldWhenInactive(bool on)
{
    QSettings().setValue(shieldKey(), on);
}

} // namespace vigil
