#pragma once

#include "app/cli/CliOptions.h"
#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

namespace vigil {
class Vault;
}

namespace vigil::cli {

// `vigil-cli report --visit ID --kind KIND --out FILE [--format pdf|odt|html]
// [--language LANG] [--accept-warnings=DIGEST] [--show-sentences]`: a visit's report built
// (core/report/ReportBuilder), checked by the publication guard, and written
// whole or not at all; and `vigil-cli report --list-visits [--place ID]`, the
// visits and their IDs. docs/reports.md describes the kinds and the guard.
//
// The guard is given the visit's identity entries, unsealed with the
// passphrase the vault was opened with, so text holding a name or number from
// them is taken out. What the guard takes out is printed (by section and
// code, never by its text) and gone from the file. Its warnings stop the
// export (ExitGuardWarnings, nothing written, their digest printed) unless
// the user passes --accept-warnings=DIGEST with the digest of exactly these
// warnings (GuardWarnings); the acceptance is audited before the file is written.
class ReportCommand
{
public:
    enum class Outcome
    {
        Written,
        Blocked, // the guard warned and no matching --accept-warnings=DIGEST; no file
    };

    // Whether this command line runs `report`: main() must then create a
    // QGuiApplication (text layout needs fonts), after usePlatformWithoutDisplay().
    static bool needsGuiApplication(int argc, char** argv);
    static void usePlatformWithoutDisplay();

    // Checks the options before the vault is opened (no passphrase is asked
    // for a mistyped kind): CliOptions::kContinue, or ExitUsage after saying why.
    static int checkOptions(const CliOptions& options);
    // `passphrase`: the one `vault` was opened with, to unseal identity entries.
    static Result<Outcome> run(const CliOptions& options, Vault& vault,
                               const SecretBuffer& passphrase);
    static Status listVisits(const CliOptions& options, Vault& vault);
};

} // namespace vigil::cli
