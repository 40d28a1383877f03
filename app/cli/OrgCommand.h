#pragma once

#include "app/cli/CliOptions.h"
#include "core/util/Result.h"

namespace vigil {
class Vault;
}

namespace vigil::cli {

// `vigil-cli org ACTION`: the organisation (docs/sync-protocol.md).
//   show                                this vault's organisation, device id and fingerprint
//   create --name NAME                  become the coordinator of a new organisation
//   transport --folder DIR | --webdav URL [--user U] [--password-file F] [--pin HEX]
//   invite --role ROLE --label TEXT [--person ID] --out FILE.vgi
//   join FILE.vgi [--name DEVICE] --out FILE.vge
//   receive FILE.vge                    a device's enrolment request (coordinator)
//   devices                             the roster and pending requests, with fingerprints
//   approve DEVICE | refuse DEVICE | revoke DEVICE
class OrgCommand
{
public:
    static int checkOptions(const CliOptions& options);
    static Status run(const CliOptions& options, Vault& vault);
};

} // namespace vigil::cli
