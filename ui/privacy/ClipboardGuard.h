#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>

namespace vigil {

// Remembers whether the text on the clipboard came from Vigil, without
// keeping it: when the clipboard (or the X11 selection) changes while Vigil
// is the active application, a salted hash of the new text is kept. On a
// panic, text whose hash matches is cleared; anything the user copied in
// another application is left alone.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    // Whether the clipboard (or selection) now holds text copied from Vigil.
    bool holdsVigilText(QClipboard::Mode mode = QClipboard::Clipboard) const;
    // Clears every clipboard mode that holds text copied from Vigil; returns
    // whether anything was cleared.
    bool clearVigilText();

private:
    void changed(QClipboard::Mode mode);
    void applicationStateChanged(Qt::ApplicationState state);
    QByteArray digest(const QString& text) const;
    static int slot(QClipboard::Mode mode);

    QByteArray m_salt;
    QByteArray m_hashes[3]; // by QClipboard::Mode; empty: nothing of ours
    bool m_active = false;
};

} // namespace vigil
