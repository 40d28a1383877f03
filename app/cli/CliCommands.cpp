#include "app/cli/CliText.h"
#include "app/cli/CliCommands.h"

#include "app/cli/ReportCommand.h"
#include "app/cli/OrgCommand.h"
#include "app/cli/StatsCommand.h"
#include "app/cli/SyncCommand.h"
#include "app/cli/Terminal.h"
#include "core/crypto/PassphraseStrength.h"
#include "core/crypto/RecoveryKey.h"
#include "core/audit/AuditLog.h"
#include "core/crypto/SecretFile.h"
#include "core/search/SearchService.h"
#include "core/demo/DemoData.h"
#include "core/demo/DemoVault.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>

namespace vigil::cli {

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const Error& error, const CliOptions& options)
{
    std::fprintf(stderr, "vigil-cli: %s\n", qPrintable(error.message));
    if (options.verbose && !error.detail.isEmpty())
        std::fprintf(stderr, "  (%s: %s)\n", errorKindName(error.kind), qPrintable(error.detail));
    return exitCodeFor(error.kind);
}

QString vaultDir(const CliOptions& options)
{
    return options.vaultDir.isEmpty() ? Vault::defaultLocation()
                                      : QDir(options.vaultDir).absolutePath();
}

Result<SecretBuffer> currentPassphrase(const CliOptions& options)
{
    if (!options.passphraseFile.isEmpty())
        return SecretFile::readFirstLine(options.passphraseFile);
    return readSecretFromTerminal(CliText::tr("Passphrase: "));
}

// A new passphrase: from a file (scripts; weak ones only warned about), or
// typed twice at the terminal and refused when weak.
Result<SecretBuffer> newPassphrase(const CliOptions& options, const QString& file)
{
    if (!file.isEmpty()) {
        auto pass = SecretFile::readFirstLine(file);
        if (pass && PassphraseStrength::estimate(*pass).score < PassphraseStrength::kMinimumScore)
            std::fprintf(stderr, "vigil-cli: %s\n",
                         qPrintable(CliText::tr("warning: this passphrase is weak; a longer one made of "
                                       "several unrelated words is much harder to guess.")));
        return pass;
    }
    (void)options;
    auto first = readSecretFromTerminal(CliText::tr("New passphrase: "));
    if (!first)
        return first.error();
    const PassphraseStrength strength = PassphraseStrength::estimate(*first);
    if (strength.score < PassphraseStrength::kMinimumScore)
        return Error::make(ErrorKind::Usage,
                           CliText::tr("This passphrase is too weak (%1). Use several unrelated words.")
                               .arg(strength.label));
    auto second = readSecretFromTerminal(CliText::tr("Repeat the new passphrase: "));
    if (!second)
        return second.error();
    if (!first->equals(*second))
        return Error::make(ErrorKind::Usage, CliText::tr("The two passphrases differ."));
    return first;
}

// `keepPassphrase`: where to keep the passphrase after unlocking, for a
// command that must re-authenticate (report unseals identity entries).
Result<std::unique_ptr<Vault>> openVault(const CliOptions& options,
                                         SecretBuffer* keepPassphrase = nullptr)
{
    const QString dir = vaultDir(options);
    if (!Vault::existsAt(dir))
        return Error::make(ErrorKind::NotFound,
                           CliText::tr("There is no Vigil vault at %1.").arg(QDir::toNativeSeparators(dir)));
    auto pass = currentPassphrase(options);
    if (!pass)
        return pass.error();
    auto vault = Vault::open(dir, *pass);
    if (vault && keepPassphrase)
        *keepPassphrase = std::move(*pass);
    return vault;
}

void printRecoveryKey(const SecretBuffer& recoveryKey)
{
    QString text = recoveryKey.toDisplayString();
    say(CliText::tr("Recovery key: %1").arg(text));
    wipeString(text);
    say(CliText::tr("Write the recovery key on paper and keep it apart from this computer, or give it to "
           "your coordinator. It is shown only once; with it, a forgotten passphrase can be "
           "replaced."));
}

int cmdInit(const CliOptions& options)
{
    auto pass = newPassphrase(options, options.newPassphraseFile.isEmpty()
                                           ? options.passphraseFile
                                           : options.newPassphraseFile);
    if (!pass)
        return fail(pass.error(), options);
    const QString dir = vaultDir(options);
    auto created = Vault::create(dir, *pass, options.kdf, options.name);
    if (!created)
        return fail(created.error(), options);
    say(CliText::tr("Created a vault at %1.").arg(QDir::toNativeSeparators(dir)));
    printRecoveryKey(created->recoveryKey);
    return ExitOk;
}

int cmdDemo(const CliOptions& options)
{
    const QString dir = options.vaultDir.isEmpty() ? DemoVault::defaultLocation()
                                                   : QDir(options.vaultDir).absolutePath();
    SecretBuffer pass;
    if (!options.passphraseFile.isEmpty()) {
        auto fromFile = SecretFile::readFirstLine(options.passphraseFile);
        if (!fromFile)
            return fail(fromFile.error(), options);
        pass = std::move(*fromFile);
    } else {
        pass = DemoVault::generatePassphrase();
    }
    auto created = DemoVault::create(dir, pass, options.kdf, options.force);
    if (!created)
        return fail(created.error(), options);
    say(CliText::tr("Created a demo vault with fictional data at %1.").arg(QDir::toNativeSeparators(dir)));
    if (auto summary = DemoData::summarize(created->vault->database()))
        say(CliText::tr("Fictional records: %1 places, %2 visits, %3 interviews, %4 findings, "
               "%5 recommendations.")
                .arg(summary->places)
                .arg(summary->visits)
                .arg(summary->interviews)
                .arg(summary->findings)
                .arg(summary->recommendations));
    if (options.passphraseFile.isEmpty()) {
        // Only a passphrase Vigil made up is shown; one the user chose is never echoed.
        QString shown = pass.toDisplayString();
        say(CliText::tr("Passphrase: %1").arg(shown));
        wipeString(shown);
    }
    printRecoveryKey(created->recoveryKey);
    return ExitOk;
}

int cmdInfo(const CliOptions& options)
{
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    auto info = (*vault)->info();
    if (!info)
        return fail(info.error(), options);
    const QLocale locale;
    say(CliText::tr("Vault:            %1").arg(QDir::toNativeSeparators(info->path)));
    say(CliText::tr("Name:             %1").arg(info->name.isEmpty() ? CliText::tr("(none)") : info->name));
    say(CliText::tr("Vault id:         %1").arg(info->vaultId));
    say(CliText::tr("Created:          %1").arg(locale.toString(info->createdAt.toLocalTime(), QLocale::LongFormat)));
    say(CliText::tr("Schema version:   %1").arg(info->schemaVersion));
    say(CliText::tr("Database size:    %1").arg(locale.formattedDataSize(info->databaseBytes)));
    say(CliText::tr("SQLCipher:        %1").arg(info->sqlcipherVersion));
    say(CliText::tr("Key derivation:   Argon2id, %1 passes, %2 MiB")
            .arg(info->kdf.opsLimit)
            .arg(info->kdf.memLimitBytes / (1024 * 1024)));
    return ExitOk;
}

int cmdVerify(const CliOptions& options)
{
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    auto problems = (*vault)->verify();
    if (!problems)
        return fail(problems.error(), options);
    if (!problems->isEmpty()) {
        std::fprintf(stderr, "vigil-cli: %s\n",
                     qPrintable(CliText::tr("The vault is damaged or has been altered:")));
        for (const QString& p : *problems)
            std::fprintf(stderr, "  %s\n", qPrintable(p));
        return ExitIntegrity;
    }
    auto audit = AuditLog::verify((*vault)->database());
    if (!audit)
        return fail(audit.error(), options);
    if (audit->firstBrokenSeq != 0) {
        std::fprintf(stderr, "vigil-cli: %s\n  %s\n",
                     qPrintable(CliText::tr("The audit log has been altered:")), qPrintable(audit->problem));
        return ExitIntegrity;
    }
    say(CliText::tr("The vault is intact: every page decrypts and authenticates, the database is "
           "consistent, and the audit chain of %n event(s) verifies.",
           nullptr, int(audit->events)));
    return ExitOk;
}

int cmdPasswd(const CliOptions& options)
{
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    auto pass = newPassphrase(options, options.newPassphraseFile);
    if (!pass)
        return fail(pass.error(), options);
    if (auto st = (*vault)->changePassphrase(*pass, options.kdf); !st)
        return fail(st.error(), options);
    say(CliText::tr("The passphrase was changed. The old passphrase no longer opens the vault."));
    return ExitOk;
}

int cmdRecover(const CliOptions& options)
{
    const QString dir = vaultDir(options);
    auto key = options.recoveryKeyFile.isEmpty()
                   ? readSecretFromTerminal(CliText::tr("Recovery key: "))
                   : SecretFile::readFirstLine(options.recoveryKeyFile);
    if (!key)
        return fail(key.error(), options);
    if (!Vault::existsAt(dir))
        return fail(Error::make(ErrorKind::NotFound, CliText::tr("There is no Vigil vault at %1.")
                                                         .arg(QDir::toNativeSeparators(dir))),
                    options);
    // Check the key before asking for a new passphrase, so typos show early.
    if (auto parsed = RecoveryKey::parse(*key); !parsed)
        return fail(parsed.error(), options);
    auto pass = newPassphrase(options, options.newPassphraseFile);
    if (!pass)
        return fail(pass.error(), options);
    auto vault = Vault::recover(dir, *key, *pass, options.kdf);
    if (!vault)
        return fail(vault.error(), options);
    say(CliText::tr("The vault is open again and has a new passphrase. The recovery key stays the same."));
    return ExitOk;
}

int cmdDbKey(const CliOptions& options)
{
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    const SecretBuffer hex = (*vault)->databaseKeyHex();
    std::fwrite(hex.data(), 1, hex.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    std::fprintf(stderr, "%s\n",
                 qPrintable(CliText::tr("This key decrypts the whole database. In the sqlcipher shell: "
                               "PRAGMA key = \"x'<key>'\"; then query as usual. Do not store it.")));
    return ExitOk;
}

int cmdSearch(const CliOptions& options)
{
    if (options.arguments.isEmpty()) {
        std::fprintf(stderr, "vigil-cli: %s\n", qPrintable(CliText::tr("search needs a QUERY.")));
        return ExitUsage;
    }
    SearchQuery query(options.arguments.join(QLatin1Char(' ')));
    query.placeId = options.place;
    query.category = options.category;
    query.from = QDate::fromString(options.from, Qt::ISODate);
    query.to = QDate::fromString(options.to, Qt::ISODate);
    if ((!options.from.isEmpty() && !query.from.isValid()) ||
        (!options.to.isEmpty() && !query.to.isValid())) {
        std::fprintf(stderr, "vigil-cli: %s\n", qPrintable(CliText::tr("Dates are written YYYY-MM-DD.")));
        return ExitUsage;
    }
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    auto hits = SearchService((*vault)->database()).search(query);
    if (!hits)
        return fail(hits.error(), options);
    const QLocale locale;
    for (const SearchHit& hit : *hits) {
        QString snippet = hit.snippet;
        snippet.replace(SearchHit::kMatchStart, QLatin1Char('[')).replace(SearchHit::kMatchEnd, QLatin1Char(']'));
        snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
        say(QStringLiteral("%1  %2  %3  %4\n    %5\n    %6")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(hit.visitDate).date(), QLocale::ShortFormat),
                     hit.placeName, hit.entity, hit.title, snippet, hit.entityId));
    }
    say(CliText::tr("%n result(s).", nullptr, int(hits->size())));
    return ExitOk;
}

int cmdStats(const CliOptions& options)
{
    if (const int early = StatsCommand::checkOptions(options); early != CliOptions::kContinue)
        return early;
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    if (auto st = StatsCommand::run(options, **vault); !st)
        return fail(st.error(), options);
    return ExitOk;
}

int cmdReport(const CliOptions& options)
{
    if (const int early = ReportCommand::checkOptions(options); early != CliOptions::kContinue)
        return early;
    SecretBuffer passphrase; // kept for this command only, wiped on return
    auto vault = openVault(options, options.listVisits ? nullptr : &passphrase);
    if (!vault)
        return fail(vault.error(), options);
    if (options.listVisits) {
        if (auto st = ReportCommand::listVisits(options, **vault); !st)
            return fail(st.error(), options);
        return ExitOk;
    }
    auto outcome = ReportCommand::run(options, **vault, passphrase);
    if (!outcome)
        return fail(outcome.error(), options);
    return *outcome == ReportCommand::Outcome::Written ? ExitOk : ExitGuardWarnings;
}

int cmdOrg(const CliOptions& options)
{
    if (const int early = OrgCommand::checkOptions(options); early != CliOptions::kContinue)
        return early;
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    if (auto st = OrgCommand::run(options, **vault); !st)
        return fail(st.error(), options);
    return ExitOk;
}

int cmdSync(const CliOptions& options)
{
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    if (auto st = SyncCommand::sync(options, **vault); !st)
        return fail(st.error(), options);
    return ExitOk;
}

int cmdBundle(const CliOptions& options)
{
    const QString action = options.arguments.value(0);
    if (action != u"export" && action != u"import") {
        std::fprintf(stderr, "vigil-cli: %s\n",
                     qPrintable(CliText::tr("bundle needs export or import.")));
        return ExitUsage;
    }
    auto vault = openVault(options);
    if (!vault)
        return fail(vault.error(), options);
    const Status st = action == u"export" ? SyncCommand::exportBundles(options, **vault)
                                          : SyncCommand::importBundles(options, **vault);
    if (!st)
        return fail(st.error(), options);
    return ExitOk;
}

} // namespace

int runCommand(const CliOptions& options)
{
    struct Entry
    {
        const char* name;
        int (*run)(const CliOptions&);
        int maxArguments;
    };
    static const Entry commands[] = {
        {"init", cmdInit, 0},     {"demo", cmdDemo, 0},       {"info", cmdInfo, 0},
        {"verify", cmdVerify, 0}, {"passwd", cmdPasswd, 0},   {"recover", cmdRecover, 0},
        {"db-key", cmdDbKey, 0},  {"search", cmdSearch, 64},   {"stats", cmdStats, 0},
        {"report", cmdReport, 0}, {"org", cmdOrg, 2},
        {"sync", cmdSync, 0},     {"bundle", cmdBundle, 64}};
    for (const Entry& e : commands) {
        if (options.command != QLatin1String(e.name))
            continue;
        if (options.arguments.size() > e.maxArguments) {
            std::fprintf(stderr, "vigil-cli: %s\n%s\n",
                         qPrintable(CliText::tr("Unexpected argument '%1' for %2.")
                                        .arg(options.arguments.at(e.maxArguments), options.command)),
                         qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
            return ExitUsage;
        }
        return e.run(options);
    }
    std::fprintf(stderr, "vigil-cli: %s\n%s\n",
                 qPrintable(CliText::tr("Unknown command '%1'.").arg(options.command)),
                 qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
    return ExitUsage;
}

} // namespace vigil::cli
