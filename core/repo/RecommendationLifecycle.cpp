#include "core/repo/RecommendationLifecycle.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RecordContext.h"
#include "core/sync/Hlc.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

#include <QDateTime>

#include <algorithm>

namespace vigil {

namespace {

constexpr const char* kResponses[] = {"accepted", "partly_accepted", "rejected"};
constexpr const char* kChecks[] = {"not_implemented", "in_progress", "partly_implemented",
                                   "implemented"};
constexpr const char* kOpen[] = {"issued",          "accepted",    "partly_accepted",   "rejected",
                                 "not_implemented", "in_progress", "partly_implemented"};

template <std::size_t N> bool in(const char* const (&set)[N], const QString& status)
{
    return std::any_of(std::begin(set), std::end(set),
                       [&status](const char* s) { return status == QLatin1StringView(s); });
}

bool is(const QString& status, const char* code)
{
    return status == QLatin1StringView(code);
}

Error invalid(const char* field, const QString& message)
{
    return Error::make(ErrorKind::Validation, message,
                       QStringLiteral("validation %1").arg(QLatin1StringView(field)));
}

} // namespace

bool RecommendationLifecycle::allowed(const QString& from, const QString& to)
{
    if (is(from, "draft"))
        return is(to, "issued");
    if (is(from, "issued"))
        return in(kResponses, to) || in(kChecks, to);
    if (in(kResponses, from))
        return (in(kResponses, to) && to != from) || in(kChecks, to);
    if (in(kChecks, from))
        return in(kChecks, to) || is(to, "closed") ||
               (is(to, "reissued") && !is(from, "implemented"));
    return false; // closed and reissued are final; unknown codes go nowhere
}

QStringList RecommendationLifecycle::next(const QString& from)
{
    QStringList out;
    for (const char* to : vocab::kRecommendationStatuses) {
        if (allowed(from, QLatin1StringView(to)))
            out.append(QLatin1StringView(to));
    }
    return out;
}

bool RecommendationLifecycle::isOpen(const QString& status)
{
    return in(kOpen, status);
}

std::span<const char* const> RecommendationLifecycle::openStatuses()
{
    return kOpen;
}

const char* RecommendationLifecycle::eventKind(const QString& to)
{
    if (in(kResponses, to))
        return "response";
    if (in(kChecks, to))
        return "implementation_check";
    if (is(to, "closed"))
        return "closed";
    if (is(to, "reissued"))
        return "reissued";
    return "issued";
}

Result<Recommendation> RecommendationLifecycle::change(WriteTx& tx, const QString& id,
                                                       const Step& step)
{
    Database& db = m_ctx.db();
    auto r = RecommendationRepository(m_ctx).get(id);
    if (!r)
        return r.error();
    if (!allowed(r->status, step.to))
        return invalid("recommendation.status",
                       tr("recommendation.status: cannot change from %1 to %2")
                           .arg(r->status, step.to.left(40)));
    const QByteArray kind = eventKind(step.to);
    const bool check = kind == "implementation_check";
    const bool reissue = kind == "reissued";
    if ((check || reissue) && step.visitId.isEmpty())
        return invalid("recommendation_event.visit_id",
                       check ? tr("recommendation_event.visit_id: an implementation check needs "
                                  "the later visit that checked it")
                             : tr("recommendation_event.visit_id: a reissue needs the later visit "
                                  "that reissues it"));
    if (check && step.evidence.trimmed().isEmpty())
        return invalid("recommendation_event.evidence",
                       tr("recommendation_event.evidence: an implementation check needs the "
                          "evidence it rests on"));
    if (!step.visitId.isEmpty()) {
        auto made = RecommendationRepository::visitDate(db, r->visitId);
        if (!made)
            return made.error();
        auto checking = RecommendationRepository::visitDate(db, step.visitId);
        if (!checking)
            return invalid("recommendation_event.visit_id",
                           tr("recommendation_event.visit_id: refers to a visit that does not "
                              "exist or was deleted"));
        if (checking->placeId != made->placeId)
            return invalid("recommendation_event.visit_id",
                           tr("recommendation_event.visit_id: the visit was to another place"));
        if ((check || reissue) && checking->date <= made->date)
            return invalid("recommendation_event.visit_id",
                           tr("recommendation_event.visit_id: must be a later visit than the one "
                              "the recommendation was made on"));
    }
    VIGIL_TRY(tx.update(catalog::kRecommendation, id, {{"status", step.to}}));
    const qint64 at = step.at != 0 ? step.at : Hlc::millis(m_ctx.clock().tick());
    auto event =
        tx.insert(catalog::kRecommendationEvent, {{"recommendation_id", id},
                                                  {"kind", QString::fromLatin1(kind)},
                                                  {"status", step.to},
                                                  {"at", QVariant(at)},
                                                  {"visit_id", fields::text(step.visitId)},
                                                  {"evidence", fields::text(step.evidence)},
                                                  {"note", fields::text(step.note)}});
    if (!event)
        return event.error();
    return r;
}

Status RecommendationLifecycle::apply(const QString& recommendationId, const Step& step)
{
    if (is(step.to, "reissued")) {
        auto copy = reissue(recommendationId, step);
        return copy ? Status() : Status(copy.error());
    }
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto changed = change(*tx, recommendationId, step);
    if (!changed)
        return changed.error();
    return tx->commit();
}

Result<QString> RecommendationLifecycle::reissue(const QString& recommendationId, const Step& step)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    Step reissued = step;
    reissued.to = QStringLiteral("reissued");
    auto old = change(*tx, recommendationId, reissued);
    if (!old)
        return old.error();
    Recommendation copy;
    copy.visitId = step.visitId;
    copy.text = old->text;
    copy.addressee = old->addressee;
    copy.level = old->level;
    copy.priority = old->priority;
    copy.repeatedFrom = old->id; // the deadline is left for the new report to set
    auto id = RecommendationRepository::insertIn(*tx, copy);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Result<QList<RecommendationEvent>> RecommendationLifecycle::history(const QString& recommendationId)
{
    auto stmt =
        m_ctx.db().cached("SELECT id, recommendation_id, kind, status, at, visit_id, "
                          "evidence, note FROM recommendation_event WHERE "
                          "recommendation_id = ? AND deleted = 0 ORDER BY created_at, rowid");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, recommendationId);
    QList<RecommendationEvent> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        const Statement& s = **stmt;
        out.append({s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                    s.columnInt(4), s.columnText(5), s.columnText(6), s.columnText(7)});
    }
}

} // namespace vigil
