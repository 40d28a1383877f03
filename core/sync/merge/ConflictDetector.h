#pragma once

#include "core/repo/EntitySpec.h"
#include "core/util/Result.h"

#include <QString>
#include <vector>

namespace vigil {

class Database;

// Finds the conflicts of DESIGN.md §6.2 in the change log and keeps table
// sync_conflict equal to them. Conflicts are a function of the set of ops
// alone, never of the order they arrived in (docs/sync-merge.md,
// "Conflicts"):
// - prose: an op of a prose field that no later op names as its base (so
//   no writer had it on screen; a base naming a stamp that several ops share
//   counts for none of them) and whose successor in stamp order holds
//   another value lost to that successor;
// - deletion: an edit stamped after a deletion and before the record's next
//   deletion or restore raced that deletion (the newest such edit is named).
// A local write changes this set only in one case: its op comes last and
// names the previous last as base, which covers that op unless another op
// shares its stamp. WriteTx calls afterLocalEdit for that case; everything
// else is refreshed by the merges that bring ops in.
class ConflictDetector
{
public:
    static constexpr const char* kProse = "prose";
    static constexpr const char* kDeletion = "delete";

    struct Change
    {
        int added = 0;
        int removed = 0;
    };

    explicit ConflictDetector(Database& db) : m_db(db) {}

    Result<Change> refreshProse(const EntitySpec& spec, const QString& entityId,
                                const QString& field);
    Result<Change> refreshDeletion(const EntitySpec& spec, const QString& entityId);

    // After a local edit of `field` whose base is `baseHlc` (inside its
    // transaction): refreshes the field when that stamp is shared.
    static Status afterLocalEdit(Database& db, const EntitySpec& spec, const QString& entityId,
                                 const char* field, qint64 baseHlc);

    // The conflict's id, the same on every device: 32 hex digits of
    // BLAKE2b-128 over the kind and the two ops' identities.
    static QString conflictId(const char* kind, const QString& winnerDevice, qint64 winnerSeq,
                              const QString& loserDevice, qint64 loserSeq);

private:
    struct Found;
    Result<Change> store(const char* kind, const EntitySpec& spec, const QString& entityId,
                         const QString* field, const std::vector<Found>& found);

    Database& m_db;
};

} // namespace vigil
