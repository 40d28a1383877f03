#include "core/repo/RecommendationQueries.h"

#include "core/repo/RecommendationLifecycle.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QHash>
#include <QSet>

namespace vigil {

namespace {

QByteArray openFilter()
{
    QByteArray sql = "AND r.status IN (";
    for (const char* status : RecommendationLifecycle::openStatuses())
        sql += QByteArray("'") + status + "', ";
    sql.chop(2);
    return sql + ")";
}

} // namespace

Result<QList<RecommendationSummary>> RecommendationQueries::forPlace(const QString& placeId,
                                                                     bool openOnly)
{
    static const QByteArray base =
        QByteArray("SELECT ") + RecommendationRepository::columns() +
        ", v.place_id, coalesce(v.actual_start, v.planned_start, v.created_at) AS visit_date "
        "FROM visit v JOIN recommendation r ON r.visit_id = v.id "
        "WHERE v.place_id = ? AND v.deleted = 0 AND r.deleted = 0 ";
    static const QByteArray order = " ORDER BY visit_date, r.visit_id, r.number";
    static const QByteArray all = base + order;
    static const QByteArray onlyOpen = base + openFilter() + order;
    auto stmt = m_ctx.db().cached(openOnly ? onlyOpen : all);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, placeId);
    QList<RecommendationSummary> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append({RecommendationRepository::read(**stmt), (*stmt)->columnText(10),
                    (*stmt)->columnInt(11)});
    }
}

Result<QList<RecommendationSummary>> RecommendationQueries::openForPlace(const QString& placeId)
{
    return forPlace(placeId, true);
}

Result<QList<RecommendationSummary>> RecommendationQueries::chain(const QString& id)
{
    RecommendationRepository repo(m_ctx);
    auto start = repo.get(id);
    if (!start)
        return start.error();
    auto visit = RecommendationRepository::visitDate(m_ctx.db(), start->visitId);
    if (!visit)
        return visit.error();
    // "Repeated from" stays within a place, so the place's list holds the whole chain.
    auto all = forPlace(visit->placeId, false);
    if (!all)
        return all.error();
    QHash<QString, qsizetype> index;
    QMultiHash<QString, QString> children;
    for (qsizetype i = 0; i < all->size(); ++i) {
        const Recommendation& r = all->at(i).recommendation;
        index.insert(r.id, i);
        if (!r.repeatedFrom.isEmpty())
            children.insert(r.repeatedFrom, r.id);
    }
    QSet<QString> seen{id};
    QStringList pending{id};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        QStringList next = children.values(current);
        if (auto it = index.constFind(current); it != index.constEnd())
            next.append(all->at(*it).recommendation.repeatedFrom);
        for (const QString& n : next) {
            if (!n.isEmpty() && index.contains(n) && !seen.contains(n)) {
                seen.insert(n);
                pending.append(n);
            }
        }
    }
    QList<RecommendationSummary> out;
    for (const RecommendationSummary& s : *all) { // already oldest first
        if (seen.contains(s.recommendation.id))
            out.append(s);
    }
    return out;
}

QList<SmartHint> RecommendationQueries::smartHints(const Recommendation& r,
                                                   qsizetype linkedFindings)
{
    QList<SmartHint> hints;
    auto hint = [&hints](const char* code, const char* field, const QString& message) {
        hints.append({QLatin1StringView(code), QLatin1StringView(field), message});
    };
    if (r.text.trimmed().isEmpty())
        hint("text_missing", "text",
             tr("Say specifically what should change, and how it can be "
                "measured."));
    if (r.addressee.isEmpty())
        hint("addressee_missing", "addressee",
             tr("Name who should act on the recommendation: someone who can act on it."));
    else if (r.level == QLatin1StringView("systemic") &&
             r.addressee == QLatin1StringView("facility_management"))
        hint("addressee_cannot_act", "addressee",
             tr("A systemic recommendation needs an addressee who can change the system: the "
                "supervising authority, the ministry or the legislature."));
    if (r.deadline.isNull())
        hint("deadline_missing", "deadline",
             tr("Set a deadline, so that implementation can be checked on a later visit."));
    if (linkedFindings == 0)
        hint("finding_missing", "findings",
             tr("Link the findings the recommendation is argued from."));
    return hints;
}

Result<QList<SmartHint>> RecommendationQueries::smartHints(const QString& recommendationId)
{
    RecommendationRepository repo(m_ctx);
    auto r = repo.get(recommendationId);
    if (!r)
        return r.error();
    auto linked = repo.findings(recommendationId);
    if (!linked)
        return linked.error();
    return smartHints(*r, linked->size());
}

} // namespace vigil
