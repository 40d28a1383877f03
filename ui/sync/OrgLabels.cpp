#include "ui/sync/OrgLabels.h"

#include "core/sync/org/OrgNames.h"

namespace vigil {

QString OrgLabels::role(const QString& code)
{
    if (code == OrgNames::kCoordinator)
        return tr("Coordinator");
    if (code == OrgNames::kLead)
        return tr("Lead inspector");
    if (code == OrgNames::kMonitor)
        return tr("Monitor");
    return code; // a newer Vigil's role: shown as it is rather than hidden
}

QString OrgLabels::membershipState(const QString& code)
{
    if (code == OrgNames::kPending)
        return tr("Waiting for the coordinator's approval");
    if (code == OrgNames::kEnrolled)
        return tr("Enrolled");
    return code;
}

QString OrgLabels::shortDeviceId(const QString& deviceId)
{
    return tr("device %1").arg(deviceId.left(8));
}

} // namespace vigil
