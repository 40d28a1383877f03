#pragma once

#include "app/cli/CliOptions.h"
#include "core/util/Result.h"

namespace vigil {
class Vault;
}

namespace vigil::cli {

// `vigil-cli stats --year YYYY[-YYYY] [--format csv] [--out FILE]`: the
// annual figures (core/report/AnnualStatistics) as CSV, on standard output
// or into FILE. One year gives section,key,label,value; a range gives one
// value column per year.
class StatsCommand
{
public:
    // Checks the options before the vault is opened (no passphrase is asked
    // for a mistyped year): CliOptions::kContinue, or ExitUsage after saying why.
    static int checkOptions(const CliOptions& options);
    static Status run(const CliOptions& options, Vault& vault);
};

} // namespace vigil::cli
