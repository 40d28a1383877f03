#include "core/demo/DemoData.h"

#include "core/demo/DemoFieldwork.h"
#include "core/demo/DemoFollowUp.h"
#include "core/demo/DemoWorld.h"
#include "core/model/Vocabulary.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"

#include <QDateTime>

namespace vigil {

namespace {

using demo::str;

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QStringList list(const char* commaSeparated)
{
    return str(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

qint64 millis(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

// Some time during office hours on the day of `t`.
qint64 office(DemoWorld& w, qint64 t)
{
    const qint64 day = t - t % kDay;
    return day + 8 * kHour + w.below(8 * 60) * kMinute;
}

Status setUp(DemoWorld& w)
{
    for (const demo::BodySeed& seed : demo::bodies()) {
        Body body;
        body.name = str(seed.name);
        body.kind = str(seed.kind);
        body.parentId = w.bodyId; // empty for the NPM itself
        body.country = str(seed.country);
        body.languages = list(seed.languages);
        auto id = w.bodyRepo.create(body);
        if (!id)
            return id.error();
        if (w.bodyId.isEmpty())
            w.bodyId = *id;
    }
    for (const demo::PersonSeed& seed : demo::people()) {
        Person person;
        person.name = str(seed.name);
        person.role = str(seed.role);
        person.gender = str(seed.gender);
        person.languages = list(seed.languages);
        person.bodyId = w.bodyId;
        auto id = w.personRepo.create(person);
        if (!id)
            return id.error();
        w.personIds.append(*id);
    }
    for (const demo::PlaceSeed& seed : demo::places()) {
        Place place;
        place.name = str(seed.name);
        place.type = str(seed.type);
        place.operatorKind = str(seed.operatorKind);
        place.authority = str(seed.authority);
        place.address = str(seed.address);
        place.capacity = seed.capacity;
        place.population = seed.population;
        place.riskNotes = str(seed.riskNotes);
        place.bodyId = w.bodyId;
        auto id = w.placeRepo.create(place);
        if (!id)
            return id.error();
        DemoWorld::Place state{&seed, *id, place.type, {}, {}};
        for (const demo::UnitSeed& unitSeed : seed.units) {
            PlaceUnit unit;
            unit.placeId = *id;
            unit.name = str(unitSeed.name);
            unit.kind = str(unitSeed.kind);
            if (unitSeed.capacity > 0)
                unit.capacity = unitSeed.capacity;
            auto unitId = w.placeRepo.addUnit(unit);
            if (!unitId)
                return unitId.error();
            state.unitIds.append(*unitId);
            state.units.append(&unitSeed);
        }
        w.places.push_back(std::move(state));
    }
    auto installed = w.templateRepo.installBuiltIns();
    if (!installed)
        return installed.error();
    for (const char* type : vocab::kPlaceTypes) {
        auto templates = w.templateRepo.forPlaceType(QString::fromLatin1(type));
        if (!templates)
            return templates.error();
        if (!templates->isEmpty())
            w.checklists.insert(QString::fromLatin1(type), templates->constFirst());
    }
    return {};
}

// A team of 2-4 with one lead, balanced by gender, with a doctor, an
// interpreter or an expert where the visit needs one (OPCAT Art. 18(2)).
QList<QPair<int, QString>> teamFor(DemoWorld& w, const DemoWorld::Visit& v)
{
    const auto people = demo::people();
    const QString type = str(v.seed->type);
    const QString& placeType = w.placeType(v);
    const int size = type == QLatin1StringView("in_depth")   ? 4
                     : type == QLatin1StringView("thematic") ? 3
                                                             : 2 + w.below(2);
    const int lead = w.below(2); // Maren Olvik or Tobias Rennard
    QList<QPair<int, QString>> team{{lead, QStringLiteral("lead")}};
    int women = QLatin1StringView(people[std::size_t(lead)].gender) == QLatin1StringView("female");
    auto add = [&](int person) {
        team.append({person, str(people[std::size_t(person)].role)});
        women +=
            QLatin1StringView(people[std::size_t(person)].gender) == QLatin1StringView("female");
    };
    if (demo::fits("immigration_detention,airport_transit_zone", placeType))
        add(7);
    if (team.size() < size && (type != QLatin1StringView("follow_up") || w.chance(30)))
        add(lead == 0 ? 6 : 5); // a doctor of the other gender than the lead
    if (team.size() < size && demo::fits("psychiatric_hospital,social_care_home", placeType) &&
        type == QLatin1StringView("in_depth"))
        add(8);
    QList<int> monitors{2, 3, 4};
    while (team.size() < size && !monitors.isEmpty()) {
        const bool wantWoman = women * 2 < team.size() + 1;
        int chosen = -1;
        for (int m : std::as_const(monitors)) {
            const bool woman =
                QLatin1StringView(people[std::size_t(m)].gender) == QLatin1StringView("female");
            if (woman == wantWoman && (chosen < 0 || w.chance(50)))
                chosen = m;
        }
        if (chosen < 0)
            chosen = monitors.at(w.below(int(monitors.size())));
        monitors.removeOne(chosen);
        add(chosen);
    }
    return team;
}

Status createVisit(DemoWorld& w, DemoWorld::Visit& v)
{
    Visit visit;
    visit.placeId = w.places[std::size_t(v.place)].id;
    visit.type = str(v.seed->type);
    visit.unannounced = v.seed->unannounced;
    visit.plannedStart = v.start;
    visit.plannedEnd = v.end;
    visit.objectives =
        v.seed->objectives ? str(v.seed->objectives) : str(w.pick(demo::objectivePool(visit.type)));
    visit.language = QStringLiteral("en");
    auto id = w.visitRepo.create(visit);
    if (!id)
        return id.error();
    v.id = *id;
    for (const auto& [person, role] : teamFor(w, v)) {
        auto member = w.visitRepo.addMember(v.id, w.personIds.at(person), role);
        if (!member)
            return member.error();
    }
    return {};
}

Status move(DemoWorld& w, const DemoWorld::Visit& v, const char* state, const QString& note = {})
{
    auto step = w.visitLifecycle.transition(v.id, QString::fromLatin1(state), note);
    return step ? Status() : Status(step.error());
}

// Puts the whole life of one visit on the timeline, from its planning to its closure.
void schedule(DemoWorld& w, DemoFieldwork& fieldwork, DemoFollowUp& followUp, int index,
              qint64 today)
{
    DemoWorld::Visit& v = w.visits[std::size_t(index)];
    const demo::VisitSeed& seed = *v.seed;
    DemoTimeline& t = w.timeline;
    const QString authority = str(w.places[std::size_t(v.place)].seed->authority);

    const qint64 lead = (seed.unannounced ? 8 + w.below(12) : 21) * kDay;
    t.schedule(std::min(office(w, v.start - lead), today - kDay),
               [&w, &v] { return createVisit(w, v); });
    t.schedule(office(w, v.start - 3 * kDay), [&w, &v] { return move(w, v, "preparing"); });
    t.schedule(v.start, [&w, &v, &fieldwork, today]() -> Status {
        fieldwork.plan(v);
        VIGIL_TRY(fieldwork.arrive(v));
        return fieldwork.workDay(v, 0, today);
    });
    t.schedule(v.start + 7 * kHour, [&v, &followUp] { return followUp.checkEarlier(v); });
    for (int day = 1; day < seed.days; ++day)
        t.schedule(v.start + day * kDay,
                   [&v, &fieldwork, day, today] { return fieldwork.workDay(v, day, today); });
    t.schedule(v.end - 45 * kMinute, [&v, &fieldwork] { return fieldwork.debrief(v); });
    t.schedule(v.end, [&w, &v] {
        return move(w, v, "fieldwork_closed",
                    QStringLiteral("Final meeting with the management; preliminary findings "
                                   "presented."));
    });
    t.schedule(office(w, v.end + (7 + w.below(6)) * kDay), [&w, &v, &followUp]() -> Status {
        VIGIL_TRY(move(w, v, "drafting"));
        return followUp.draft(v);
    });
    t.schedule(office(w, v.end + (30 + w.below(6)) * kDay),
               [&w, &v] { return move(w, v, "internal_review"); });
    t.schedule(office(w, v.end + (47 + w.below(5)) * kDay), [&w, &v, authority] {
        return move(w, v, "sent_to_authorities",
                    QStringLiteral("Draft report sent for factual check to: %1.").arg(authority));
    });
    const qint64 issued = office(w, v.end + (62 + w.below(14)) * kDay);
    t.schedule(issued, [&w, &v, &followUp]() -> Status {
        VIGIL_TRY(move(w, v, "issued"));
        return followUp.issue(v);
    });
    t.schedule(office(w, issued + (40 + w.below(30)) * kDay),
               [&v, &followUp] { return followUp.respond(v); });
    const QString type = str(seed.type);
    if ((type == QLatin1StringView("in_depth") || type == QLatin1StringView("thematic")) &&
        w.chance(50))
        t.schedule(office(w, issued + (8 + w.below(10)) * kDay), [&w, &v] {
            return move(w, v, "published",
                        QStringLiteral("Published on the NPM's website with the authority's "
                                       "reply."));
        });
    const qint64 followUpStarts = office(w, issued + (30 + w.below(16)) * kDay);
    t.schedule(followUpStarts, [&w, &v] { return move(w, v, "follow_up"); });
    t.schedule(office(w, followUpStarts + (300 + w.below(100)) * kDay), [&w, &v] {
        return move(w, v, "closed",
                    QStringLiteral("Follow-up continues through the next visit to the place."));
    });
}

// Thousands of small transactions, each waiting for the disk, would make
// the demo slow; its records can be generated again, so during generation a
// commit does not wait for fsync (WAL with synchronous=NORMAL stays
// consistent; a crash could only lose the last commits). The connection's
// usual setting comes back afterwards, also on failure.
class RelaxedSync
{
public:
    explicit RelaxedSync(Database& db) : m_db(db), m_ok(db.exec("PRAGMA synchronous = NORMAL").ok())
    {
    }
    ~RelaxedSync()
    {
        if (m_ok)
            (void)m_db.exec("PRAGMA synchronous = FULL");
    }
    RelaxedSync(const RelaxedSync&) = delete;
    RelaxedSync& operator=(const RelaxedSync&) = delete;

private:
    Database& m_db;
    bool m_ok;
};

} // namespace

QDateTime DemoData::today()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

Status DemoData::generate(Database& db, quint32 seed)
{
    RelaxedSync relaxed(db);
    DemoTimeline timeline;
    timeline.setNow(millis(QDate(2023, 11, 6), 9, 0));
    auto ctx = RecordContext::open(db, timeline.wallClock());
    if (!ctx)
        return ctx.error();
    DemoWorld w(**ctx, timeline, seed);
    VIGIL_TRY(setUp(w));

    const auto plan = demo::visitPlan();
    w.visits.resize(plan.size()); // fixed from here on: actions hold references
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const demo::VisitSeed& seed = plan[i];
        DemoWorld::Visit& v = w.visits[i];
        v.seed = &seed;
        v.index = int(i);
        v.place = seed.place;
        QDate first(seed.year, seed.month, seed.day > 0 ? seed.day : 2 + w.below(20));
        while (seed.day == 0 && first.dayOfWeek() > 6 - seed.days)
            first = first.addDays(1); // Monday to Friday
        v.start = millis(first, 8, 15 + 5 * w.below(6));
        v.end = millis(first.addDays(seed.days - 1), 17, 5 * w.below(10));
        v.population =
            seed.place < int(w.places.size())
                ? w.places[std::size_t(seed.place)].seed->population * (90 + w.below(16)) / 100
                : 0;
    }
    DemoFieldwork fieldwork(w);
    DemoFollowUp followUp(w);
    const qint64 now = today().toMSecsSinceEpoch();
    for (std::size_t i = 0; i < plan.size(); ++i)
        schedule(w, fieldwork, followUp, int(i), now);
    return timeline.runUntil(now);
}

Result<DemoData::Summary> DemoData::summarize(Database& db)
{
    Summary s;
    const std::pair<const char*, qint64*> counts[] = {
        {"SELECT count(*) FROM place WHERE deleted = 0", &s.places},
        {"SELECT count(*) FROM visit WHERE deleted = 0", &s.visits},
        {"SELECT count(*) FROM interview WHERE deleted = 0", &s.interviews},
        {"SELECT count(*) FROM finding WHERE deleted = 0", &s.findings},
        {"SELECT count(*) FROM recommendation WHERE deleted = 0", &s.recommendations},
    };
    for (const auto& [sql, out] : counts) {
        auto n = db.scalarInt(sql);
        if (!n)
            return n.error();
        *out = *n;
    }
    return s;
}

} // namespace vigil
