#pragma once

#include <QtGlobal>

#include <functional>

namespace vigil {

// A hybrid logical clock (DESIGN.md §6.2): 48-bit Unix milliseconds and a
// 16-bit counter in one 64-bit value, so stamps order like integers and stay
// monotonic when the wall clock steps back. Ties between devices break on the
// device id, outside this class.
class Hlc
{
public:
    using WallClock = std::function<qint64()>; // Unix milliseconds

    explicit Hlc(qint64 last = 0, WallClock wall = {});

    // A stamp greater than every stamp issued or observed so far.
    qint64 tick();
    // Takes a remote stamp into account (on receiving ops).
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 make(qint64 millis, int counter) { return (millis << 16) | (counter & 0xffff); }
    static qint64 millis(qint64 stamp) { return stamp >> 16; }
    static int counter(qint64 stamp) { return int(stamp & 0xffff); }

private:
    qint64 m_last;
    WallClock m_wall;
};

} // namespace vigil
