#pragma once

#include "ui/sync/SyncStatus.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

// The words for sync's state, shared by the status bar and the sync inbox:
// "Syncing… receiving 2 of 5", "Synced at 14:32 (3 received, 1
// quarantined)", "Sync failed at 14:32: <the plain message>".
class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(vigil::SyncStatusText)
public:
    // One line for the status bar.
    static QString line(const SyncStatus& status);
    // The line with what it leaves out (the summary, the next try), for a tooltip.
    static QString detail(const SyncStatus& status);
    // The running step: "receiving 2 of 5".
    static QString progress(const SyncProgress& progress);
    // "14:32" today, else the date and time.
    static QString when(const QDateTime& at);
};

} // namespace vigil
