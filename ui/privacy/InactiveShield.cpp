#include "ui/privacy/InactiveShield.h"

#include "ui/privacy/PrivacySettings.h"

#include <QEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>

namespace vigil {

InactiveShield::InactiveShield(QWidget* covered) : QWidget(covered)
{
    setObjectName(QStringLiteral("inactiveShield"));
    setAccessibleName(tr("Content hidden while Vigil is in the background"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoFillBackground(true);
    hide();
    covered->installEventFilter(this);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            &InactiveShield::applicationStateChanged);
    setShieldEnabled(PrivacySettings::shieldWhenInactive());
}

void InactiveShield::setShieldEnabled(bool on)
{
    m_enabled = on;
    applicationStateChanged(QGuiApplication::applicationState());
}

void InactiveShield::applicationStateChanged(Qt::ApplicationState state)
{
    cover(m_enabled && state != Qt::ApplicationActive);
}

void InactiveShield::cover(bool on)
{
    if (!on) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

bool InactiveShield::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    // A page added later must not end up above the shield.
    if (watched == parentWidget() && event->type() == QEvent::ChildAdded && isCovering())
        raise();
    return QWidget::eventFilter(watched, event);
}

void InactiveShield::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const int icon = 64;
    const QRect iconRect(width() / 2 - icon / 2, height() / 2 - icon, icon, icon);
    QIcon(QStringLiteral(":/icons/vigil.svg")).paint(&painter, iconRect);
    painter.setPen(palette().placeholderText().color());
    painter.drawText(QRect(0, iconRect.bottom() + 12, width(), 2 * fontMetrics().height()),
                     Qt::AlignHCenter | Qt::AlignTop,
                     tr("Hidden while Vigil is in the background"));
}

} // namespace vigil
