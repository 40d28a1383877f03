#pragma once

#include "core/sync/exchange/SyncSession.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace vigil {

// What the status bar and the sync inbox show of sync: the state of this
// session's last run, its counts, and when automatic sync tries next.
struct SyncStatus
{
    enum class State
    {
        Standalone, // not in an organisation: nothing to show
        NotSetUp,   // in one, but no folder or server chosen
        Ready,      // set up, not synced since the vault was unlocked
        Syncing,
        Synced,
        Failed,
    };

    State state = State::Standalone;
    SyncProgress progress;  // while Syncing
    QDateTime finishedAt;   // the last run's end (Synced or Failed)
    qsizetype received = 0; // bundles imported by the last successful run
    qsizetype quarantined = 0;
    qsizetype waiting = 0;
    qint64 sent = 0;
    QString summary;             // SyncOutcome::summary() of the last successful run
    QString error;               // the plain message of the last failure
    QStringList enrolmentErrors; // requests the coordinator could not take in
    QDateTime nextRunAt;         // when automatic sync runs next; invalid when not scheduled
};

} // namespace vigil
