#pragma once

#include "core/sync/exchange/ExportPlanner.h"
#include "core/sync/exchange/ScopePolicy.h"
#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace vigil {

class Database;

// The ops of a span that one recipient receives, read from the change log a
// page at a time (an export may cover hundreds of thousands of ops), and the
// attachment files their records bring. BundleExporter walks the same spans
// twice, to plan and to write, inside one read transaction, so both walks
// see the same ops.
class ExportSelection
{
public:
    ExportSelection(Database& db, ScopePolicy& policy, QSet<QString> newVisits,
                    QString attachmentsDir)
        : m_db(db), m_policy(policy), m_newVisits(std::move(newVisits)),
          m_attachmentsDir(std::move(attachmentsDir))
    {
    }

    // Calls `take` for every op of the span the recipient gets, in seq order.
    // Returns the last seq walked: span.to, or the seq before the first op
    // this vault cannot vouch for, where the walk stops: an op whose visit
    // cannot be told yet (normal spans), or with `stopAtGap` one it does not
    // hold.
    Result<qint64> forEach(const ExportSpan& span, const std::function<Status(const Op&)>& take,
                           bool stopAtGap = false);

    // The stored file of the attachment whose content op `op` is (the
    // record's sha256), when the record is live and the file is here.
    Result<std::optional<PlannedBlob>> blobFor(const Op& op);

    static constexpr qint64 kPageSize = 4096; // seqs read at a time

private:
    Result<ScopePolicy::Decision> decide(const Op& op, bool wholeVisits);

    Database& m_db;
    ScopePolicy& m_policy;
    QSet<QString> m_newVisits;
    QString m_attachmentsDir;
};

} // namespace vigil
