#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace vigil {

// Watches application-wide user input (keyboard, mouse, touch, tablet) and
// signals when none has arrived for the configured interval, for auto-lock.
// Input only stamps a clock; one timer, re-armed about once a second, checks
// the deadline and reports the countdown.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // Starts watching from now; stop() detaches from the application.
    void start();
    void stop();
    bool isActive() const { return m_active; }

    // Time left before idle() is emitted (zero when inactive or expired).
    std::chrono::milliseconds remaining() const;

    // True for the events that count as the user being present.
    static bool isUserInput(const QEvent* event);

Q_SIGNALS:
    // Emitted once per start() when the interval passes without input.
    void idle();
    // Whole seconds left, rounded up; emitted when the value changes.
    void countdownChanged(int secondsLeft);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    std::chrono::milliseconds m_interval{std::chrono::minutes(5)};
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
    bool m_active = false;
    int m_lastSecondsLeft = -1;
};

} // namespace vigil
