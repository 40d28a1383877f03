#pragma once

#include <QWidget>

namespace vigil {

// Covers a window's content with an opaque panel while the application is
// inactive (DESIGN.md §8, optional hiding), so what is on screen does not
// show behind another application, in a window switcher's preview or to
// someone looking over while the user is elsewhere. Off unless turned on
// (PrivacySettings::shieldWhenInactive, read at construction).
class InactiveShield : public QWidget
{
    Q_OBJECT
public:
    explicit InactiveShield(QWidget* covered);

    void setShieldEnabled(bool on);
    bool isShieldEnabled() const { return m_enabled; }
    bool isCovering() const { return !isHidden(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void applicationStateChanged(Qt::ApplicationState state);
    void cover(bool on);

    bool m_enabled = false;
};

} // namespace vigil
