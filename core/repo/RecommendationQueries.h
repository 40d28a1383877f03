#pragma once

#include "core/model/Recommendation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Read-only questions about recommendations across visits: what is still
// open at a place, how versions repeat one another, and what the editor
// should prompt for (DOMAIN.md §6).
class RecommendationQueries
{
    Q_DECLARE_TR_FUNCTIONS(vigil::RecommendationQueries)
public:
    explicit RecommendationQueries(RecordContext& ctx) : m_ctx(ctx) {}

    // Recommendations of the place still awaiting implementation
    // (RecommendationLifecycle::isOpen), across all its visits, oldest visit
    // first, then by number.
    Result<QList<RecommendationSummary>> openForPlace(const QString& placeId);
    // Every version linked to this one through "repeated from", both ways,
    // itself included, oldest visit first.
    Result<QList<RecommendationSummary>> chain(const QString& recommendationId);

    // Prompts towards a SMART recommendation for the editor, also for one not
    // saved yet: text, addressee (missing, or unable to act on a systemic
    // recommendation), deadline and linked findings.
    static QList<SmartHint> smartHints(const Recommendation& recommendation,
                                       qsizetype linkedFindings);
    Result<QList<SmartHint>> smartHints(const QString& recommendationId);

private:
    Result<QList<RecommendationSummary>> forPlace(const QString& placeId, bool openOnly);

    RecordContext& m_ctx;
};

} // namespace vigil
