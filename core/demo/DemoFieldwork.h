#pragma once

#include "core/demo/DemoInterviews.h"
#include "core/demo/DemoWorld.h"
#include "core/util/Result.h"

namespace vigil {

// The on-site part of a demo visit (DOMAIN.md §3): what the team plans to
// look at, the access log, interviews with consent before notes,
// observations, register checks, checklist answers, and the debrief where
// findings are written with their evidence. Writes through the repositories
// of the DemoWorld, at the times of the demo's timeline.
class DemoFieldwork
{
public:
    explicit DemoFieldwork(DemoWorld& world) : m_w(world), m_interviews(world) {}

    // Chooses the findings the visit will reach and the interviews,
    // observations and register checks that will support them.
    void plan(DemoWorld::Visit& visit);
    // Arrival: on site, and any delay or refusal at the gate.
    Status arrive(DemoWorld::Visit& visit);
    // One day on site: its share of interviews, observations and register
    // checks, nothing later than `until`.
    Status workDay(DemoWorld::Visit& visit, int day, qint64 until);
    // End of fieldwork: checklist answers, findings linked to their evidence,
    // allegations and the reprisal register.
    Status debrief(DemoWorld::Visit& visit);

private:
    Status observation(DemoWorld::Visit& visit, qint64 at);
    Status registerCheck(DemoWorld::Visit& visit, const QString& type);
    Status checklist(DemoWorld::Visit& visit, QStringList& answerIds);
    Status reprisal(DemoWorld::Visit& visit);

    DemoWorld& m_w;
    DemoInterviews m_interviews;
};

} // namespace vigil
