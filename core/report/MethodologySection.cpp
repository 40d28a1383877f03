#include "core/report/MethodologySection.h"

#include "core/model/Vocabulary.h"
#include "core/report/ReportLabels.h"

#include <QDateTime>

namespace vigil::report {

namespace {

Paragraph composed(const QString& text)
{
    return Paragraph{text, {}};
}

// Units the team was seen to work in: where it observed or interviewed, in
// the place's order of units.
QStringList unitsSeen(const ReportInput& in)
{
    QStringList names;
    for (const PlaceUnit& unit : in.units) {
        const auto observed =
            std::any_of(in.observations.begin(), in.observations.end(),
                        [&](const Observation& o) { return o.unitId == unit.id; });
        const auto heard = std::any_of(in.interviews.begin(), in.interviews.end(),
                                       [&](const Interview& i) { return i.unitId == unit.id; });
        if (observed || heard)
            names.append(unit.name);
    }
    return names;
}

} // namespace

Section MethodologySection::build(const ReportInput& in)
{
    Section s;
    s.key = QStringLiteral("methodology");
    s.title = tr("Methodology");
    const bool detailed = in.kind != Kind::Public;
    if (detailed && !in.visit.objectives.trimmed().isEmpty())
        s.blocks.append(
            composed(tr("Objectives of the visit: %1").arg(in.visit.objectives.trimmed())));

    const QStringList units = unitsSeen(in);
    if (!units.isEmpty())
        s.blocks.append(composed(tr("The team visited the following parts of the place: %1.")
                                     .arg(in.locale.createSeparatedList(units))));
    if (!in.observations.isEmpty())
        s.blocks.append(composed(
            tr("It recorded %n observation(s) on site.", nullptr, int(in.observations.size()))));

    if (!in.interviews.isEmpty()) {
        QStringList byKind;
        int withWitnesses = 0;
        for (const char* kind : vocab::kInterviewKinds) {
            const QLatin1StringView code(kind);
            const auto n = std::count_if(in.interviews.begin(), in.interviews.end(),
                                         [&](const Interview& i) { return i.kind == code; });
            if (n > 0)
                byKind.append(ReportLabels::interviewCount(QString(code), int(n)));
        }
        for (const Interview& i : in.interviews) {
            if (i.kind == u"individual_private" && i.withoutWitnesses == false)
                ++withWitnesses;
        }
        s.blocks.append(
            composed(tr("The team held %n interview(s): %1.", nullptr, int(in.interviews.size()))
                         .arg(in.locale.createSeparatedList(byKind))));
        if (withWitnesses > 0)
            s.blocks.append(composed(tr("%n private interview(s) could not be held without "
                                        "witnesses.",
                                        nullptr, withWitnesses)));
    } else {
        s.blocks.append(composed(tr("The team held no interviews.")));
    }

    if (!in.registers.isEmpty()) {
        QStringList names;
        for (const RegisterCheck& r : in.registers) {
            const QString name = ReportLabels::registerType(r.registerType);
            if (!names.contains(name))
                names.append(name);
        }
        s.blocks.append(composed(tr("It examined the following registers: %1.")
                                     .arg(in.locale.createSeparatedList(names))));
    }
    s.blocks.append(access(in));
    return s;
}

QList<Block> MethodologySection::access(const ReportInput& in)
{
    if (in.access.isEmpty())
        return {composed(tr("The team had access to every place and person it asked to see, "
                            "without delay."))};
    QList<Block> out;
    out.append(composed(tr("The team's access was refused, delayed or obstructed %n time(s).",
                           nullptr, int(in.access.size()))));
    if (in.kind == Kind::Public)
        return out;
    Table table;
    table.caption = tr("Refusals, delays and obstructions of access");
    table.header = {tr("What"), tr("When"), tr("Where"), tr("Delay"), tr("Details")};
    table.source = {QStringLiteral("visit"), in.visit.id};
    for (const AccessEvent& e : in.access) {
        QString when = tr("time not recorded");
        if (e.occurredAt) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(*e.occurredAt);
            when = ReportLabels::date(in.locale, at.date()) + QLatin1Char(' ') +
                   in.locale.toString(at.time(), QLocale::ShortFormat);
        }
        const QString delay =
            e.delayMinutes ? tr("%n minute(s)", nullptr, int(*e.delayMinutes)) : QString();
        QStringList details;
        if (!e.description.trimmed().isEmpty())
            details.append(e.description.trimmed());
        if (!e.official.trimmed().isEmpty())
            details.append(tr("Official: %1").arg(e.official.trimmed()));
        table.rows.append({ReportLabels::accessKind(e.kind), when, e.area, delay,
                           details.join(QLatin1Char(' '))});
    }
    out.append(table);
    return out;
}

} // namespace vigil::report
