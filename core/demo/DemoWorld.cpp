#include "core/demo/DemoWorld.h"

#include "core/repo/RecordContext.h"

namespace vigil {

DemoWorld::DemoWorld(RecordContext& context, DemoTimeline& clock, quint32 seed)
    : ctx(context), timeline(clock), rng(seed), bodyRepo(context), personRepo(context),
      placeRepo(context), visitRepo(context), visitLifecycle(context), accessLog(context),
      interviewRepo(context), observationRepo(context), registerRepo(context), findingRepo(context),
      recommendationRepo(context), recommendationLifecycle(context), allegationRepo(context),
      templateRepo(context), responseRepo(context)
{
    for (const demo::AllegationSeed& a : demo::allegationPool())
        allegationsLeft.append(&a);
}

const QString& DemoWorld::placeType(const Visit& visit) const
{
    return places[std::size_t(visit.place)].type;
}

QStringList DemoWorld::plannedCategories(const Visit& visit) const
{
    QStringList out;
    for (const demo::FindingSeed* seed : visit.planned)
        out.append(QString::fromUtf8(seed->category));
    return out;
}

QString DemoWorld::unitId(const Visit& visit, const QString& unitName) const
{
    const Place& place = places[std::size_t(visit.place)];
    for (qsizetype i = 0; i < place.units.size(); ++i) {
        if (unitName == QString::fromUtf8(place.units.at(i)->name))
            return place.unitIds.at(i);
    }
    return {};
}

QString DemoWorld::unitFor(const Visit& visit, const QString& text)
{
    const Place& place = places[std::size_t(visit.place)];
    static const char* const kIsolation[] = {"solitary", "segregation", "separation", "restrain",
                                             "seclusion"};
    bool isolation = false;
    for (const char* word : kIsolation)
        isolation = isolation || text.contains(QLatin1StringView(word), Qt::CaseInsensitive);
    QStringList fitting, living;
    for (const demo::UnitSeed* unit : place.units) {
        const QLatin1StringView kind(unit->kind);
        if (kind == QLatin1StringView("segregation") || kind == QLatin1StringView("seclusion"))
            fitting.append(QString::fromUtf8(unit->name));
        else if (kind != QLatin1StringView("other") && kind != QLatin1StringView("health") &&
                 kind != QLatin1StringView("reception"))
            living.append(QString::fromUtf8(unit->name));
    }
    const QStringList& from = isolation && !fitting.isEmpty() ? fitting : living;
    if (from.isEmpty())
        return QString::fromUtf8(place.units.front()->name);
    return from.at(below(int(from.size())));
}

QString DemoWorld::fill(const char* text, const Visit& visit, const QString& unitHint)
{
    const Place& place = places[std::size_t(visit.place)];
    QString out = QString::fromUtf8(text);
    if (out.contains(QLatin1StringView("{unit}")))
        out.replace(QLatin1StringView("{unit}"),
                    unitHint.isEmpty() ? unitFor(visit, out) : unitHint);
    out.replace(QLatin1StringView("{place}"), QString::fromUtf8(place.seed->name))
        .replace(QLatin1StringView("{persons}"),
                 QString::fromLatin1(demo::personWord(place.type, true)))
        .replace(QLatin1StringView("{person}"),
                 QString::fromLatin1(demo::personWord(place.type, false)))
        .replace(QLatin1StringView("{capacity}"), QString::number(place.seed->capacity))
        .replace(QLatin1StringView("{population}"), QString::number(visit.population))
        .replace(QLatin1StringView("{n}"), QString::number(2 + below(8)))
        .replace(QLatin1StringView("{days}"), QString::number(16 + below(30)))
        .replace(QLatin1StringView("{hours}"), QString::number(3 + below(10)));
    // Placeholders may open a sentence.
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool opens = i == 0 || (i >= 2 && out.at(i - 1) == QLatin1Char(' ') &&
                                      out.at(i - 2) == QLatin1Char('.'));
        if (opens && out.at(i).isLower())
            out[i] = out.at(i).toUpper();
    }
    return out;
}

} // namespace vigil
