#pragma once

#include "core/model/Finding.h"
#include "core/model/Recommendation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class Database;
class Statement;
class RecordContext;
class WriteTx;

// Recommendations of a visit and their linked findings (follow-up queries are
// in RecommendationQueries).
// The only writer of the recommendation and recommendation_finding tables;
// status changes go through RecommendationLifecycle.
//
// Numbers are assigned on creation, one more than the highest number ever
// used in the visit (deleted drafts included), so a number cited in a report
// never comes to mean another recommendation. "Repeated from" must name an
// issued (non-draft) recommendation of an earlier visit to the same place.
class RecommendationRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::RecommendationRepository)
public:
    explicit RecommendationRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // Numbers it and starts it as a draft (`status` and `number` are ignored).
    Result<QString> create(const Recommendation& recommendation);
    // A draft can change in every field; once issued, only its priority and
    // deadline; once closed or reissued, nothing.
    Status update(const Recommendation& recommendation);
    // Drafts only (an issued recommendation is closed instead); drops its
    // finding links.
    Status remove(const QString& id);
    Result<Recommendation> get(const QString& id);
    // Live recommendations of a visit, by number.
    Result<QList<Recommendation>> listForVisit(const QString& visitId);

    // Links a finding of the same visit; linking it again returns the link.
    Result<QString> linkFinding(const QString& recommendationId, const QString& findingId);
    Status unlinkFinding(const QString& recommendationId, const QString& findingId);
    Result<QList<Finding>> findings(const QString& recommendationId);

    // Numbers and inserts a draft inside another write (a reissue).
    static Result<QString> insertIn(WriteTx& tx, const Recommendation& recommendation);

    // A live visit's place and date (actual start, else planned start, else
    // when it was recorded): how "earlier" and "later" visits are decided.
    struct VisitDate
    {
        QString placeId;
        qint64 date = 0;
    };
    static Result<VisitDate> visitDate(Database& db, const QString& visitId);

    // For queries that read recommendations: the columns (table alias r) and
    // the reader of a row that starts with them.
    static const char* columns();
    static Recommendation read(const Statement& row);

private:
    RecordContext& m_ctx;
};

} // namespace vigil
