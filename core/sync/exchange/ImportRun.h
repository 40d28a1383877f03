#pragma once

#include "core/repo/WriteTx.h"
#include "core/sync/merge/MergeStats.h"

#include <optional>

namespace vigil {

// One bundle import in progress (BundleImporter): its write transaction,
// opened when the first page of ops arrives or once the file has been read,
// and what the pages applied so far did. Dropping it rolls everything back.
struct ImportRun
{
    bool begun = false;
    bool waiting = false; // an earlier bundle is missing: nothing is applied
    std::optional<WriteTx> tx;
    MergeStats merge;
};

} // namespace vigil
