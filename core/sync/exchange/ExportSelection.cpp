#include "core/sync/exchange/ExportSelection.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/exchange/ScopePolicy.h"
#include "core/sync/merge/OpLog.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace vigil {

Result<qint64> ExportSelection::forEach(const ExportSpan& span,
                                        const std::function<Status(const Op&)>& take,
                                        bool stopAtGap)
{
    qint64 expected = span.from;
    for (qint64 first = span.from; first <= span.to; first += kPageSize) {
        const qint64 last = std::min(span.to, first + kPageSize - 1);
        auto page = OpLog::read(m_db, span.originId, first, last);
        if (!page)
            return page.error();
        for (const Op& op : *page) {
            if (stopAtGap && op.seq != expected)
                return expected - 1;
            ++expected;
            auto decision = decide(op, span.wholeVisits);
            if (!decision)
                return decision.error();
            if (*decision == ScopePolicy::Decision::Undecided)
                return op.seq - 1; // later, once the record's parents are here
            if (*decision == ScopePolicy::Decision::Send)
                VIGIL_TRY(take(op));
        }
        if (stopAtGap && expected <= last)
            return expected - 1; // the page ended early: the rest is missing
    }
    return span.to;
}

Result<ScopePolicy::Decision> ExportSelection::decide(const Op& op, bool wholeVisits)
{
    using Decision = ScopePolicy::Decision;
    if (wholeVisits) {
        // Below what was covered, only the visits the recipient has just
        // joined: everything else of that range reached it already.
        if (op.scope != QLatin1StringView("team") && op.scope != QLatin1StringView("medical"))
            return Decision::Withhold;
        auto visit = m_policy.visitOf(op);
        if (!visit)
            return visit.error();
        if (!*visit || !m_newVisits.contains(**visit))
            return Decision::Withhold;
    }
    return m_policy.decide(op);
}

Result<std::optional<PlannedBlob>> ExportSelection::blobFor(const Op& op)
{
    // Every attachment record is created with its sha256, once: that op
    // brings the file, whichever bundle carries it.
    if (op.entity != QLatin1StringView("attachment") || op.field != QLatin1StringView("sha256"))
        return std::optional<PlannedBlob>();
    auto stmt = m_db.cached("SELECT deleted FROM attachment WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, op.entityId);
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    // A record still waiting for its owner, or deleted, has no file here to send.
    const bool live = *row && (*stmt)->columnInt(0) == 0;
    (void)(*stmt)->reset();
    if (!live)
        return std::optional<PlannedBlob>();
    const QString path = QDir(m_attachmentsDir).filePath(op.entityId);
    const QFileInfo info(path);
    if (!info.isFile())
        return std::optional<PlannedBlob>();
    return std::optional<PlannedBlob>(PlannedBlob{op.entityId, path, info.size()});
}

} // namespace vigil
