#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QWidget;

namespace vigil {

class ClipboardGuard;

// The panic key (DESIGN.md §8): Pause alone, or Ctrl+Shift+L, anywhere in
// the application — including while a modal dialog is up (the identity
// dialog, a confirmation), which blocks ordinary shortcuts. It clears the
// clipboard if the text there was copied from Vigil, then emits panic(),
// which the window connects to its lock, without waiting for anything:
//
//     connect(new PanicKey(this), &PanicKey::panic, this, &AppWindow::lock);
//
// The ordinary lock key (Ctrl+L) is watched the same way, so it too works
// over a modal dialog; it emits lockRequested() and leaves the clipboard.
class PanicKey : public QObject
{
    Q_OBJECT
public:
    // Watches the keyboard of the whole application on behalf of `window`
    // (which owns the PanicKey) and starts watching the clipboard.
    explicit PanicKey(QWidget* window);
    ~PanicKey() override;

    static QList<QKeySequence> keys();
    static QKeySequence lockKey() { return QKeySequence(Qt::CTRL | Qt::Key_L); }
    ClipboardGuard* clipboardGuard() const { return m_guard; }

public Q_SLOTS:
    void trigger();

Q_SIGNALS:
    void panic();
    void lockRequested();

protected:
    // An application event filter rather than QShortcut: shortcuts are
    // switched off for windows a modal dialog blocks, a panic key must not be.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ClipboardGuard* m_guard = nullptr;
};

} // namespace vigil
