#include "core/report/ReportInput.h"

#include "core/repo/AccessLogRepository.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/ObservationRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/RecommendationRepository.h"
#include "core/repo/RegisterCheckRepository.h"
#include "core/repo/VisitRepository.h"
#include "core/report/ReportEditRepository.h"

namespace vigil::report {

namespace {

template <typename T> Status take(Result<T> result, T& into)
{
    if (!result)
        return result.error();
    into = std::move(*result);
    return {};
}

} // namespace

Result<ReportInput> ReportInput::load(RecordContext& ctx, const QString& visitId)
{
    ReportInput in;
    VIGIL_TRY(take(VisitRepository(ctx).get(visitId), in.visit));
    VIGIL_TRY(take(VisitRepository(ctx).members(visitId), in.team));
    PlaceRepository places(ctx);
    VIGIL_TRY(take(places.get(in.visit.placeId), in.place));
    VIGIL_TRY(take(places.units(in.visit.placeId), in.units));
    VIGIL_TRY(take(InterviewRepository(ctx).forVisit(visitId), in.interviews));
    VIGIL_TRY(take(ObservationRepository(ctx).listForVisit(visitId), in.observations));
    VIGIL_TRY(take(RegisterCheckRepository(ctx).listForVisit(visitId), in.registers));
    VIGIL_TRY(take(AccessLogRepository(ctx).forVisit(visitId), in.access));
    VIGIL_TRY(take(FindingRepository(ctx).listForVisit(visitId), in.findings));
    VIGIL_TRY(take(RecommendationRepository(ctx).listForVisit(visitId), in.recommendations));
    VIGIL_TRY(take(ReportEditRepository(ctx).list(visitId), in.items));
    return in;
}

QString ReportInput::unitName(const QString& unitId) const
{
    for (const PlaceUnit& u : units) {
        if (u.id == unitId)
            return u.name;
    }
    return {};
}

const Interview* ReportInput::interview(const QString& id) const
{
    for (const Interview& i : interviews) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const ReportItem* ReportInput::edit(const QString& key) const
{
    const ReportItem* newest = nullptr;
    for (const ReportItem& item : items) { // oldest change first: the last match wins
        if (item.key() == key)
            newest = &item;
    }
    return newest;
}

const ReportItem* ReportInput::textEdit(const QString& key) const
{
    const ReportItem* e = edit(ReportItem::textKeyOf(key, kind));
    return e && e->type == ReportItem::Type::Edit && e->text ? e : nullptr;
}

bool ReportInput::excluded(const QString& key) const
{
    const ReportItem* e = edit(key);
    return e && e->excludedKinds.contains(kind);
}

} // namespace vigil::report
