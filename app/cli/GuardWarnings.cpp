#include "app/cli/GuardWarnings.h"

#include "app/cli/CliText.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace vigil::cli {

namespace {

constexpr int kDigestHexDigits = 16;

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

void complain(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

} // namespace

QString GuardWarnings::digest(const QList<report::GuardFinding>& warnings)
{
    QStringList lines;
    lines.reserve(warnings.size());
    for (const report::GuardFinding& f : warnings)
        lines.append(QStringList{f.code, f.sectionKey, f.source.entity, f.source.id}.join(u'|'));
    // Sorted: the digest names the set, not the order the checker walked in.
    std::sort(lines.begin(), lines.end());
    const QByteArray hash =
        QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(kDigestHexDigits));
}

bool GuardWarnings::isDigest(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Fa-f]{%1}$").arg(kDigestHexDigits));
    return shape.match(text).hasMatch();
}

QString GuardWarnings::reason(const QString& code)
{
    // Not the guard's own message: it quotes what it matched (the interview
    // code, "the only woman", the group and unit of a quoted person).
    if (code == u"identity_data")
        return CliText::tr("text holding a name or number of an identity entry");
    if (code == u"quote_without_consent")
        return CliText::tr("a quote the interviewee's consent does not allow");
    if (code == u"quote_consent_withdrawn")
        return CliText::tr("a quote whose interviewee withdrew consent");
    if (code == u"quote_reprisal_risk")
        return CliText::tr("a quote from an interviewee at high risk of reprisals");
    if (code == u"small_group")
        return CliText::tr("a sentence or quote that may single out one person");
    if (code == u"pseudonym")
        return CliText::tr("an interview code that links the report to the interview record");
    return CliText::tr("see Vigil's report builder");
}

QString GuardWarnings::describe(const report::GuardFinding& finding)
{
    return CliText::tr("%1 (%2): %3 [%4]")
        .arg(finding.sectionTitle, finding.sectionKey, reason(finding.code), finding.code);
}

void GuardWarnings::printBlocked(const QList<report::GuardFinding>& warnings,
                                 const QString& givenDigest, bool showSentences)
{
    const QString current = digest(warnings);
    const int n = int(warnings.size());
    complain(QStringLiteral("vigil-cli: ") +
             (givenDigest.isEmpty()
                  ? CliText::tr("The publication guard has %n warning(s); no file was written.",
                                nullptr, n)
                  : CliText::tr("The publication guard's %n warning(s) are not those of the "
                                "digest %1; no file was written.",
                                nullptr, n)
                        .arg(givenDigest)));
    // The sentence only on request and only to a person at a terminal: a
    // redirected standard error is a file, a mail or a log.
    const bool sentences = showSentences && stderrIsTerminal();
    for (const report::GuardFinding& f : warnings) {
        complain(QStringLiteral("  ") + describe(f));
        if (sentences) {
            complain(QStringLiteral("    ") + f.message);
            complain(QStringLiteral("    ") + CliText::tr("“%1”").arg(f.sentence));
        }
    }
    if (!sentences)
        complain(CliText::tr("The sentences are not printed; Vigil's report builder shows them, "
                             "or --show-sentences at a terminal."));
    complain(CliText::tr("Digest of these warnings: %1").arg(current));
    complain(CliText::tr("Change the text in Vigil's report builder, or accept exactly these "
                         "warnings with --accept-warnings=%1 (the decision is recorded in the "
                         "audit log).")
                 .arg(current));
}

} // namespace vigil::cli
