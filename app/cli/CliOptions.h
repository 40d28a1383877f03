#pragma once

#include "core/crypto/KdfParams.h"
#include "core/util/Error.h"

#include <QString>
#include <QStringList>

namespace vigil::cli {

// Exit codes, documented in --help and the man page.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitWrongPassphrase = 3,
    ExitIntegrity = 4,
    ExitNotFound = 5,
    ExitStorage = 6,
    ExitAlreadyExists = 7,
    // report: the publication guard has warnings and --accept-warnings=DIGEST
    // was not given, or names other warnings than the current ones.
    ExitGuardWarnings = 8,
};

int exitCodeFor(ErrorKind kind);

// The parsed command line.
struct CliOptions
{
    QString vaultDir;             // --vault (empty: the default location)
    QString passphraseFile;       // --passphrase-file
    QString newPassphraseFile;    // --new-passphrase-file
    QString recoveryKeyFile;      // --recovery-key-file
    QString name;                 // init/demo --name
    bool force = false;           // demo --force
    QString place;                // search --place ID
    QString from, to;             // search --from/--to YYYY-MM-DD
    QString category;             // search --category CODE
    QString year;                 // stats --year YYYY or FROM-TO
    QString format;               // stats --format csv; report --format pdf|odt|html
    QString out;                  // stats/report --out FILE (stats: empty is standard output)
    QString visit;                // report --visit ID
    QString kind;                 // report --kind internal|authorities|public
    QString language;             // report --language LANG (empty: the visit's)
    QString acceptWarnings;       // report --accept-warnings=DIGEST (empty: not given)
    bool showSentences = false;   // report --show-sentences (only to a terminal)
    bool listVisits = false;      // report --list-visits
    QString role;                 // org invite --role coordinator|lead|monitor
    QString person;               // org invite --person ID
    QString label;                // org invite --label TEXT (who it is for)
    QString folder;               // org transport / sync --folder DIR
    QString webdav;               // org transport --webdav URL
    QString user;                 // org transport --user NAME
    QString passwordFile;         // org transport --password-file FILE
    QString pin;                  // org transport --pin HEX (SHA-256 of the server key)
    bool verbose = false;         // technical details of errors
    KdfParams kdf = KdfParams::defaults();
    QString command;
    QStringList arguments;

    static constexpr int kContinue = -1;
    // Returns kContinue to run the command, or the exit code to stop with
    // (after printing help, the version or a usage error).
    static int parse(const QStringList& argv, CliOptions& out);
    // The command `argv` names, or "" when it names none or does not parse;
    // prints nothing. main() needs it before the application object exists.
    static QString commandOf(const QStringList& argv);
    static QString helpText();
    // Why a bare --accept-warnings is refused, and what to pass instead.
    static QString acceptUsage();
};

} // namespace vigil::cli
