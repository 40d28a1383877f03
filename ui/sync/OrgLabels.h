#pragma once

#include <QCoreApplication>
#include <QString>

namespace vigil {

// Translated words of the organisation screens: device roles, membership and
// enrolment states (core/sync/org/OrgNames.h), and a device named for
// people: its roster name, "this device", or the start of its id.
class OrgLabels
{
    Q_DECLARE_TR_FUNCTIONS(vigil::OrgLabels)
public:
    // coordinator, lead, monitor.
    static QString role(const QString& code);
    // A sentence on this vault's membership: pending or enrolled.
    static QString membershipState(const QString& code);
    // A device id shortened for display when no name is known.
    static QString shortDeviceId(const QString& deviceId);
};

} // namespace vigil
