#include "app/cli/CliText.h"
#include "app/cli/CliOptions.h"
#include "app/cli/VersionText.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace vigil::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::WrongPassphrase: return ExitWrongPassphrase;
    case ErrorKind::Integrity: return ExitIntegrity;
    case ErrorKind::NotFound: return ExitNotFound;
    case ErrorKind::ReadOnly:
    case ErrorKind::DiskFull:
    case ErrorKind::Io: return ExitStorage;
    case ErrorKind::AlreadyExists: return ExitAlreadyExists;
    default: return ExitFailure;
    }
}

QString CliOptions::helpText()
{
    return CliText::tr("Usage: vigil-cli [OPTIONS] COMMAND [ARGS]\n"
              "\n"
              "Vigil's command line: the same encrypted vault as the Vigil window.\n"
              "\n"
              "Commands:\n"
              "  init        create a new vault (prints the recovery key once)\n"
              "  demo        create a vault filled with fictional demo data\n"
              "  info        show the vault's identity, format and key-derivation settings\n"
              "  verify      check every page's encryption, the database and the audit chain\n"
              "  passwd      change the passphrase (the data is not re-encrypted)\n"
              "  recover     set a new passphrase using the recovery key\n"
              "  db-key      print the SQLCipher key, to open vigil.db in the sqlcipher shell\n"
              "  search QUERY  full-text search of notes, findings, recommendations, observations\n"
              "\n"
              "Options:\n"
              "  --vault DIR                the vault folder (default: %1)\n"
              "  --passphrase-file FILE     read the passphrase from the first line of FILE\n"
              "  --new-passphrase-file FILE the new passphrase, for init, passwd and recover\n"
              "  --recovery-key-file FILE   the recovery key, for recover\n"
              "  --name NAME                the vault's display name, for init and demo\n"
              "  --force                    demo: replace an existing demo vault\n"
              "  --place ID                 search: only this place's visits\n"
              "  --from DATE, --to DATE     search: visits from/to this date (YYYY-MM-DD)\n"
              "  --category CODE            search: only findings of this category\n"
              "  --kdf-opslimit N           Argon2id passes (default 3)\n"
              "  --kdf-memlimit-mib N       Argon2id memory in MiB (default 256)\n"
              "  --verbose                  print technical details of errors\n"
              "  -h, --help                 show this help\n"
              "  --version                  show the version\n"
              "\n"
              "Without a --passphrase-file, passphrases are read from the terminal without echo.\n"
              "\n"
              "Exit codes:\n"
              "  0 success            1 other error          2 usage error\n"
              "  3 wrong passphrase or recovery key          4 integrity failure (damaged or altered)\n"
              "  5 vault not found    6 storage error (read-only, disk full, I/O)\n"
              "  7 already exists\n")
        .arg(QStringLiteral("~/.local/share/Vigil/vault"));
}

int CliOptions::parse(const QStringList& argv, CliOptions& out)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption vault(QStringLiteral("vault"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption passFile(QStringLiteral("passphrase-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption newPassFile(QStringLiteral("new-passphrase-file"), QString(),
                                         QStringLiteral("FILE"));
    const QCommandLineOption recoveryFile(QStringLiteral("recovery-key-file"), QString(),
                                          QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption place(QStringLiteral("place"), QString(), QStringLiteral("ID"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption category(QStringLiteral("category"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    const QCommandLineOption ops(QStringLiteral("kdf-opslimit"), QString(), QStringLiteral("N"));
    const QCommandLineOption mem(QStringLiteral("kdf-memlimit-mib"), QString(), QStringLiteral("N"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({vault, passFile, newPassFile, recoveryFile, name, force, place, from, to,
                       category, verbose, ops, mem, help, version});

    if (!parser.parse(argv)) {
        std::fprintf(stderr, "vigil-cli: %s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(helpText()), stdout);
        return ExitOk;
    }
    if (parser.isSet(version)) {
        std::fputs(qPrintable(versionText(QStringLiteral("vigil-cli"))), stdout);
        return ExitOk;
    }
    out.vaultDir = parser.value(vault);
    out.passphraseFile = parser.value(passFile);
    out.newPassphraseFile = parser.value(newPassFile);
    out.recoveryKeyFile = parser.value(recoveryFile);
    out.name = parser.value(name);
    out.force = parser.isSet(force);
    out.place = parser.value(place);
    out.from = parser.value(from);
    out.to = parser.value(to);
    out.category = parser.value(category);
    out.verbose = parser.isSet(verbose);
    bool ok = true;
    if (parser.isSet(ops))
        out.kdf.opsLimit = parser.value(ops).toULongLong(&ok);
    if (ok && parser.isSet(mem))
        out.kdf.memLimitBytes = parser.value(mem).toULongLong(&ok) * 1024 * 1024;
    if (!ok || !out.kdf.isWithinLimits()) {
        std::fprintf(stderr, "vigil-cli: %s\n",
                     qPrintable(CliText::tr("--kdf-opslimit must be 1 to 64 and --kdf-memlimit-mib 8 to "
                                   "4096.")));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fprintf(stderr, "vigil-cli: %s\n%s\n", qPrintable(CliText::tr("No command given.")),
                     qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
        return ExitUsage;
    }
    out.command = positional.first();
    out.arguments = positional.mid(1);
    return kContinue;
}

} // namespace vigil::cli
