#include "core/sync/exchange/ScopePolicy.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <algorithm>

namespace vigil {

namespace {

struct Membership
{
    QString visitId;
    QString role;
};

Result<QList<Membership>> membershipsOf(Database& db, const QString& personId)
{
    QList<Membership> out;
    if (personId.isEmpty())
        return out;
    auto stmt = db.cached("SELECT visit_id, role FROM visit_member "
                          "WHERE person_id = ? AND deleted = 0 ORDER BY visit_id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, personId);
    VIGIL_TRY((*stmt)->forEachRow([&](Statement& row) -> Status {
        out.append(Membership{row.columnText(0), row.columnText(1)});
        return {};
    }));
    return out;
}

} // namespace

Result<ScopePolicy> ScopePolicy::make(Database& db, const RosterEntry& recipient)
{
    ScopePolicy policy(db, recipient.isCoordinator());
    if (policy.m_coordinator)
        return policy;
    auto members = membershipsOf(db, recipient.personId);
    if (!members)
        return members.error();
    for (const Membership& m : *members) {
        policy.m_team.insert(m.visitId);
        if (m.role == QLatin1StringView("medical") || m.role == QLatin1StringView("lead"))
            policy.m_medical.insert(m.visitId);
    }
    policy.m_visitList = QStringList(policy.m_team.begin(), policy.m_team.end());
    std::sort(policy.m_visitList.begin(), policy.m_visitList.end());
    return policy;
}

Result<QStringList> ScopePolicy::visitsOf(Database& db, const RosterEntry& recipient)
{
    auto policy = make(db, recipient);
    if (!policy)
        return policy.error();
    return policy->visits();
}

bool ScopePolicy::includes(const ScopePolicy& other) const
{
    if (m_coordinator)
        return true;
    if (other.m_coordinator)
        return false;
    return m_team.contains(other.m_team) && m_medical.contains(other.m_medical);
}

Result<ScopePolicy::Decision> ScopePolicy::decide(const Op& op)
{
    if (m_coordinator)
        return Decision::Send;
    if (op.scope == QLatin1StringView("org"))
        return Decision::Send;
    const bool team = op.scope == QLatin1StringView("team");
    const bool medical = op.scope == QLatin1StringView("medical");
    if (!team && !medical)
        return Decision::Withhold; // coordinator scope, or one this Vigil does not know
    const QSet<QString>& visits = team ? m_team : m_medical;
    if (visits.isEmpty())
        return Decision::Withhold; // whatever the visit
    auto visit = m_records.visitOf(op.entity, op.entityId);
    if (!visit)
        return visit.error();
    if (!*visit)
        return Decision::Undecided;
    return !(*visit)->isEmpty() && visits.contains(**visit) ? Decision::Send : Decision::Withhold;
}

Result<bool> ScopePolicy::entitled(const Op& op)
{
    auto decision = decide(op);
    if (!decision)
        return decision.error();
    return *decision == Decision::Send;
}

} // namespace vigil
