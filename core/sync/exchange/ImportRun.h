#pragma once

#include "core/repo/WriteTx.h"
#include "core/sync/merge/MergeStats.h"

#include <QSet>
#include <QString>
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
    qint64 newestStamp = 0; // observed by the clock only when the import commits
    // The conflicts there were before the first page: a page can add one
    // that a later page removes, so the pages' counts do not add up.
    QSet<QString> conflictsBefore;
};

} // namespace vigil
