#include "core/demo/DemoFollowUp.h"

#include <QDateTime>

namespace vigil {

namespace {

using demo::str;

constexpr qint64 kDay = 86'400'000;

// A step text for `status` from the pool.
const demo::StepSeed& stepFor(DemoWorld& w, std::span<const demo::StepSeed> pool,
                              const QString& status)
{
    QList<const demo::StepSeed*> same;
    for (const demo::StepSeed& seed : pool) {
        if (status == str(seed.status))
            same.append(&seed);
    }
    return *same.at(w.below(int(same.size())));
}

} // namespace

Status DemoFollowUp::checkEarlier(DemoWorld::Visit& v)
{
    for (int i = 0; i < int(m_w.recommendations.size()); ++i) {
        DemoWorld::Recommendation& r = m_w.recommendations[std::size_t(i)];
        if (r.visit >= v.index || m_w.visits[std::size_t(r.visit)].place != v.place ||
            !RecommendationLifecycle::isOpen(r.status))
            continue;
        const int roll = m_w.below(100);
        const bool rejected = r.status == QLatin1StringView("rejected");
        QString outcome;
        if (rejected)
            outcome = roll < 70 ? QStringLiteral("not_implemented")
                                : QStringLiteral("partly_implemented");
        else
            outcome = roll < 35   ? QStringLiteral("implemented")
                      : roll < 60 ? QStringLiteral("partly_implemented")
                      : roll < 75 ? QStringLiteral("in_progress")
                                  : QStringLiteral("not_implemented");
        RecommendationLifecycle::Step step;
        step.to = outcome;
        step.at = m_w.timeline.now();
        step.visitId = v.id;
        step.evidence = str(stepFor(m_w, demo::implementationPool(), outcome).text);
        VIGIL_TRY(m_w.recommendationLifecycle.apply(r.id, step));
        r.status = outcome;
        v.checked.append(i);
        if (outcome == QLatin1StringView("implemented"))
            m_w.timeline.schedule(v.end + (30 + m_w.below(30)) * kDay,
                                  [this, i] { return close(i); });
    }
    return {};
}

Status DemoFollowUp::close(int index)
{
    DemoWorld::Recommendation& r = m_w.recommendations[std::size_t(index)];
    if (r.status != QLatin1StringView("implemented"))
        return {};
    RecommendationLifecycle::Step step;
    step.to = QStringLiteral("closed");
    step.at = m_w.timeline.now();
    step.note = QStringLiteral("Closed: implementation verified on site.");
    VIGIL_TRY(m_w.recommendationLifecycle.apply(r.id, step));
    r.status = step.to;
    return {};
}

Status DemoFollowUp::draft(DemoWorld::Visit& v)
{
    const int visitIndex = v.index;
    const int wanted = 2 + m_w.below(3);
    int made = 0;
    for (qsizetype i = 0; i < v.findings.size() && made < wanted; ++i) {
        const demo::FindingSeed* seed = v.findings.at(i);
        if (seed->goodPractice || !seed->recommendation)
            continue;
        Recommendation r;
        r.visitId = v.id;
        r.text = m_w.fill(seed->recommendation, v, v.plannedUnits.at(i));
        r.addressee = str(seed->addressee);
        r.level = str(seed->level);
        r.priority = str(seed->severity);
        r.deadline = QDateTime::fromMSecsSinceEpoch(v.end, Qt::UTC)
                         .date()
                         .addMonths(QLatin1StringView(seed->severity) == QLatin1StringView("urgent")
                                        ? 3
                                        : 6 + m_w.below(7));
        auto id = m_w.recommendationRepo.create(r);
        if (!id)
            return id.error();
        auto link = m_w.recommendationRepo.linkFinding(*id, v.findingIds.at(i));
        if (!link)
            return link.error();
        m_w.recommendations.push_back(
            {*id, QStringLiteral("draft"), str(seed->category), visitIndex});
        v.recommendations.append(int(m_w.recommendations.size()) - 1);
        ++made;
    }
    // Not (or only partly) implemented: most are repeated in the new report.
    for (int index : std::as_const(v.checked)) {
        DemoWorld::Recommendation& old = m_w.recommendations[std::size_t(index)];
        const bool unfinished = old.status == QLatin1StringView("not_implemented") ||
                                old.status == QLatin1StringView("partly_implemented");
        if (!unfinished || !m_w.chance(55))
            continue;
        RecommendationLifecycle::Step step;
        step.at = m_w.timeline.now();
        step.visitId = v.id;
        step.note = QStringLiteral("Repeated in the report on the follow-up visit.");
        auto repeated = m_w.recommendationLifecycle.reissue(old.id, step);
        if (!repeated)
            return repeated.error();
        old.status = QStringLiteral("reissued");
        const QString category = old.category;
        for (qsizetype i = 0; i < v.findings.size(); ++i) {
            if (!v.findings.at(i)->goodPractice && category == str(v.findings.at(i)->category)) {
                auto link = m_w.recommendationRepo.linkFinding(*repeated, v.findingIds.at(i));
                if (!link)
                    return link.error();
                break;
            }
        }
        m_w.recommendations.push_back({*repeated, QStringLiteral("draft"), category, visitIndex});
        v.recommendations.append(int(m_w.recommendations.size()) - 1);
    }
    return {};
}

Status DemoFollowUp::issue(DemoWorld::Visit& v)
{
    for (int index : std::as_const(v.recommendations)) {
        DemoWorld::Recommendation& r = m_w.recommendations[std::size_t(index)];
        if (r.status != QLatin1StringView("draft"))
            continue;
        RecommendationLifecycle::Step step;
        step.to = QStringLiteral("issued");
        step.at = m_w.timeline.now();
        VIGIL_TRY(m_w.recommendationLifecycle.apply(r.id, step));
        r.status = step.to;
    }
    return {};
}

Status DemoFollowUp::respond(DemoWorld::Visit& v)
{
    if (m_w.chance(15))
        return {}; // no reply: the next visit checks implementation all the same
    for (int index : std::as_const(v.recommendations)) {
        DemoWorld::Recommendation& r = m_w.recommendations[std::size_t(index)];
        if (r.status != QLatin1StringView("issued"))
            continue;
        const int roll = m_w.below(100);
        RecommendationLifecycle::Step step;
        step.to = roll < 50   ? QStringLiteral("accepted")
                  : roll < 80 ? QStringLiteral("partly_accepted")
                              : QStringLiteral("rejected");
        step.at = m_w.timeline.now();
        step.note = str(stepFor(m_w, demo::responsePool(), step.to).text);
        VIGIL_TRY(m_w.recommendationLifecycle.apply(r.id, step));
        r.status = step.to;
    }
    return {};
}

} // namespace vigil
