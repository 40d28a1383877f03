#pragma once

#include "core/model/Visit.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace vigil {

class RecordContext;

// Visits and their teams. The only writer of the visit and visit_member
// tables, except for a visit's state and actual times, which belong to
// VisitLifecycle.
class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::VisitRepository)
public:
    explicit VisitRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // A new visit always starts "planned"; `visit.state` and the actual
    // times are ignored.
    Result<QString> create(const Visit& visit);
    // Writes the editable fields: type, unannounced, planned times,
    // objectives, language. Never the place (a visit does not move), the
    // state or the actual times, so a copy read before a lifecycle step
    // cannot undo it.
    Status update(const Visit& visit);
    // Corrects the arrival and departure times the lifecycle recorded, for
    // a team that marked its arrival late.
    Status correctActualTimes(const QString& id, std::optional<qint64> start,
                              std::optional<qint64> end);
    Status remove(const QString& id);
    Result<Visit> get(const QString& id);
    // A place's visit history, latest planned start first (visits without a
    // planned start last). Served by the index visit_place.
    Result<QList<Visit>> listForPlace(const QString& placeId);
    // One page of all live visits in the same order, for item models.
    Result<QList<Visit>> list(qint64 offset, qint64 limit);
    Result<qint64> count();

    // Puts a person on the visit's team. Refuses a second lead and a person
    // already on the team (one role per person and visit).
    Result<QString> addMember(const QString& visitId, const QString& personId, const QString& role);
    Status setMemberRole(const QString& memberId, const QString& role);
    Status removeMember(const QString& memberId);
    // The team, lead first, then by name; removed people are still listed.
    Result<QList<VisitMember>> members(const QString& visitId);

private:
    Status checkTeamRules(const QString& visitId, const QString& personId, const QString& role,
                          const QString& memberId);

    RecordContext& m_ctx;
};

} // namespace vigil
