#include "core/demo/DemoFieldwork.h"

#include <QDateTime>

namespace vigil {

namespace {

using demo::is;
using demo::str;

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;

QDate dateOf(qint64 millis)
{
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).date();
}

} // namespace

void DemoFieldwork::plan(DemoWorld::Visit& v)
{
    const QString& type = m_w.placeType(v);
    const QString visitType = str(v.seed->type);
    const int want = is(visitType, "follow_up")  ? 3 + m_w.below(2)
                     : is(visitType, "in_depth") ? 4 + m_w.below(3)
                                                 : 3 + m_w.below(3);
    // A follow-up looks again at what earlier recommendations were about; a
    // thematic visit at its theme.
    QStringList focus;
    if (is(visitType, "thematic"))
        focus << (demo::fits("police_custody", type) ? QStringLiteral("protection")
                                                     : QStringLiteral("health_care"));
    for (const DemoWorld::Recommendation& r : m_w.recommendations) {
        if (m_w.visits[std::size_t(r.visit)].place == v.place &&
            RecommendationLifecycle::isOpen(r.status) && !focus.contains(r.category))
            focus.append(r.category);
    }
    QList<const demo::FindingSeed*> fitting;
    for (const demo::FindingSeed& seed : demo::findingPool()) {
        if (demo::fits(seed.placeTypes, type))
            fitting.append(&seed);
    }
    auto take = [&](const demo::FindingSeed* seed) {
        v.planned.append(seed);
        v.plannedUnits.append(m_w.unitFor(v, str(seed->title) + str(seed->facts)));
    };
    for (const QString& category : std::as_const(focus)) {
        if (v.planned.size() * 2 >= want)
            break;
        QList<const demo::FindingSeed*> same;
        for (const demo::FindingSeed* seed : std::as_const(fitting)) {
            if (!seed->goodPractice && category == str(seed->category) && !v.planned.contains(seed))
                same.append(seed);
        }
        if (!same.isEmpty())
            take(same.at(m_w.below(int(same.size()))));
    }
    bool goodPractice = false;
    for (int guard = 0; v.planned.size() < want && guard < 400; ++guard) {
        const demo::FindingSeed* seed = fitting.at(m_w.below(int(fitting.size())));
        if (v.planned.contains(seed) || m_w.plannedCategories(v).count(str(seed->category)) >= 2)
            continue;
        if (seed->goodPractice && (goodPractice || !m_w.chance(40)))
            continue;
        take(seed);
        goodPractice = goodPractice || seed->goodPractice;
    }

    const bool small = demo::fits("police_custody,court_cells,airport_transit_zone", type);
    const int interviews = is(visitType, "in_depth")   ? 4 + m_w.below(3)
                           : is(visitType, "thematic") ? 4 + m_w.below(2)
                           : is(visitType, "ad_hoc")   ? 3 + m_w.below(3)
                                                       : 2 + m_w.below(3);
    QStringList extras;
    if (is(visitType, "in_depth") && interviews >= 5)
        extras << QStringLiteral("management");
    if (!small && interviews >= 4 && m_w.chance(40))
        extras << QStringLiteral("group");
    if (interviews >= 3)
        extras << QStringLiteral("staff");
    if (interviews >= 4 && m_w.chance(20))
        extras << QStringLiteral("external");
    v.speakers.clear();
    while (v.speakers.size() + extras.size() < interviews)
        v.speakers << QStringLiteral("detainee");
    v.speakers << extras;

    v.observations = 2 + m_w.below(3);
    for (const demo::FindingSeed* seed : std::as_const(v.planned)) {
        if (seed->registerType && !v.registerTypes.contains(str(seed->registerType)))
            v.registerTypes.append(str(seed->registerType));
    }
    while (v.registerTypes.size() > 2)
        v.registerTypes.removeLast();
    if (v.registerTypes.isEmpty())
        v.registerTypes.append(str(m_w.pick(demo::registerPool()).registerType));

    for (qsizetype i = 0; i < m_w.allegationsLeft.size(); ++i) {
        const demo::AllegationSeed* a = m_w.allegationsLeft.at(i);
        if (demo::fits(a->placeTypes, type) && (is(visitType, "ad_hoc") || m_w.chance(25))) {
            v.allegation = a;
            m_w.allegationsLeft.removeAt(i);
            break;
        }
    }
}

Status DemoFieldwork::arrive(DemoWorld::Visit& v)
{
    auto onSite = m_w.visitLifecycle.transition(v.id, QStringLiteral("on_site"));
    if (!onSite)
        return onSite.error();
    const QString& type = m_w.placeType(v);
    const int roll = m_w.below(100);
    const int events = roll < 50 ? 0 : roll < 88 ? 1 : 2;
    QList<const demo::AccessSeed*> fitting;
    for (const demo::AccessSeed& seed : demo::accessPool()) {
        if (demo::fits(seed.placeTypes, type))
            fitting.append(&seed);
    }
    for (int i = 0; i < events && !fitting.isEmpty(); ++i) {
        const demo::AccessSeed* seed = fitting.takeAt(m_w.below(int(fitting.size())));
        m_w.timeline.setNow(v.start + (5 + 40 * i) * kMinute);
        AccessEvent event;
        event.visitId = v.id;
        event.kind = str(seed->kind);
        event.occurredAt = m_w.timeline.now();
        event.area = str(seed->area);
        event.official = str(seed->official);
        event.description = str(seed->description);
        if (seed->delayMinutes > 0)
            event.delayMinutes = seed->delayMinutes;
        auto id = m_w.accessLog.record(event);
        if (!id)
            return id.error();
    }
    if (is(str(v.seed->type), "follow_up"))
        VIGIL_TRY(reprisal(v));
    return {};
}

Status DemoFieldwork::workDay(DemoWorld::Visit& v, int day, qint64 until)
{
    const int days = v.seed->days;
    const qint64 morning = v.start + day * kDay;
    qint64 at = morning + 30 * kMinute;
    for (int i = day; i < v.observations; i += days) {
        at += (20 + m_w.below(40)) * kMinute;
        if (at > until)
            return {};
        VIGIL_TRY(observation(v, at));
    }
    at = std::max(at, morning + 60 * kMinute);
    for (qsizetype i = day; i < v.speakers.size(); i += days) {
        at += (50 + m_w.below(40)) * kMinute;
        if (at > until)
            return {};
        VIGIL_TRY(m_interviews.hold(v, v.speakers.at(i), at));
    }
    if (day == days - 1) {
        for (const QString& type : std::as_const(v.registerTypes)) {
            at += (30 + m_w.below(30)) * kMinute;
            if (at > until)
                return {};
            m_w.timeline.setNow(at);
            VIGIL_TRY(registerCheck(v, type));
        }
    }
    return {};
}

Status DemoFieldwork::observation(DemoWorld::Visit& v, qint64 at)
{
    m_w.timeline.setNow(at);
    const QString& type = m_w.placeType(v);
    const QStringList focus = m_w.plannedCategories(v);
    QList<const demo::ObservationSeed*> all, preferred;
    for (const demo::ObservationSeed& seed : demo::observationPool()) {
        if (!demo::fits(seed.placeTypes, type) || v.usedTexts.contains(seed.title))
            continue;
        all.append(&seed);
        if (focus.contains(str(seed.category)))
            preferred.append(&seed);
    }
    if (all.isEmpty())
        return {};
    const demo::ObservationSeed* seed = !preferred.isEmpty() && m_w.chance(80)
                                            ? preferred.at(m_w.below(int(preferred.size())))
                                            : all.at(m_w.below(int(all.size())));
    v.usedTexts.append(seed->title);
    const QString text = str(seed->title) + str(seed->notes);
    const QString unit = m_w.unitFor(v, text);
    Observation o;
    o.visitId = v.id;
    o.kind = str(seed->kind);
    if (text.contains(QLatin1StringView("{unit}")))
        o.unitId = m_w.unitId(v, unit);
    o.observedAt = at;
    o.title = m_w.fill(seed->title, v, unit);
    o.notes = m_w.fill(seed->notes, v, unit);
    auto id = m_w.observationRepo.create(o);
    if (!id)
        return id.error();
    v.evidence.append({QStringLiteral("observation"), *id, str(seed->category), {}});
    return {};
}

Status DemoFieldwork::registerCheck(DemoWorld::Visit& v, const QString& type)
{
    QList<const demo::RegisterSeed*> same;
    for (const demo::RegisterSeed& seed : demo::registerPool()) {
        if (type == str(seed.registerType))
            same.append(&seed);
    }
    const demo::RegisterSeed* seed =
        same.isEmpty() ? &m_w.pick(demo::registerPool()) : same.at(m_w.below(int(same.size())));
    RegisterCheck check;
    check.visitId = v.id;
    check.registerType = str(seed->registerType);
    check.periodTo = dateOf(v.start).addDays(-1);
    check.periodFrom = check.periodTo.addMonths(-3 - m_w.below(4));
    check.anomalies = str(seed->anomalies).split(QLatin1Char(','));
    check.notes = str(seed->notes);
    auto id = m_w.registerRepo.create(check);
    if (!id)
        return id.error();
    v.evidence.append(
        {QStringLiteral("register_check"), *id, QStringLiteral("protection"), check.registerType});
    return {};
}

Status DemoFieldwork::checklist(DemoWorld::Visit& v, QStringList& answerIds)
{
    const auto it = m_w.checklists.constFind(m_w.placeType(v));
    if (it == m_w.checklists.constEnd())
        return {};
    QStringList used;
    for (qsizetype i = 0; i < v.planned.size(); ++i) {
        const demo::FindingSeed* seed = v.planned.at(i);
        // Yes/no/partly questions are phrased so that "yes" is what the standard asks for.
        QList<ChecklistQuestion> fitting;
        for (const ChecklistQuestion& q : it->inCategory(str(seed->category))) {
            if (q.answer == AnswerType::YesNoPartly && !used.contains(q.id))
                fitting.append(q);
        }
        if (fitting.isEmpty())
            continue;
        const ChecklistQuestion& q = fitting.at(m_w.below(int(fitting.size())));
        used.append(q.id);
        const QString answer = seed->goodPractice ? QStringLiteral("yes")
                               : m_w.chance(50)   ? QStringLiteral("partly")
                                                  : QStringLiteral("no");
        auto id = m_w.responseRepo.answer(v.id, it->id, q.id, answer,
                                          str(m_w.pick(demo::checklistNotes())));
        if (!id)
            return id.error();
        answerIds[i] = *id;
    }
    return {};
}

Status DemoFieldwork::debrief(DemoWorld::Visit& v)
{
    QStringList answerIds(v.planned.size());
    const QString visitType = str(v.seed->type);
    if (is(visitType, "in_depth") || is(visitType, "thematic"))
        VIGIL_TRY(checklist(v, answerIds));
    for (qsizetype i = 0; i < v.planned.size(); ++i) {
        const demo::FindingSeed* seed = v.planned.at(i);
        const QString& unit = v.plannedUnits.at(i);
        Finding f;
        f.visitId = v.id;
        f.category = str(seed->category);
        f.subcategory = str(seed->subcategory);
        f.title = m_w.fill(seed->title, v, unit);
        f.facts = m_w.fill(seed->facts, v, unit);
        f.analysis = m_w.fill(seed->analysis, v, unit);
        f.severity = str(seed->severity);
        f.standards = str(seed->standards);
        f.goodPractice = seed->goodPractice;
        auto id = m_w.findingRepo.create(f);
        if (!id)
            return id.error();
        int interviews = 0, observations = 0, linked = 0;
        for (const DemoWorld::Evidence& e : std::as_const(v.evidence)) {
            const bool register_ = is(e.kind, "register_check") && seed->registerType &&
                                   e.registerType == str(seed->registerType);
            const bool sameCategory = e.category == f.category;
            const bool take = register_ ||
                              (sameCategory && is(e.kind, "interview") && interviews < 2) ||
                              (sameCategory && is(e.kind, "observation") && observations < 1);
            if (!take)
                continue;
            auto link = m_w.findingRepo.linkEvidence(*id, e.kind, e.id);
            if (!link)
                return link.error();
            interviews += is(e.kind, "interview");
            observations += is(e.kind, "observation");
            ++linked;
        }
        if (linked == 0 && !v.evidence.isEmpty()) {
            const DemoWorld::Evidence& e = v.evidence.at(m_w.below(int(v.evidence.size())));
            auto link = m_w.findingRepo.linkEvidence(*id, e.kind, e.id);
            if (!link)
                return link.error();
        }
        if (!answerIds.at(i).isEmpty())
            VIGIL_TRY(m_w.responseRepo.linkFinding(answerIds.at(i), *id));
        v.findingIds.append(*id);
        v.findings.append(seed);
    }
    if (v.allegation && !v.allegationInterview.isEmpty()) {
        Allegation a;
        a.visitId = v.id;
        a.interviewId = v.allegationInterview;
        a.summary = str(v.allegation->summary);
        a.consentToAct = true;
        a.medicalConsistency = str(v.allegation->medicalConsistency);
        a.referral = str(v.allegation->referral);
        auto id = m_w.allegationRepo.create(a);
        if (!id)
            return id.error();
    }
    return {};
}

Status DemoFieldwork::reprisal(DemoWorld::Visit& v)
{
    if (m_w.reprisalRecorded || !demo::fits("prison,remand_centre", m_w.placeType(v)))
        return {};
    const DemoWorld::Visit* previous = nullptr;
    for (const DemoWorld::Visit& other : m_w.visits) {
        if (&other == &v)
            break;
        if (other.place == v.place && !other.detaineeInterviews.isEmpty())
            previous = &other;
    }
    if (!previous)
        return {};
    auto seen = m_w.interviewRepo.get(previous->detaineeInterviews.constFirst());
    if (!seen)
        return seen.error();
    m_w.timeline.setNow(v.start + 6 * 60 * kMinute);
    const demo::ReprisalSeed& seed = m_w.pick(demo::reprisalPool());
    ReprisalAllegation r;
    r.visitId = previous->id;
    r.pseudonym = seen->pseudonym;
    r.what = str(seed.what);
    r.occurredOn = dateOf(previous->end).addDays(2).toString(Qt::ISODate);
    r.assessment = str(seed.assessment);
    r.actions = str(seed.actions);
    auto id = m_w.allegationRepo.createReprisal(r);
    if (!id)
        return id.error();
    m_w.reprisalRecorded = true;
    return {};
}

} // namespace vigil
