#pragma once

#include "app/cli/CliOptions.h"
#include "core/util/Result.h"

namespace vigil {
class Vault;
}

namespace vigil::cli {

// Sync from the command line (docs/sync-protocol.md):
//   sync [--folder DIR]          one round over the configured transport (or DIR)
//   bundle export --out DIR      bundles for every peer into the mailbox folder DIR
//   bundle import FILE...        import bundle files (refused ones go to quarantine)
class SyncCommand
{
public:
    static Status sync(const CliOptions& options, Vault& vault);
    static Status exportBundles(const CliOptions& options, Vault& vault);
    static Status importBundles(const CliOptions& options, Vault& vault);
};

} // namespace vigil::cli
