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
              "  stats       the annual figures of a year, or of several, as CSV\n"
              "  report      a visit's report as PDF, ODT or HTML, through the publication guard\n"
              "  org ACTION  the organisation: show, create, transport, invite, join, receive, devices, approve, refuse, revoke (see below)\n"
              "  sync        one round of sync: receive, import, send (over the configured folder or WebDAV server, or --folder DIR)\n"
              "  bundle export --out DIR | bundle import FILE... bundles for every peer into a mailbox folder, or import bundle files\n"
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
              "  --year YYYY[-YYYY]         stats: the year, or a series of years (one column each)\n"
              "  --format csv               stats: the output format (default csv)\n"
              "  --out FILE                 stats: write to FILE (with a UTF-8 byte order mark)\n"
              "                             instead of standard output\n"
              "  --list-visits              report: list the visits (ID, date, place, number of\n"
              "                             recommendations), latest first; --place ID narrows it\n"
              "  --visit ID                 report: the visit whose report to export\n"
              "  --kind KIND                report: internal (confidential notes), authorities\n"
              "                             (the report to the authorities) or public (summary)\n"
              "  --format pdf|odt|html      report: the file format (default: from --out's ending)\n"
              "  --out FILE                 report: the file to write, whole or not at all\n"
              "  --language LANG            report: ar, en, es, fr, ru or zh_CN (default: the\n"
              "                             visit's working language)\n"
              "  --accept-warnings=DIGEST   report: accept the publication guard's warnings\n"
              "                             whose digest a blocked run printed (recorded in the\n"
              "                             audit log) and write the file\n"
              "  --show-sentences           report: also print the sentence behind each warning,\n"
              "                             only when standard error is a terminal\n"
              "  --role ROLE                org invite: coordinator, lead or monitor\n"
              "  --person ID                org invite: the person record of the invited user\n"
              "  --label TEXT               org invite: who the invitation is for\n"
              "  --folder DIR               org transport, sync: the mailbox folder\n"
              "  --webdav URL               org transport: the mailbox on a WebDAV server (https)\n"
              "  --user NAME, --password-file FILE\n"
              "                             org transport: the WebDAV account (the password is\n"
              "                             kept in the encrypted vault)\n"
              "  --pin HEX                  org transport: SHA-256 of the server's public key\n"
              "  --kdf-opslimit N           Argon2id passes (default 3)\n"
              "  --kdf-memlimit-mib N       Argon2id memory in MiB (default 256)\n"
              "  --verbose                  print technical details of errors\n"
              "  -h, --help                 show this help\n"
              "  --version                  show the version\n"
              "\n"
              "Without a --passphrase-file, passphrases are read from the terminal without echo.\n"
              "\n"
              "A report from the demo vault:\n"
              "  vigil-cli demo                       (prints the passphrase)\n"
              "  vigil-cli --vault %2 report --list-visits\n"
              "  vigil-cli --vault %2 report --visit ID \\\n"
              "            --kind authorities --out report.pdf\n"
              "Joining an organisation:\n"
              "  coordinator: vigil-cli org create --name \"NPM\"\n"
              "               vigil-cli org transport --webdav https://cloud.example.org/vigil/ \\\n"
              "                         --user npm-sync --password-file pw.txt\n"
              "               vigil-cli org invite --role monitor --label \"Amina\" --out amina.vgi\n"
              "  monitor:     vigil-cli org join amina.vgi --name \"Amina's laptop\"\n"
              "               vigil-cli sync           (delivers the enrolment request)\n"
              "  coordinator: vigil-cli sync           (receives it, prints its fingerprint)\n"
              "               vigil-cli org approve DEVICE   (after comparing fingerprints by phone)\n"
              "\n"
              "The publication guard always takes out what a kind of report may not show and\n"
              "says so. If it warns (someone could be recognised), nothing is written and the\n"
              "command exits 8 and prints the warnings' digest: fix the text in Vigil's report\n"
              "builder, or accept exactly these warnings with --accept-warnings=DIGEST (new or\n"
              "changed warnings give a new digest and stop the export again).\n"
              "\n"
              "Exit codes:\n"
              "  0 success            1 other error          2 usage error\n"
              "  3 wrong passphrase or recovery key          4 integrity failure (damaged or altered)\n"
              "  5 vault not found    6 storage error (read-only, disk full, I/O)\n"
              "  7 already exists     8 report not written: the publication guard warns\n"
              "                         (and --accept-warnings names other warnings)\n")
        .arg(QStringLiteral("~/.local/share/Vigil/vault"),
             QStringLiteral("~/.local/share/Vigil/demo-vault"));
}

namespace {

// parse() and commandOf(): the same options, so both find the same command.
int parseArguments(const QStringList& argv, CliOptions& out, bool quiet)
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
    const QCommandLineOption year(QStringLiteral("year"), QString(), QStringLiteral("YYYY"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption visit(QStringLiteral("visit"), QString(), QStringLiteral("ID"));
    const QCommandLineOption kind(QStringLiteral("kind"), QString(), QStringLiteral("KIND"));
    const QCommandLineOption language(QStringLiteral("language"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption acceptWarnings(QStringLiteral("accept-warnings"), QString(),
                                            QStringLiteral("DIGEST"));
    const QCommandLineOption showSentences(QStringLiteral("show-sentences"));
    const QCommandLineOption listVisits(QStringLiteral("list-visits"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    const QCommandLineOption person(QStringLiteral("person"), QString(), QStringLiteral("ID"));
    const QCommandLineOption label(QStringLiteral("label"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption folder(QStringLiteral("folder"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption webdav(QStringLiteral("webdav"), QString(), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QString(),
                                          QStringLiteral("FILE"));
    const QCommandLineOption pin(QStringLiteral("pin"), QString(), QStringLiteral("HEX"));
    const QCommandLineOption verbose(QStringLiteral("verbose"));
    const QCommandLineOption ops(QStringLiteral("kdf-opslimit"), QString(), QStringLiteral("N"));
    const QCommandLineOption mem(QStringLiteral("kdf-memlimit-mib"), QString(), QStringLiteral("N"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringLiteral("version"));
    parser.addOptions({vault, passFile, newPassFile, recoveryFile, name, force, place, from, to,
                       category, year, format, outFile, visit, kind, language, acceptWarnings,
                       showSentences, listVisits, role, person, label, folder, webdav, user,
                       passwordFile, pin, verbose, ops, mem, help, version});

    // A bare --accept-warnings would take the next argument as its digest, or
    // fail with Qt's terse "missing value": say what it wants instead.
    for (const QString& arg : argv.mid(1)) {
        if (arg == u"--")
            break;
        if (arg == u"--accept-warnings" || arg == u"--accept-warnings=") {
            if (!quiet)
                std::fprintf(stderr, "vigil-cli: %s\n", qPrintable(CliOptions::acceptUsage()));
            return ExitUsage;
        }
    }

    if (!parser.parse(argv)) {
        if (!quiet)
            std::fprintf(stderr, "vigil-cli: %s\n%s\n", qPrintable(parser.errorText()),
                         qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        if (!quiet)
            std::fputs(qPrintable(CliOptions::helpText()), stdout);
        return ExitOk;
    }
    if (parser.isSet(version)) {
        if (!quiet)
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
    out.year = parser.value(year);
    out.format = parser.value(format);
    out.out = parser.value(outFile);
    out.visit = parser.value(visit);
    out.kind = parser.value(kind);
    out.language = parser.value(language);
    out.acceptWarnings = parser.value(acceptWarnings);
    out.showSentences = parser.isSet(showSentences);
    out.listVisits = parser.isSet(listVisits);
    out.role = parser.value(role);
    out.person = parser.value(person);
    out.label = parser.value(label);
    out.folder = parser.value(folder);
    out.webdav = parser.value(webdav);
    out.user = parser.value(user);
    out.passwordFile = parser.value(passwordFile);
    out.pin = parser.value(pin);
    out.verbose = parser.isSet(verbose);
    bool ok = true;
    if (parser.isSet(ops))
        out.kdf.opsLimit = parser.value(ops).toULongLong(&ok);
    if (ok && parser.isSet(mem))
        out.kdf.memLimitBytes = parser.value(mem).toULongLong(&ok) * 1024 * 1024;
    if (!ok || !out.kdf.isWithinLimits()) {
        if (!quiet)
            std::fprintf(stderr, "vigil-cli: %s\n",
                         qPrintable(CliText::tr("--kdf-opslimit must be 1 to 64 and "
                                                "--kdf-memlimit-mib 8 to 4096.")));
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (!quiet)
            std::fprintf(stderr, "vigil-cli: %s\n%s\n", qPrintable(CliText::tr("No command given.")),
                         qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
        return ExitUsage;
    }
    out.command = positional.first();
    out.arguments = positional.mid(1);
    return CliOptions::kContinue;
}

} // namespace

QString CliOptions::acceptUsage()
{
    return CliText::tr("--accept-warnings needs the digest of the warnings to accept, as "
                       "--accept-warnings=DIGEST: run the report without it, check the warnings "
                       "it lists, and pass the digest it prints. A new or changed warning gives "
                       "a new digest, so a script cannot accept warnings nobody has seen.");
}

int CliOptions::parse(const QStringList& argv, CliOptions& out)
{
    return parseArguments(argv, out, false);
}

QString CliOptions::commandOf(const QStringList& argv)
{
    CliOptions options;
    return parseArguments(argv, options, true) == kContinue ? options.command : QString();
}

} // namespace vigil::cli
