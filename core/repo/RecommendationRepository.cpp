#include "core/repo/RecommendationRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

#include <initializer_list>

namespace vigil {

namespace {

constexpr const char* kLinkSql = "SELECT id FROM recommendation_finding WHERE "
                                 "recommendation_id = ? AND finding_id = ? AND deleted = 0";
constexpr const char* kColumns = "r.id, r.visit_id, r.number, r.text, r.addressee, r.level, "
                                 "r.priority, r.deadline, r.repeated_from, r.status";

} // namespace

const char* RecommendationRepository::columns()
{
    return kColumns;
}

Recommendation RecommendationRepository::read(const Statement& s)
{
    Recommendation r;
    r.id = s.columnText(0);
    r.visitId = s.columnText(1);
    r.number = s.columnInt(2);
    r.text = s.columnText(3);
    r.addressee = s.columnText(4);
    r.level = s.columnText(5);
    r.priority = s.columnText(6);
    r.deadline = QDate::fromString(s.columnText(7), Qt::ISODate);
    r.repeatedFrom = s.columnText(8);
    r.status = s.columnText(9);
    return r;
}

namespace {

QVariant date(const QDate& d)
{
    return d.isNull() ? QVariant() : QVariant(d.toString(Qt::ISODate));
}

FieldValues editableFields(const Recommendation& r)
{
    return {{"text", r.text},
            {"addressee", r.addressee},
            {"level", r.level},
            {"priority", r.priority},
            {"deadline", date(r.deadline)},
            {"repeated_from", fields::text(r.repeatedFrom)}};
}

Error invalid(const char* field, const QString& message)
{
    return Error::make(ErrorKind::Validation, message,
                       QStringLiteral("validation %1").arg(QLatin1StringView(field)));
}

Result<QList<Recommendation>> readAll(Database& db, const QByteArray& sql, const QString& key)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    QList<Recommendation> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(RecommendationRepository::read(**stmt));
    }
}

Result<Recommendation> readOne(Database& db, const QString& id)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
                                  " FROM recommendation r WHERE r.id = ? AND r.deleted = 0";
    auto found = readAll(db, sql, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(
            ErrorKind::NotFound,
            RecommendationRepository::tr("The recommendation does not exist or was deleted."));
    return found->first();
}

// The first column of every row of `sql`, with `args` bound in order.
Result<QStringList> column(Database& db, const char* sql, std::initializer_list<QString> args)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    for (const QString& arg : args)
        (*stmt)->bind(index++, arg);
    QStringList out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append((*stmt)->columnText(0));
    }
}

// "Repeated from" names an issued recommendation of an earlier visit to the same place.
Status checkRepeatedFrom(Database& db, const QString& visitId, const QString& originalId)
{
    if (originalId.isEmpty())
        return {};
    auto original = readOne(db, originalId);
    if (!original)
        return invalid("recommendation.repeated_from",
                       RecommendationRepository::tr("recommendation.repeated_from: refers to a recommendation that does "
                             "not exist or was deleted"));
    if (original->status == QLatin1StringView("draft"))
        return invalid("recommendation.repeated_from",
                       RecommendationRepository::tr("recommendation.repeated_from: the earlier recommendation was never "
                             "issued"));
    auto here = RecommendationRepository::visitDate(db, visitId);
    if (!here)
        return here.error();
    auto there = RecommendationRepository::visitDate(db, original->visitId);
    if (!there)
        return there.error();
    if (here->placeId != there->placeId)
        return invalid("recommendation.repeated_from",
                       RecommendationRepository::tr("recommendation.repeated_from: the earlier recommendation was made "
                             "for another place"));
    if (there->date >= here->date)
        return invalid("recommendation.repeated_from",
                       RecommendationRepository::tr("recommendation.repeated_from: must be a recommendation of an earlier "
                             "visit"));
    return {};
}

} // namespace

Result<RecommendationRepository::VisitDate>
RecommendationRepository::visitDate(Database& db, const QString& visitId)
{
    auto stmt = db.cached("SELECT place_id, coalesce(actual_start, planned_start, created_at) "
                          "FROM visit WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::Validation, tr("The visit does not exist or was deleted."),
                           QStringLiteral("validation visit_id"));
    VisitDate out{(*stmt)->columnText(0), (*stmt)->columnInt(1)};
    (void)(*stmt)->reset();
    return out;
}

Result<QString> RecommendationRepository::insertIn(WriteTx& tx, const Recommendation& r)
{
    Database& db = tx.context().db();
    // Deleted rows count too: a number is never reused within a visit.
    auto next =
        db.cached("SELECT coalesce(max(number), 0) + 1 FROM recommendation WHERE visit_id = ?");
    if (!next)
        return next.error();
    (*next)->bind(1, r.visitId);
    auto row = (*next)->step();
    if (!row)
        return row.error();
    const qint64 number = (*next)->columnInt(0);
    (void)(*next)->reset();

    FieldValues values = editableFields(r);
    values.insert(values.begin(), {{"visit_id", r.visitId}, {"number", QVariant(number)}});
    values.emplace_back("status", QStringLiteral("draft"));
    auto id = tx.insert(catalog::kRecommendation, values);
    if (!id)
        return id.error();
    VIGIL_TRY(checkRepeatedFrom(db, r.visitId, r.repeatedFrom));
    return id;
}

Result<QString> RecommendationRepository::create(const Recommendation& recommendation)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto id = insertIn(*tx, recommendation);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status RecommendationRepository::update(const Recommendation& r)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto current = readOne(m_ctx.db(), r.id);
    if (!current)
        return current.error();
    if (current->status == QLatin1StringView("closed") ||
        current->status == QLatin1StringView("reissued"))
        return invalid("recommendation.status",
                       tr("recommendation.status: a %1 recommendation can no longer be changed")
                           .arg(current->status));
    if (current->status != QLatin1StringView("draft")) {
        const std::pair<const char*, bool> frozen[] = {
            {"text", r.text != current->text},
            {"addressee", r.addressee != current->addressee},
            {"level", r.level != current->level},
            {"repeated_from", r.repeatedFrom != current->repeatedFrom}};
        for (const auto& [field, changed] : frozen) {
            if (changed)
                return invalid("recommendation.status",
                               tr("recommendation.%1: can only be changed while the "
                                  "recommendation is a draft")
                                   .arg(QLatin1StringView(field)));
        }
    }
    VIGIL_TRY(tx->update(catalog::kRecommendation, r.id, editableFields(r)));
    if (r.repeatedFrom != current->repeatedFrom)
        VIGIL_TRY(checkRepeatedFrom(m_ctx.db(), current->visitId, r.repeatedFrom));
    return tx->commit();
}

Status RecommendationRepository::remove(const QString& id)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto current = readOne(m_ctx.db(), id);
    if (!current)
        return current.error();
    if (current->status != QLatin1StringView("draft"))
        return invalid("recommendation.status",
                       tr("recommendation.status: only a draft can be deleted; this one is %1 "
                          "(close it instead)")
                           .arg(current->status));
    VIGIL_TRY(tx->remove(catalog::kRecommendation, id));
    auto ids = column(m_ctx.db(),
                      "SELECT id FROM recommendation_finding "
                      "WHERE recommendation_id = ? AND deleted = 0",
                      {id});
    if (!ids)
        return ids.error();
    for (const QString& link : *ids)
        VIGIL_TRY(tx->remove(catalog::kRecommendationFinding, link));
    return tx->commit();
}

Result<Recommendation> RecommendationRepository::get(const QString& id)
{
    return readOne(m_ctx.db(), id);
}

Result<QList<Recommendation>> RecommendationRepository::listForVisit(const QString& visitId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kColumns +
                                  " FROM recommendation r WHERE r.visit_id = ? AND r.deleted = 0 "
                                  "ORDER BY r.number, r.id";
    return readAll(m_ctx.db(), sql, visitId);
}

Result<QString> RecommendationRepository::linkFinding(const QString& recommendationId,
                                                      const QString& findingId)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto r = readOne(m_ctx.db(), recommendationId);
    if (!r)
        return r.error();
    auto finding = FindingRepository(m_ctx).get(findingId);
    if (!finding)
        return invalid("recommendation_finding.finding_id",
                       tr("recommendation_finding.finding_id: refers to a finding that does not "
                          "exist or was deleted"));
    if (finding->visitId != r->visitId)
        return invalid("recommendation_finding.finding_id",
                       tr("recommendation_finding.finding_id: the finding was made on another "
                          "visit than the recommendation"));
    auto existing = column(m_ctx.db(), kLinkSql, {recommendationId, findingId});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->first();
    auto id = tx->insert(catalog::kRecommendationFinding,
                         {{"recommendation_id", recommendationId}, {"finding_id", findingId}});
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status RecommendationRepository::unlinkFinding(const QString& recommendationId,
                                               const QString& findingId)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto ids = column(m_ctx.db(), kLinkSql, {recommendationId, findingId});
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error::make(ErrorKind::NotFound,
                           tr("The finding is not linked to this recommendation."));
    for (const QString& id : *ids)
        VIGIL_TRY(tx->remove(catalog::kRecommendationFinding, id));
    return tx->commit();
}

Result<QList<Finding>> RecommendationRepository::findings(const QString& recommendationId)
{
    auto ids = column(m_ctx.db(),
                      "SELECT rf.finding_id FROM recommendation_finding rf JOIN finding f "
                      "ON f.id = rf.finding_id WHERE rf.recommendation_id = ? AND rf.deleted = 0 "
                      "AND f.deleted = 0 ORDER BY rf.id",
                      {recommendationId});
    if (!ids)
        return ids.error();
    FindingRepository repo(m_ctx);
    QList<Finding> out;
    for (const QString& id : *ids) {
        auto f = repo.get(id);
        if (!f)
            return f.error();
        out.append(*f);
    }
    return out;
}

} // namespace vigil
