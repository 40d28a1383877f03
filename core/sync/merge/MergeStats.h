#pragma once

#include <QtGlobal>

namespace vigil {

// What one MergeEngine::apply did, for the import screen and the tests.
struct MergeStats
{
    qsizetype received = 0;       // ops in the batch
    qsizetype duplicates = 0;     // already here, or repeated within the batch
    qsizetype stored = 0;         // new ops added to the change log
    qsizetype superseded = 0;     // new ops (of written records) whose field shows another op
    qsizetype recordsCreated = 0; // rows written for records seen for the first time
    qsizetype recordsUpdated = 0;
    qsizetype recordsPending =
        0; // touched records still waiting for ops (theirs or a referenced record's)
    qsizetype conflictsAdded = 0;
    qsizetype conflictsRemoved = 0; // pairs that newly arrived ops showed were not conflicts

    // Adds the figures of another batch (an import merges a bundle in
    // pages); a record touched by two batches counts in each.
    MergeStats& operator+=(const MergeStats& other)
    {
        received += other.received;
        duplicates += other.duplicates;
        stored += other.stored;
        superseded += other.superseded;
        recordsCreated += other.recordsCreated;
        recordsUpdated += other.recordsUpdated;
        recordsPending += other.recordsPending;
        conflictsAdded += other.conflictsAdded;
        conflictsRemoved += other.conflictsRemoved;
        return *this;
    }
};

} // namespace vigil
