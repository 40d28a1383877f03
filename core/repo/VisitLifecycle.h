#pragma once

#include "core/model/Visit.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <span>

namespace vigil {

class RecordContext;

// The visit lifecycle (DOMAIN.md §3) as an explicit state machine: the only
// writer of visit.state and of the visit_transition table, and the one that
// stamps a visit's actual times (VisitRepository only corrects them).
//
// Allowed transitions; every other pair, a state to itself included, is refused.
//
// Forward, the course of a visit:
//   planned             -> preparing
//   preparing           -> on_site              sets actual_start (first arrival only)
//   on_site             -> fieldwork_closed     sets actual_end
//   fieldwork_closed    -> drafting
//   drafting            -> internal_review
//   internal_review     -> sent_to_authorities  the factual check
//   sent_to_authorities -> issued
//   issued              -> published
//   issued              -> follow_up            publication is optional
//   published           -> follow_up
//   follow_up           -> closed
// Back, as real teams work:
//   preparing           -> planned              the visit is postponed
//   fieldwork_closed    -> on_site              the team goes back before drafting starts;
//                                               keeps actual_start, clears actual_end
//   internal_review     -> drafting             the review sends the draft back
// Cancellation, before anyone went on site:
//   planned             -> closed               a cancelled visit: closed with no
//   preparing           -> closed               actual_start (the note says why)
//
// Refused on purpose:
//   on_site -> preparing or planned: once the team is at the gate the visit
//     has happened; a refusal of entry goes to the access log and is reported.
//   on_site .. published -> closed: a visit that took place is reported and
//     followed up before it is closed.
//   sent_to_authorities -> drafting: factual-check corrections are made
//     before issuing; what was sent to the authorities stays on record.
//   issued and later -> any earlier state: an issued report is not withdrawn.
//   closed -> anything: closed is final; later follow-up is a new visit of
//     type follow_up.
class VisitLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(vigil::VisitLifecycle)
public:
    struct Step
    {
        const char* from;
        const char* to;
    };

    explicit VisitLifecycle(RecordContext& ctx) : m_ctx(ctx) {}

    // The table above, in that order.
    static std::span<const Step> steps();
    static bool isAllowed(const QString& from, const QString& to);
    // The states a visit in `state` may move to, for the UI's buttons.
    static QStringList allowedTransitions(const QString& state);
    // The translated name of a state (the code itself if unknown).
    static QString stateLabel(const QString& state);

    // Moves the visit to `toState` and records the step, in one write. A step
    // not in the table fails with ErrorKind::Validation naming both states.
    Result<VisitTransition> transition(const QString& visitId, const QString& toState,
                                       const QString& note = {});
    // The visit's recorded steps, oldest first.
    Result<QList<VisitTransition>> history(const QString& visitId);

private:
    RecordContext& m_ctx;
};

} // namespace vigil
