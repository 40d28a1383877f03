#pragma once

#include "core/demo/DemoWorld.h"
#include "core/util/Result.h"

namespace vigil {

// The interviews of a demo visit, held the way DOMAIN.md §4 requires: a
// pseudonym, "without witnesses" always answered, consent recorded before any
// note, sensitive attributes only once consent is in force. The mix is
// realistic, warnings included: now and then an interviewee chosen by staff,
// a staff interpreter, a group that raises sensitive topics, a high reprisal
// risk without follow-up, and one consent later withdrawn.
class DemoInterviews
{
public:
    explicit DemoInterviews(DemoWorld& world) : m_w(world) {}

    // One interview with `speaker` (NoteSeed::speaker) at `at`, Unix ms.
    Status hold(DemoWorld::Visit& visit, const QString& speaker, qint64 at);

private:
    DemoWorld& m_w;
};

} // namespace vigil
