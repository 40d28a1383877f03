#include "core/sync/Hlc.h"

#include <QDateTime>

namespace vigil {

Hlc::Hlc(qint64 last, WallClock wall) : m_last(last), m_wall(std::move(wall))
{
    if (!m_wall)
        m_wall = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 Hlc::tick()
{
    const qint64 now = m_wall();
    if (now > millis(m_last))
        m_last = make(now, 0);
    else
        m_last += 1; // same or earlier millisecond: count up (overflow carries into ms)
    return m_last;
}

void Hlc::observe(qint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

} // namespace vigil
