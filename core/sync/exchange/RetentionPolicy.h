#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

class Database;
class RecordContext;

// The optional retention rule (DESIGN.md §6.3, docs/sync-protocol.md
// "Retention"), off by default: on a monitor's or lead's device, once the
// coordinators have acknowledged every op of a closed visit, the visit's most
// sensitive content is purged from this device: interview notes, identity
// entries and attachment files. The records stay (findings and
// recommendations still need them); the purge is local only and never syncs
// (it must not erase the coordinator's copy).
class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(vigil::RetentionPolicy)
public:
    static Result<bool> enabled(Database& db);
    static Status setEnabled(Database& db, bool on);

    struct Report
    {
        qsizetype visits = 0;      // visits purged by this run
        qsizetype notes = 0;       // interview note fields cleared
        qsizetype identities = 0;  // identity entries removed
        qsizetype attachments = 0; // attachment files deleted
    };
    // Purges what the rule allows now (nothing when disabled or on a
    // coordinator's device). Called after each sync.
    static Result<Report> apply(RecordContext& ctx, const QString& vaultDir);
};

} // namespace vigil
