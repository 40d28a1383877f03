#pragma once

#include "core/sync/merge/Conflict.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <vector>

namespace vigil {

class RecordContext;
class WriteTx;

// Lists and resolves the conflicts sync found (docs/sync-merge.md,
// "Resolving"). A resolution is a write like any other: the chosen text (or
// the restore) goes through WriteTx as a new op, and a sync_resolution
// record names the conflict, so every device learns it is settled.
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ConflictRepository)
public:
    explicit ConflictRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // Open conflicts, oldest first.
    Result<std::vector<Conflict>> listOpen();
    Result<Conflict> get(const QString& conflictId);

    // A prose conflict: writes `chosenText` (either version, or a merge of
    // both) into the field and marks the conflict resolved.
    Status resolve(const QString& conflictId, const QString& chosenText);
    // Any conflict: the current state stays (for a deletion: the record
    // stays deleted); the conflict is marked resolved.
    Status keepCurrent(const QString& conflictId);
    // A deletion conflict: brings the record back and marks the conflict resolved.
    Status restoreRecord(const QString& conflictId);

private:
    Result<std::vector<Conflict>> query(const QString* conflictId);
    Status fillCurrent(Conflict& conflict);
    Result<Conflict> openConflict(const QString& conflictId, const char* kind);
    Status markResolved(WriteTx& tx, const Conflict& conflict, const char* choice);
    // What a resolution's writer had on screen besides the conflict's two ops.
    struct Shown
    {
        qint64 ownBefore = 0; // this device's newest seq before the resolution
        QString currentDevice;
        qint64 currentSeq = 0;
    };
    Status settleReplaced(WriteTx& tx, const Conflict& resolved, const Shown& shown);

    RecordContext& m_ctx;
};

} // namespace vigil
