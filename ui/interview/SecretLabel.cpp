#include "ui/interview/SecretLabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>

namespace vigil {

namespace {

// Hands the value to a screen reader only when one asks for it.
class SecretLabelAccessible : public QAccessibleWidget
{
public:
    explicit SecretLabelAccessible(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::StaticText)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return static_cast<const SecretLabel*>(widget())->revealForAccessibility();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* secretLabelFactory(const QString& className, QObject* object)
{
    if (className == QLatin1StringView("vigil::SecretLabel") && object && object->isWidgetType())
        return new SecretLabelAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

SecretLabel::SecretLabel(QWidget* parent) : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(&secretLabelFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so it can be read out
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void SecretLabel::setSecret(SecretBuffer value)
{
    m_value = std::move(value);
    update();
}

void SecretLabel::clear()
{
    m_value.clear();
    update();
}

QSize SecretLabel::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 30, fm.height() + 8};
}

QSize SecretLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 8, fm.height() + 8};
}

void SecretLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    QStyleOptionFrame frame;
    frame.initFrom(this);
    frame.lineWidth = 1;
    style()->drawPrimitive(QStyle::PE_PanelLineEdit, &frame, &painter, this);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
    QString text = m_value.toDisplayString();
    const QRect area = rect().adjusted(6, 0, -6, 0);
    QString shown = fontMetrics().elidedText(text, Qt::ElideRight, area.width());
    wipeString(text);
    const Qt::Alignment align =
        QStyle::visualAlignment(layoutDirection(), Qt::AlignLeading | Qt::AlignVCenter);
    painter.drawText(area, int(align) | Qt::TextSingleLine, shown);
    wipeString(shown);
}

} // namespace vigil
