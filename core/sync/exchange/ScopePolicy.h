#pragma once

#include "core/sync/exchange/RecordVisit.h"
#include "core/sync/merge/Op.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace vigil {

class Database;

// Who may receive an op (DESIGN.md §6.4, docs/sync-protocol.md "Roles"),
// judged by this vault for one recipient device:
//   org          every device;
//   team         coordinators, and devices whose person is on the team
//                (a live visit_member row) of the record's visit;
//   medical      coordinators, and devices whose person is the visit's
//                medical member or its lead;
//   coordinator  coordinators only, and so is any scope this Vigil does not know.
// The team is read once, when the policy is made: one policy serves one
// export, inside one read transaction.
class ScopePolicy
{
public:
    static Result<ScopePolicy> make(Database& db, const RosterEntry& recipient);

    enum class Decision
    {
        Send,
        Withhold,
        // A team or medical op whose record's visit cannot be told yet (a
        // parent's ops have not arrived): neither send nor vouch for it.
        Undecided,
    };
    Result<Decision> decide(const Op& op);
    // Whether the recipient may receive `op` (an undecided op: not yet).
    Result<bool> entitled(const Op& op);

    // The visits whose team names the recipient's person (sorted). Empty for
    // a coordinator, which receives every visit anyway, and for a device not
    // linked to a person.
    const QStringList& visits() const { return m_visitList; }
    static Result<QStringList> visitsOf(Database& db, const RosterEntry& recipient);

    // The visit the op's record belongs to (RecordVisit), with the same cache.
    Result<std::optional<QString>> visitOf(const Op& op)
    {
        return m_records.visitOf(op.entity, op.entityId);
    }

    bool recipientIsCoordinator() const { return m_coordinator; }

    // Whether this policy's recipient is entitled to everything `other`'s
    // is: a coordinator, or a device whose teams and medical visits include
    // the other's. Only then can a device vouch for what it received on
    // another's behalf (BundleExporter, coverage).
    bool includes(const ScopePolicy& other) const;

private:
    ScopePolicy(Database& db, bool coordinator) : m_records(db), m_coordinator(coordinator) {}

    RecordVisit m_records;
    bool m_coordinator = false;
    QStringList m_visitList;
    QSet<QString> m_team;    // visits whose team names the person
    QSet<QString> m_medical; // of those, visits where the person is medical or lead
};

} // namespace vigil
