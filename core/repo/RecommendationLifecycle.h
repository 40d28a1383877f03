#pragma once

#include "core/model/Recommendation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <span>

namespace vigil {

class RecordContext;
class WriteTx;

// The status of a recommendation (DOMAIN.md §6) as an explicit state machine.
// Every change writes a recommendation_event in the same transaction.
//
//   from                      allowed to                                     event
//   draft                     issued                                         issued
//   issued                    accepted, partly_accepted, rejected            response
//                             not_implemented, in_progress,                  implementation_check
//                             partly_implemented, implemented
//   accepted, partly_accepted the other two responses (revised in dialogue,  response
//   rejected                  Art. 22), and the four implementation statuses implementation_check
//   not_implemented,          the four implementation statuses (a re-check   implementation_check
//   in_progress,              on another later visit, same status allowed),
//   partly_implemented        closed, reissued                               closed, reissued
//   implemented               the four implementation statuses, closed       ...
//   closed, reissued          nothing (final)
//
// An implementation check may follow the issue directly (the authority never
// replied). Implementation checks need a later visit to the same place and
// evidence; a reissue needs a later visit and creates the new version there,
// as a draft with "repeated from" set, while the old one becomes reissued.
//
// Open (still awaiting implementation, listed for follow-up): issued,
// accepted, partly_accepted, rejected, not_implemented, in_progress and
// partly_implemented. Not open: draft (never sent), implemented (nothing left
// to follow up, awaiting closure), closed, reissued (its new version is the
// open one). A rejection leaves the problem in place, so it stays open.
class RecommendationLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(vigil::RecommendationLifecycle)
public:
    struct Step
    {
        QString to;       // the new status
        qint64 at = 0;    // when it took effect, Unix ms (e.g. the reply's date); 0: now
        QString visitId;  // the checking visit: required for checks and reissues
        QString evidence; // what the check rests on: required for checks
        QString note;
    };

    explicit RecommendationLifecycle(RecordContext& ctx) : m_ctx(ctx) {}

    static bool allowed(const QString& from, const QString& to);
    static QStringList next(const QString& from);
    static bool isOpen(const QString& status);
    static std::span<const char* const> openStatuses();
    // The event kind a change to `to` records (vocab::kRecommendationEventKinds).
    static const char* eventKind(const QString& to);

    // A refused change is a Validation error naming both statuses. A step to
    // "reissued" reissues (see reissue()).
    Status apply(const QString& recommendationId, const Step& step);
    // Marks the recommendation reissued and creates its new version on
    // step.visitId; returns the new version's id. step.to is ignored. Text,
    // addressee, level and priority are copied; the deadline and the linked
    // findings are left to the later visit's report (the SMART hints ask).
    // The new version starts as a draft, to be issued with that report.
    Result<QString> reissue(const QString& recommendationId, const Step& step);
    // Recorded steps, in the order they were recorded.
    Result<QList<RecommendationEvent>> history(const QString& recommendationId);

private:
    Result<Recommendation> change(WriteTx& tx, const QString& recommendationId, const Step& step);

    RecordContext& m_ctx;
};

} // namespace vigil
