#include "app/cli/ReportCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/GuardWarnings.h"
#include "app/cli/ReportTranslation.h"
#include "core/attachments/AttachmentStore.h"
#include "core/model/VocabularyLabels.h"
#include "core/repo/BodyRepository.h"
#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/VisitRepository.h"
#include "core/report/HtmlRenderer.h"
#include "core/report/PublicationGuard.h"
#include "core/report/ReportBuilder.h"
#include "core/vault/Vault.h"
#include "report/OdtRenderer.h"
#include "report/PdfRenderer.h"
#include "report/ReportFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <cstdio>
#include <optional>
#include <vector>

namespace vigil::cli {

namespace {

enum class Format
{
    Pdf,
    Odt,
    Html
};

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int usage(const QString& message)
{
    std::fprintf(stderr, "vigil-cli: %s\n%s\n", qPrintable(message),
                 qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
    return ExitUsage;
}

// --format, else the ending of --out.
std::optional<Format> formatOf(const CliOptions& options)
{
    const QString name =
        options.format.isEmpty() ? QFileInfo(options.out).suffix().toLower() : options.format;
    if (name == u"pdf")
        return Format::Pdf;
    if (name == u"odt")
        return Format::Odt;
    if (name == u"html" || (options.format.isEmpty() && name == u"htm"))
        return Format::Html;
    return std::nullopt;
}

// The body whose report it is: the visited place's, else the vault's only
// one (as the report builder screen does). No setting holds a logo yet.
Result<QString> bodyName(RecordContext& ctx, const Place& place)
{
    BodyRepository bodies(ctx);
    if (!place.bodyId.isEmpty()) {
        if (auto body = bodies.get(place.bodyId))
            return body->name;
    }
    auto all = bodies.list();
    if (!all)
        return all.error();
    return all->size() == 1 ? all->first().name : QString();
}

// The identity entries of the visit's interviews, unsealed so that the guard
// can take out text that holds a name or number from them. Each read asks
// the vault for the passphrase again and is audited ("identity.read"): the
// guard did read them. Any failure stops the export rather than skip the check.
Result<std::vector<SecretBuffer>> identitiesOf(Vault& vault, const QString& visitId,
                                               const SecretBuffer& passphrase)
{
    auto interviews = InterviewRepository(vault.records()).forVisit(visitId);
    if (!interviews)
        return interviews.error();
    IdentityRepository repository(vault);
    std::vector<SecretBuffer> values;
    for (const Interview& interview : *interviews) {
        auto entries = repository.list(interview.id);
        if (!entries)
            return entries.error();
        for (const IdentityEntryInfo& entry : *entries) {
            // Sealed to the coordinators on another device: their copy of the
            // report is checked against it; this device cannot read it.
            auto readable = repository.readableHere(entry.id);
            if (!readable)
                return readable.error();
            if (!*readable)
                continue;
            auto fields = repository.read(entry.id, passphrase);
            if (!fields)
                return fields.error();
            for (SecretBuffer* value : {&fields->realName, &fields->idNumber, &fields->other})
                if (!value->isEmpty())
                    values.push_back(std::move(*value));
        }
    }
    return values;
}

Status write(const report::ReportDocument& document, Format format, const QString& path)
{
    switch (format) {
    case Format::Pdf:
        return report::PdfRenderer::renderToFile(document, path);
    case Format::Odt:
        return report::OdtRenderer::renderToFile(document, path);
    case Format::Html:
        break;
    }
    return report::ReportFile::write(path, [&document](QIODevice& device) -> Status {
        const QByteArray html = report::HtmlRenderer::render(document);
        if (device.write(html) != html.size())
            return Error::make(ErrorKind::Io, CliText::tr("The report could not be written."),
                               device.errorString());
        return {};
    });
}

Result<Visit> visitOf(RecordContext& ctx, const QString& id)
{
    auto visit = VisitRepository(ctx).get(id);
    if (!visit && visit.error().kind == ErrorKind::NotFound)
        return Error::make(ErrorKind::NotFound,
                           CliText::tr("There is no visit %1. 'vigil-cli report --list-visits' "
                                       "shows the visits and their IDs.")
                               .arg(id));
    return visit;
}

} // namespace

bool ReportCommand::needsGuiApplication(int argc, char** argv)
{
    // Before any application object exists, so from the raw arguments; only
    // the command's name matters, and it is ASCII in any encoding.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return CliOptions::commandOf(arguments) == u"report";
}

void ReportCommand::usePlatformWithoutDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // vigil-cli never opens a window: the "offscreen" platform lays text out
    // with the same fonts (fontconfig) and works over ssh, in cron and in CI,
    // where DISPLAY is unset or, worse, names a display that is gone. A
    // platform the user chose is kept.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
}

int ReportCommand::checkOptions(const CliOptions& options)
{
    if (options.listVisits)
        return CliOptions::kContinue;
    if (options.visit.isEmpty())
        return usage(CliText::tr("report needs --visit ID ('vigil-cli report --list-visits' "
                                 "shows the visits and their IDs)."));
    if (options.kind.isEmpty() || !report::kindFromCode(options.kind))
        return usage(CliText::tr("--kind is internal (confidential notes), authorities (the "
                                 "report to the authorities) or public (the public summary)."));
    if (options.out.isEmpty())
        return usage(CliText::tr("report needs --out FILE, the file to write."));
    if (!formatOf(options))
        return usage(options.format.isEmpty()
                         ? CliText::tr("Say --format pdf, odt or html: the name %1 does not tell.")
                               .arg(QDir::toNativeSeparators(options.out))
                         : CliText::tr("--format is pdf, odt or html."));
    if (!options.language.isEmpty() &&
        ReportTranslation::translatedCode(options.language).isEmpty())
        return usage(CliText::tr("Vigil writes reports in these languages: %1.")
                         .arg(ReportTranslation::languages().join(QStringLiteral(", "))));
    if (!options.acceptWarnings.isEmpty() && !GuardWarnings::isDigest(options.acceptWarnings))
        return usage(CliOptions::acceptUsage());
    return CliOptions::kContinue;
}

Result<ReportCommand::Outcome> ReportCommand::run(const CliOptions& options, Vault& vault,
                                                  const SecretBuffer& passphrase)
{
    RecordContext& ctx = vault.records();
    const report::Kind kind = *report::kindFromCode(options.kind);
    auto visit = visitOf(ctx, options.visit);
    if (!visit)
        return visit.error();
    auto place = PlaceRepository(ctx).get(visit->placeId);
    if (!place)
        return place.error();
    auto body = bodyName(ctx, *place);
    if (!body)
        return body.error();
    // As given ("fr_BE" keeps Belgian dates); the translation is matched to it.
    const QString language = options.language.isEmpty() ? visit->language : options.language;

    // The report's language while it is built and checked, and again while it
    // is rendered; vigil-cli's own lines in between stay in its language (the
    // guard's messages keep the report's: they speak of its text).
    std::optional<ReportTranslation> translation(std::in_place, language);
    AttachmentStore photos(vault); // decrypted in memory for the annex only
    report::ReportBuilder builder(ctx, &photos, {*body, {}, false});
    auto document = builder.build(visit->id, kind, language);
    if (!document)
        return document.error();
    // The unsealed identities live only for the check (SecretBuffers, wiped
    // when the lambda returns).
    auto guard = [&]() -> Result<report::GuardReport> {
        auto identities = identitiesOf(vault, visit->id, passphrase);
        if (!identities)
            return identities.error();
        return report::PublicationGuard(ctx).check(*document, *identities);
    }();
    if (!guard)
        return guard.error();
    translation.reset();

    const QList<report::GuardFinding> removals = guard->removals();
    if (!removals.isEmpty())
        say(CliText::tr("The publication guard takes out %n item(s) this kind of report may "
                        "not show:",
                        nullptr, int(removals.size())));
    // Never the sentence: it may be what must not spread.
    for (const report::GuardFinding& f : removals)
        say(QStringLiteral("  ") + GuardWarnings::describe(f));

    // Only the warnings the user saw: their digest, printed by a blocked run.
    const QList<report::GuardFinding> warnings = guard->warnings();
    if (!warnings.isEmpty() &&
        GuardWarnings::digest(warnings) != options.acceptWarnings.toLower()) {
        GuardWarnings::printBlocked(warnings, options.acceptWarnings, options.showSentences);
        return Outcome::Blocked;
    }
    if (!warnings.isEmpty()) {
        // Audited before anything is written: the decision is the user's, on record.
        if (auto st = report::PublicationGuard::recordDecision(ctx, visit->id, kind, warnings); !st)
            return st.error();
        say(CliText::tr("Accepted %n warning(s) of the publication guard (recorded in the audit "
                        "log):",
                        nullptr, int(warnings.size())));
        for (const report::GuardFinding& f : warnings)
            say(QStringLiteral("  ") + GuardWarnings::describe(f));
    }
    translation.emplace(language);
    const Status written =
        write(report::PublicationGuard::apply(*document, *guard), *formatOf(options), options.out);
    translation.reset();
    if (!written)
        return written.error();
    say(CliText::tr("Wrote %1.")
            .arg(QDir::toNativeSeparators(QFileInfo(options.out).absoluteFilePath())));
    return Outcome::Written;
}

Status ReportCommand::listVisits(const CliOptions& options, Vault& vault)
{
    RecordContext& ctx = vault.records();
    VisitRepository visits(ctx);
    auto list = [&]() -> Result<QList<Visit>> {
        if (!options.place.isEmpty())
            return visits.listForPlace(options.place);
        auto count = visits.count();
        if (!count)
            return count.error();
        return visits.list(0, *count);
    }();
    if (!list)
        return list.error();
    PlaceRepository places(ctx);
    RecommendationRepository recommendations(ctx);
    QHash<QString, QString> placeNames;
    for (const Visit& v : *list) {
        if (!placeNames.contains(v.placeId)) {
            auto place = places.get(v.placeId);
            placeNames.insert(v.placeId, place ? place->name : QString());
        }
        auto recs = recommendations.listForVisit(v.id);
        if (!recs)
            return recs.error();
        const std::optional<qint64> when = v.actualStart ? v.actualStart : v.plannedStart;
        const QString date =
            when ? QDateTime::fromMSecsSinceEpoch(*when).date().toString(Qt::ISODate)
                 : CliText::tr("(no date)");
        say(CliText::tr("%1  %2  %3 — %4, %5, %n recommendation(s)", nullptr, int(recs->size()))
                .arg(v.id, date, placeNames.value(v.placeId), VocabularyLabels::visitType(v.type),
                     VocabularyLabels::visitState(v.state)));
    }
    say(CliText::tr("%n visit(s).", nullptr, int(list->size())));
    return {};
}

} // namespace vigil::cli
