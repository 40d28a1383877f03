#include "ui/privacy/PanicKey.h"

#include "ui/privacy/ClipboardGuard.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace vigil {

namespace {

enum class Pressed { Other, Panic, Lock };

Pressed classify(const QKeyEvent* key)
{
    if (key->isAutoRepeat())
        return Pressed::Other;
    // Keypad and other incidental modifiers do not matter.
    const Qt::KeyboardModifiers mods = key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier |
                                                           Qt::AltModifier | Qt::MetaModifier);
    const QKeySequence pressed(QKeyCombination(mods, Qt::Key(key->key())));
    if (PanicKey::keys().contains(pressed))
        return Pressed::Panic;
    return pressed == PanicKey::lockKey() ? Pressed::Lock : Pressed::Other;
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
    const bool key = event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride;
    if (!key || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    const Pressed pressed = classify(static_cast<QKeyEvent*>(event));
    if (pressed == Pressed::Other)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Keep a shortcut elsewhere (the menu's Lock) from taking the keys first.
        event->accept();
        return true;
    }
    if (pressed == Pressed::Panic)
        trigger();
    else
        Q_EMIT lockRequested();
    return true;
}

void PanicKey::trigger()
{
    m_guard->clearVigilText();
    Q_EMIT panic();
}

} // namespace vigil
