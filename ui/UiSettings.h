#pragma once

#include <QByteArray>
#include <QString>
#include <chrono>

namespace vigil {

// Preferences kept in QSettings, outside the vault. Only harmless values live
// here (timeouts, window geometry): never a passphrase, a path inside the
// vault's content or anything recorded in it.
class UiSettings
{
public:
    static constexpr std::chrono::minutes kDefaultIdleLock{5};

    // Minutes of no input before the vault locks itself; 1..240, default 5.
    static std::chrono::minutes idleLockTimeout();
    static void setIdleLockTimeout(std::chrono::minutes timeout);

    // The interface language chosen in Preferences (a code such as "fr" or
    // "zh_CN"); empty: follow the system's locale.
    static QString language();
    static void setLanguage(const QString& code);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);

    // The main window's layout (QMainWindow::saveState) and the split between
    // the navigator and the workspace.
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray& state);
    static QByteArray splitterState();
    static void setSplitterState(const QByteArray& state);
};

} // namespace vigil
