#include "ui/privacy/ClipboardGuard.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QRandomGenerator>

namespace vigil {

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    // A per-process salt, so a hash left in memory cannot be matched
    // against guesses offline.
    m_salt.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_salt.data()),
                                          m_salt.size() / int(sizeof(quint32)));
    m_active = QGuiApplication::applicationState() == Qt::ApplicationActive;
    QClipboard* clipboard = QGuiApplication::clipboard();
    connect(clipboard, &QClipboard::changed, this, &ClipboardGuard::changed);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            &ClipboardGuard::applicationStateChanged);
}

int ClipboardGuard::slot(QClipboard::Mode mode)
{
    return qBound(0, int(mode), 2);
}

QByteArray ClipboardGuard::digest(const QString& text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(text.toUtf8());
    return hash.result();
}

void ClipboardGuard::applicationStateChanged(Qt::ApplicationState state)
{
    m_active = state == Qt::ApplicationActive;
}

void ClipboardGuard::changed(QClipboard::Mode mode)
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    const bool ours = clipboard->ownsClipboard() && mode == QClipboard::Clipboard;
    const bool oursSelection = clipboard->ownsSelection() && mode == QClipboard::Selection;
    if (!(m_active || ours || oursSelection)) {
        m_hashes[slot(mode)].clear(); // another application replaced it
        return;
    }
    const QString text = clipboard->text(mode);
    m_hashes[slot(mode)] = text.isEmpty() ? QByteArray() : digest(text);
}

bool ClipboardGuard::holdsVigilText(QClipboard::Mode mode) const
{
    const QByteArray& stored = m_hashes[slot(mode)];
    if (stored.isEmpty())
        return false;
    const QString text = QGuiApplication::clipboard()->text(mode);
    return !text.isEmpty() && digest(text) == stored;
}

bool ClipboardGuard::clearVigilText()
{
    bool cleared = false;
    QClipboard* clipboard = QGuiApplication::clipboard();
    for (QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !clipboard->supportsSelection())
            continue;
        if (holdsVigilText(mode)) {
            clipboard->clear(mode);
            cleared = true;
        }
        m_hashes[slot(mode)].clear();
    }
    return cleared;
}

} // namespace vigil
