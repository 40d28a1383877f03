#include "core/report/RecommendationSections.h"

#include "core/model/VocabularyLabels.h"
#include "core/repo/RecommendationLifecycle.h"
#include "core/repo/RecommendationQueries.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RecordContext.h"
#include "core/report/ReportLabels.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QSet>
#include <algorithm>

namespace vigil::report {

Result<QString> RecommendationSections::repeats(RecordContext& ctx, const ReportInput& in,
                                                const QString& earlierId)
{
    auto earlier = RecommendationRepository(ctx).get(earlierId);
    if (!earlier)
        return earlier.error().kind == ErrorKind::NotFound ? Result<QString>(QString())
                                                           : Result<QString>(earlier.error());
    auto when = RecommendationRepository::visitDate(ctx.db(), earlier->visitId);
    if (!when)
        return QString(); // the earlier visit was deleted since
    return tr("Repeats recommendation %1 of the visit of %2")
        .arg(earlier->number)
        .arg(ReportLabels::date(in.locale, when->date));
}

Result<Section> RecommendationSections::recommendations(RecordContext& ctx, const ReportInput& in)
{
    Section s;
    s.key = QStringLiteral("recommendations");
    s.title = tr("Recommendations");
    RecommendationList list;
    for (const Recommendation& r : in.recommendations) {
        RecommendationEntry e;
        e.number = r.number;
        e.text = r.text;
        e.addressee = VocabularyLabels::addressee(r.addressee);
        e.priority = VocabularyLabels::priority(r.priority);
        e.deadline = r.deadline;
        e.source = {QStringLiteral("recommendation"), r.id};
        if (!r.repeatedFrom.isEmpty()) {
            auto text = repeats(ctx, in, r.repeatedFrom);
            if (!text)
                return text.error();
            e.repeats = *text;
        }
        list.entries.append(e);
    }
    if (list.entries.isEmpty())
        s.blocks.append(Paragraph{tr("The team made no recommendations on this visit."), {}});
    else
        s.blocks.append(list);
    return s;
}

Result<Section> RecommendationSections::followUp(RecordContext& ctx, const ReportInput& in)
{
    Section s;
    s.key = QStringLiteral("follow_up");
    s.title = tr("Follow-up of earlier recommendations");
    auto here = RecommendationRepository::visitDate(ctx.db(), in.visit.id);
    if (!here)
        return here.error();

    // Still open now (whenever they were checked), or checked on this very visit.
    auto open = RecommendationQueries(ctx).openForPlace(in.place.id);
    if (!open)
        return open.error();
    QList<RecommendationSummary> rows;
    QSet<QString> seen;
    for (const RecommendationSummary& r : *open) {
        if (r.visitDate < here->date && r.recommendation.visitId != in.visit.id) {
            rows.append(r);
            seen.insert(r.recommendation.id);
        }
    }
    auto checked = ctx.db().cached("SELECT DISTINCT recommendation_id FROM recommendation_event "
                                   "WHERE visit_id = ? AND deleted = 0");
    if (!checked)
        return checked.error();
    (*checked)->bind(1, in.visit.id);
    QStringList checkedIds;
    while (true) {
        auto row = (*checked)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        checkedIds.append((*checked)->columnText(0));
    }
    RecommendationRepository repo(ctx);
    for (const QString& id : checkedIds) {
        if (seen.contains(id))
            continue;
        auto r = repo.get(id);
        if (!r && r.error().kind == ErrorKind::NotFound)
            continue;
        if (!r)
            return r.error();
        auto when = RecommendationRepository::visitDate(ctx.db(), r->visitId);
        if (!when || r->visitId == in.visit.id)
            continue;
        rows.append({*r, when->placeId, when->date});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.visitDate != b.visitDate)
            return a.visitDate < b.visitDate;
        return a.recommendation.number < b.recommendation.number;
    });

    if (rows.isEmpty()) {
        s.blocks.append(Paragraph{tr("No earlier recommendation to this place awaits "
                                     "implementation."),
                                  {}});
        return s;
    }
    Table table;
    table.caption = tr("Recommendations of earlier visits and their status");
    table.header = {tr("No."), tr("Visit"), tr("Recommendation"), tr("Status")};
    table.source = {QStringLiteral("visit"), in.visit.id};
    for (const RecommendationSummary& r : rows)
        table.rows.append({QString::number(r.recommendation.number),
                           ReportLabels::date(in.locale, r.visitDate), r.recommendation.text,
                           VocabularyLabels::recommendationStatus(r.recommendation.status)});
    s.blocks.append(table);
    return s;
}

} // namespace vigil::report
