#pragma once

#include "app/cli/CliOptions.h"
#include "core/util/Result.h"

namespace vigil {
class Vault;
}

namespace vigil::cli {

// `vigil-cli report --visit ID --kind KIND --out FILE [--format pdf|odt|html]
// [--language LANG] [--accept-warnings]`: a visit's report built
// (core/report/ReportBuilder), checked by the publication guard, and written
// whole or not at all; and `vigil-cli report --list-visits [--place ID]`, the
// visits and their IDs. docs/reports.md describes the kinds and the guard.
//
// What the guard takes out is printed and gone from the file. Its warnings
// stop the export (ExitGuardWarnings, nothing written) unless the user passes
// --accept-warnings; the acceptance is audited before the file is written.
class ReportCommand
{
public:
    enum class Outcome
    {
        Written,
        Blocked, // the guard warned and --accept-warnings was not given; no file
    };

    // Whether this command line runs `report`: main() must then create a
    // QGuiApplication (text layout needs fonts), after usePlatformWithoutDisplay().
    static bool needsGuiApplication(int argc, char** argv);
    static void usePlatformWithoutDisplay();

    // Checks the options before the vault is opened (no passphrase is asked
    // for a mistyped kind): CliOptions::kContinue, or ExitUsage after saying why.
    static int checkOptions(const CliOptions& options);
    static Result<Outcome> run(const CliOptions& options, Vault& vault);
    static Status listVisits(const CliOptions& options, Vault& vault);
};

} // namespace vigil::cli
