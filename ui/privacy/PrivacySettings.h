#pragma once

namespace vigil {

// Privacy preferences kept in QSettings next to UiSettings' (harmless
// switches only, never anything from the vault).
class PrivacySettings
{
public:
    // Cover the window while another application is active; default off.
    static bool shieldWhenInactive();
    static void setShieldWhenInactive(bool on);
};

} // namespace vigil
