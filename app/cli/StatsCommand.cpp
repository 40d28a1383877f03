#include "app/cli/StatsCommand.h"

#include "app/cli/CliText.h"
#include "core/report/AnnualStatistics.h"
#include "core/report/StatisticsCsv.h"
#include "core/util/AtomicFile.h"
#include "core/vault/Vault.h"

#include <QRegularExpression>
#include <cstdio>

namespace vigil::cli {

namespace {

struct Years
{
    int from = 0;
    int to = 0;
};

// "2024" or "2020-2024"; {0, 0} when it is neither.
Years parseYears(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{4}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int from = m.captured(1).toInt();
    const int to = m.hasCaptured(2) ? m.captured(2).toInt() : from;
    if (from < 1 || to < from || to - from >= report::AnnualStatistics::kMaxYears)
        return {};
    return {from, to};
}

int usage(const QString& message)
{
    std::fprintf(stderr, "vigil-cli: %s\n%s\n", qPrintable(message),
                 qPrintable(CliText::tr("Try 'vigil-cli --help'.")));
    return ExitUsage;
}

} // namespace

int StatsCommand::checkOptions(const CliOptions& options)
{
    if (options.year.isEmpty())
        return usage(CliText::tr("stats needs --year YYYY (or --year FROM-TO)."));
    if (parseYears(options.year).from == 0)
        return usage(CliText::tr("--year takes a year such as 2024, or a range of up to %1 years "
                                 "such as 2020-2024.")
                         .arg(report::AnnualStatistics::kMaxYears));
    if (!options.format.isEmpty() && options.format != QLatin1StringView("csv"))
        return usage(CliText::tr("stats writes --format csv only."));
    return CliOptions::kContinue;
}

Status StatsCommand::run(const CliOptions& options, Vault& vault)
{
    const Years years = parseYears(options.year);
    auto figures = report::AnnualStatistics(vault.database()).series(years.from, years.to);
    if (!figures)
        return figures.error();
    // A file is for spreadsheets (Excel needs the mark to read UTF-8); a pipe is for scripts.
    const auto bom = options.out.isEmpty() ? report::StatisticsCsv::Bom::Omit
                                           : report::StatisticsCsv::Bom::Include;
    const QByteArray csv = years.from == years.to
                               ? report::StatisticsCsv::annual(figures->first(), bom)
                               : report::StatisticsCsv::series(*figures, bom);
    if (!options.out.isEmpty())
        return AtomicFile::write(options.out, csv);
    if (std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout) !=
            std::size_t(csv.size()) ||
        std::fflush(stdout) != 0)
        return Error::make(ErrorKind::Io, CliText::tr("Could not write to standard output."));
    return {};
}

} // namespace vigil::cli
