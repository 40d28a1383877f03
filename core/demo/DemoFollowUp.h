#pragma once

#include "core/demo/DemoWorld.h"
#include "core/util/Result.h"

namespace vigil {

// The recommendations of the demo visits through their lifecycle (DOMAIN.md
// §6): drafted from the findings, issued with the report, answered by the
// authority, checked for implementation on the next visit to the place, and
// closed or repeated in the new report.
class DemoFollowUp
{
public:
    explicit DemoFollowUp(DemoWorld& world) : m_w(world) {}

    // On site: checks the open recommendations of earlier visits to the place.
    Status checkEarlier(DemoWorld::Visit& visit);
    // Drafting: recommendations argued from the findings, and the repeated
    // versions of those found not (or only partly) implemented.
    Status draft(DemoWorld::Visit& visit);
    // The report is issued: so is every draft recommendation in it.
    Status issue(DemoWorld::Visit& visit);
    // The authority's written reply (Art. 22); some never reply.
    Status respond(DemoWorld::Visit& visit);

private:
    Status close(int recommendation);

    DemoWorld& m_w;
};

} // namespace vigil
