#pragma once

#include "core/sync/Hlc.h"
#include "core/util/Result.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace vigil {

// The simulated calendar the demo records are written on: a clock that the
// generator sets to the time of each action, and a queue of actions run in
// time order (ties in the order they were scheduled). Repositories built on a
// RecordContext with wallClock() stamp records with the simulated time, so
// the hybrid logical clock moves forward through 2024-2026 as the visits do.
class DemoTimeline
{
public:
    using Action = std::function<Status()>;

    // Unix milliseconds. The clock never goes back: moving it to an earlier
    // time leaves it where it is.
    qint64 now() const { return m_now; }
    void setNow(qint64 millis) { m_now = std::max(m_now, millis); }
    Hlc::WallClock wallClock() const
    {
        return [this] {
            return m_now;
        };
    }

    // Actions may schedule further actions, at their own time or later.
    void schedule(qint64 at, Action action);
    // Runs every action due up to `until` and drops the later ones: their time
    // has not come yet in the demo's calendar.
    Status runUntil(qint64 until);

private:
    struct Entry
    {
        qint64 at;
        quint64 order;
        Action action;
    };
    static bool later(const Entry& a, const Entry& b);

    std::vector<Entry> m_queue; // a heap, earliest on top
    quint64 m_nextOrder = 0;
    qint64 m_now = 0;
};

} // namespace vigil
