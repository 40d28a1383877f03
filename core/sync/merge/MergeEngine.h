#pragma once

#include "core/sync/merge/MergeStats.h"
#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <span>

namespace vigil {

class WriteTx;

// Applies ops received from other devices (DESIGN.md §6.2, docs/sync-merge.md).
// The outcome depends only on the set of ops a vault holds, never on the
// order or the number of times they arrive: every op is kept in the change
// log; each field shows its newest op by (hybrid-logical-clock stamp, device
// id); concurrent prose edits and edits racing a deletion are recorded as
// conflicts.
class MergeEngine
{
    Q_DECLARE_TR_FUNCTIONS(vigil::MergeEngine)
public:
    // Validates every op, then stores and applies them inside `tx` under a
    // savepoint: on any error nothing of the batch remains and `tx` is as it
    // was. The bundle import calls this once per page of a bundle's ops and
    // commits `tx` itself (which also saves the clock, moved past every
    // received stamp); the outcome is the same as one call with every op.
    static Result<MergeStats> apply(WriteTx& tx, std::span<const Op> ops);
    // As apply(), but leaves the clock alone and raises `newest` to the
    // newest stamp of the batch: a caller that may still roll `tx` back (an
    // import merging in pages) observes it just before it commits, so a
    // refused bundle never moves the clock.
    static Result<MergeStats> applyBatch(WriteTx& tx, std::span<const Op> ops, qint64& newest);
};

} // namespace vigil
