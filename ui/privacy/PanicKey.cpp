#include "ui/privacy/PanicKey.h"

#include "ui/privacy/ClipboardGuard.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace vigil {

namespace {

bool isPanic(const QKeyEvent* key)
{
    if (key->isAutoRepeat())
        return false;
    // Keypad and other incidental modifiers do not matter.
    const Qt::KeyboardModifiers mods = key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier |
                                                           Qt::AltModifier | Qt::MetaModifier);
    const QKeySequence pressed(QKeyCombination(mods, Qt::Key(key->key())));
    return PanicKey::keys().contains(pressed);
}

} // namespace

PanicKey::PanicKey(QWidget* window) : QObject(window), m_guard(new ClipboardGuard(this))
{
    setObjectName(QStringLiteral("panicKey"));
    QCoreApplication::instance()->installEventFilter(this);
}

PanicKey::~PanicKey()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

QList<QKeySequence> PanicKey::keys()
{
    // Pause: one key, easy to hit blind. Ctrl+Shift+L: for keyboards without it.
    return {QKeySequence(Qt::Key_Pause), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)};
}

bool PanicKey::eventFilter(QObject* watched, QEvent* event)
{
    // Only widgets' key events: each key press also passes by its window
    // (QWindow) first, which must not count twice.
    if (event->type() == QEvent::KeyPress && watched->isWidgetType() &&
        isPanic(static_cast<QKeyEvent*>(event))) {
        trigger();
        return true;
    }
    // Keep a shortcut elsewhere from taking the keys first.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() &&
        isPanic(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void PanicKey::trigger()
{
    m_guard->clearVigilText();
    Q_EMIT panic();
}

} // namespace vigil
