#include "ui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <algorithm>

namespace vigil {

using namespace std::chrono;

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setInterval(milliseconds interval)
{
    m_interval = std::max(interval, milliseconds(1));
    if (m_active)
        check();
}

void IdleWatcher::start()
{
    if (!m_active && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_active = true;
    m_lastSecondsLeft = -1;
    m_sinceInput.start();
    check();
}

void IdleWatcher::stop()
{
    if (m_active && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_active = false;
    m_timer.stop();
}

milliseconds IdleWatcher::remaining() const
{
    if (!m_active)
        return milliseconds(0);
    const milliseconds elapsed(m_sinceInput.elapsed());
    return std::max(m_interval - elapsed, milliseconds(0));
}

bool IdleWatcher::isUserInput(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Only a timestamp here: this runs for every event of every object.
    if (m_active && isUserInput(event))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_active)
        return;
    const milliseconds left = remaining();
    if (left <= milliseconds(0)) {
        stop();
        Q_EMIT countdownChanged(0);
        Q_EMIT idle();
        return;
    }
    const int secondsLeft = int((left.count() + 999) / 1000);
    if (secondsLeft != m_lastSecondsLeft) {
        m_lastSecondsLeft = secondsLeft;
        Q_EMIT countdownChanged(secondsLeft);
    }
    // Wake when the displayed second changes, or at the deadline if sooner.
    const milliseconds toNextSecond(left.count() % 1000 == 0 ? 1000 : left.count() % 1000);
    m_timer.start(std::min(toNextSecond, left));
}

} // namespace vigil
