#pragma once

#include "core/model/Recommendation.h"
#include "core/report/TrackerFilter.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vigil {
class RecordContext;
}

namespace vigil::report {

// The latest recorded step of one kind (an authority response or an
// implementation check); an empty status when none was recorded.
struct TrackerStep
{
    QString status;  // vocab::kRecommendationStatuses
    qint64 at = 0;   // when it took effect, Unix ms
    QString visitId; // the checking visit, for implementation checks
    QString evidence;
    QString note;
};

// One recommendation as the tracker shows it: where and when it was made,
// what it is about, and how far it has come.
struct TrackerRow
{
    Recommendation recommendation;
    qint64 visitDate = 0; // RecommendationSummary::visitDate's rule
    QString placeId;
    QString placeName;
    QString placeType; // vocab::kPlaceTypes
    QString authority; // the place's supervising authority
    // Finding categories of the linked findings, in taxonomy order.
    QStringList themes;
    TrackerStep response; // latest authority response
    TrackerStep check;    // latest implementation check
    // "Repeated from" followed back to the first version: its id (this one's
    // own for an original) and how many earlier versions there are.
    QString firstVersionId;
    int repetitions = 0;
};

struct TrackerPage
{
    QList<TrackerRow> rows;
    qint64 total = 0; // rows matching the filter, over all pages
};

// A recommendation's whole story: every version linked through "repeated
// from" (oldest visit first) and the steps recorded on each, in time order.
struct RecommendationHistory
{
    QList<RecommendationSummary> versions;
    QList<RecommendationEvent> events;
};

// Recommendations across places and years for follow-up (DOMAIN.md §6,
// DESIGN.md §7): one query answers a filtered, sorted page, whatever the
// number of places and visits. Tombstoned recommendations, visits, places,
// findings, links and events are left out. Read-only.
class RecommendationTracker
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::RecommendationTracker)
public:
    explicit RecommendationTracker(RecordContext& ctx) : m_ctx(ctx) {}

    Result<TrackerPage> query(const TrackerFilter& filter);
    Result<RecommendationHistory> history(const QString& recommendationId);
    // The supervising authorities named on live places, sorted, for a filter.
    Result<QStringList> authorities();

    // The SQL behind query() for `filter`, for the query-plan test.
    static QByteArray sqlFor(const TrackerFilter& filter);

private:
    RecordContext& m_ctx;
};

} // namespace vigil::report
