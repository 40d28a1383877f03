#include "core/repo/FindingRepository.h"

#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/EvidenceLookup.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

#include <initializer_list>

namespace vigil {

namespace {

Result<FieldValues> editableFields(const Finding& f)
{
    if (f.sourcesSet && *f.sourcesSet < 1)
        return Error::make(ErrorKind::Validation,
                           FindingRepository::tr("finding.sources: must be at least 1 (leave it "
                                                 "empty to count the linked evidence)"),
                           QStringLiteral("validation finding.sources"));
    return FieldValues{{"category", f.category},
                       {"subcategory", fields::text(f.subcategory)},
                       {"title", f.title},
                       {"facts", fields::text(f.facts)},
                       {"analysis", fields::text(f.analysis)},
                       {"severity", f.severity},
                       {"sources", QVariant(f.sourcesSet.value_or(0))}, // 0: count the evidence
                       {"standards", fields::text(f.standards)},
                       {"good_practice", fields::flag(f.goodPractice)}};
}

// Distinct live interviews, observations and register checks linked to f.
constexpr const char* kSourceCount =
    "(SELECT count(DISTINCT e.evidence_id) FROM finding_evidence e "
    "WHERE e.finding_id = f.id AND e.deleted = 0 AND ("
    "(e.evidence_kind = 'interview' AND EXISTS "
    "(SELECT 1 FROM interview t WHERE t.id = e.evidence_id AND t.deleted = 0)) OR "
    "(e.evidence_kind = 'observation' AND EXISTS "
    "(SELECT 1 FROM observation t WHERE t.id = e.evidence_id AND t.deleted = 0)) OR "
    "(e.evidence_kind = 'register_check' AND EXISTS "
    "(SELECT 1 FROM register_check t WHERE t.id = e.evidence_id AND t.deleted = 0))))";

QByteArray selectFindings()
{
    return QByteArray("SELECT f.id, f.visit_id, f.category, f.subcategory, f.title, f.facts, "
                      "f.analysis, f.severity, f.sources, f.standards, f.good_practice, ") +
           kSourceCount + " FROM finding f ";
}

// "CASE column WHEN code0 THEN 0 ... END": vocabulary order, unknown codes last.
template <std::size_t N>
QByteArray rank(const char* column, const char* const (&codes)[N], bool reverse = false)
{
    QByteArray sql = QByteArray("CASE ") + column;
    for (std::size_t i = 0; i < N; ++i)
        sql += QByteArray(" WHEN '") + codes[i] + "' THEN " +
               QByteArray::number(qulonglong(reverse ? N - 1 - i : i));
    return sql + " ELSE " + QByteArray::number(qulonglong(N)) + " END";
}

Finding readFinding(const Statement& s)
{
    Finding f;
    f.id = s.columnText(0);
    f.visitId = s.columnText(1);
    f.category = s.columnText(2);
    f.subcategory = s.columnText(3);
    f.title = s.columnText(4);
    f.facts = s.columnText(5);
    f.analysis = s.columnText(6);
    f.severity = s.columnText(7);
    if (s.columnInt(8) > 0)
        f.sourcesSet = s.columnInt(8);
    f.sources = f.sourcesSet.value_or(s.columnInt(11));
    f.standards = s.columnText(9);
    f.goodPractice = s.columnInt(10) != 0;
    return f;
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

Status removeAll(WriteTx& tx, const EntitySpec& spec, const Result<QStringList>& ids)
{
    if (!ids)
        return ids.error();
    for (const QString& id : *ids)
        VIGIL_TRY(tx.remove(spec, id));
    return {};
}

} // namespace

const QByteArray& FindingRepository::listForVisitSql()
{
    static const QByteArray sql = selectFindings() +
                                  "WHERE f.visit_id = ? AND f.deleted = 0 ORDER BY " +
                                  rank("f.category", vocab::kFindingCategories) + ", " +
                                  rank("f.severity", vocab::kSeverities, true) + ", f.id";
    return sql;
}

Result<QString> FindingRepository::create(const Finding& finding)
{
    auto values = editableFields(finding);
    if (!values)
        return values.error();
    values->insert(values->begin(), {"visit_id", finding.visitId});
    return m_ctx.insertOne(catalog::kFinding, *values);
}

Status FindingRepository::update(const Finding& finding)
{
    auto values = editableFields(finding);
    if (!values)
        return values.error();
    return m_ctx.updateOne(catalog::kFinding, finding.id, *values);
}

Status FindingRepository::remove(const QString& id)
{
    auto finding = get(id);
    if (!finding)
        return finding.error();
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    Database& db = m_ctx.db();
    VIGIL_TRY(tx->remove(catalog::kFinding, id));
    VIGIL_TRY(removeAll(*tx, catalog::kFindingEvidence,
                        column(db,
                               "SELECT id FROM finding_evidence "
                               "WHERE finding_id = ? AND deleted = 0",
                               {id})));
    // Recommendations and checklist answers link findings of their own visit.
    VIGIL_TRY(removeAll(*tx, catalog::kRecommendationFinding,
                        column(db,
                               "SELECT rf.id FROM recommendation r JOIN recommendation_finding rf "
                               "ON rf.recommendation_id = r.id WHERE r.visit_id = ? "
                               "AND rf.finding_id = ? AND rf.deleted = 0",
                               {finding->visitId, id})));
    auto answers = column(db,
                          "SELECT id FROM checklist_response WHERE visit_id = ? "
                          "AND finding_id = ? AND deleted = 0",
                          {finding->visitId, id});
    if (!answers)
        return answers.error();
    for (const QString& answer : *answers)
        VIGIL_TRY(tx->update(catalog::kChecklistResponse, answer, {{"finding_id", QVariant()}}));
    return tx->commit();
}

Result<QList<Finding>> FindingRepository::query(const QByteArray& sql, const QString& key)
{
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, key);
    QList<Finding> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(readFinding(**stmt));
    }
}

Result<Finding> FindingRepository::get(const QString& id)
{
    static const QByteArray sql = selectFindings() + "WHERE f.id = ? AND f.deleted = 0";
    auto found = query(sql, id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorKind::NotFound, tr("The finding does not exist or was deleted."));
    return found->first();
}

Result<QList<Finding>> FindingRepository::listForVisit(const QString& visitId)
{
    return query(listForVisitSql(), visitId);
}

QList<FindingGroup> FindingRepository::groupByCategory(const QList<Finding>& ordered)
{
    QList<FindingGroup> groups;
    for (const Finding& f : ordered) {
        if (groups.isEmpty() || groups.last().category != f.category)
            groups.append({f.category, {}});
        groups.last().findings.append(f);
    }
    return groups;
}

Result<QString> FindingRepository::linkEvidence(const QString& findingId, const QString& kind,
                                                const QString& evidenceId)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto id = linkEvidenceIn(*tx, findingId, kind, evidenceId);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status FindingRepository::unlinkEvidence(const QString& findingId, const QString& evidenceId)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(unlinkEvidenceIn(*tx, findingId, evidenceId));
    return tx->commit();
}

Result<QString> FindingRepository::linkEvidenceIn(WriteTx& tx, const QString& findingId,
                                                  const QString& kind, const QString& evidenceId)
{
    Database& db = tx.context().db();
    auto visit =
        column(db, "SELECT visit_id FROM finding WHERE id = ? AND deleted = 0", {findingId});
    if (!visit)
        return visit.error();
    if (visit->isEmpty())
        return Error::make(ErrorKind::Validation,
                           tr("finding_evidence.finding_id: refers to a finding that does not "
                              "exist or was deleted"),
                           QStringLiteral("validation finding_evidence.finding_id"));
    auto target = EvidenceLookup::find(db, kind, evidenceId);
    if (!target)
        return target.error();
    auto invalid = [](const QString& message) {
        return Error::make(ErrorKind::Validation, message,
                           QStringLiteral("validation finding_evidence.evidence_id"));
    };
    if (!target->live)
        return invalid(tr("finding_evidence.evidence_id: the %1 was deleted").arg(kind));
    if (target->visitId != visit->first())
        return invalid(tr("finding_evidence.evidence_id: the %1 was recorded on another visit "
                          "than the finding")
                           .arg(kind));
    auto existing = column(db,
                           "SELECT id FROM finding_evidence WHERE finding_id = ? "
                           "AND evidence_id = ? AND deleted = 0 ORDER BY id LIMIT 1",
                           {findingId, evidenceId});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->first();
    return tx.insert(
        catalog::kFindingEvidence,
        {{"finding_id", findingId}, {"evidence_kind", kind}, {"evidence_id", evidenceId}});
}

Status FindingRepository::unlinkEvidenceIn(WriteTx& tx, const QString& findingId,
                                           const QString& evidenceId)
{
    Database& db = tx.context().db();
    auto links = column(db,
                        "SELECT id FROM finding_evidence WHERE finding_id = ? "
                        "AND evidence_id = ? AND deleted = 0",
                        {findingId, evidenceId});
    if (!links)
        return links.error();
    if (links->isEmpty())
        return Error::make(ErrorKind::NotFound, tr("This evidence is not linked to the finding."));
    VIGIL_TRY(removeAll(tx, catalog::kFindingEvidence, links));
    // A checklist answer that led to the finding no longer does.
    auto answers = column(db,
                          "SELECT id FROM checklist_response WHERE id = ? AND finding_id = ? "
                          "AND deleted = 0",
                          {evidenceId, findingId});
    if (!answers)
        return answers.error();
    for (const QString& answer : *answers)
        VIGIL_TRY(tx.update(catalog::kChecklistResponse, answer, {{"finding_id", QVariant()}}));
    return {};
}

Status FindingRepository::dropLinksTo(WriteTx& tx, const QString& evidenceId)
{
    return removeAll(tx, catalog::kFindingEvidence,
                     column(tx.context().db(),
                            "SELECT id FROM finding_evidence "
                            "WHERE evidence_id = ? AND deleted = 0",
                            {evidenceId}));
}

Result<QList<FindingEvidence>> FindingRepository::evidence(const QString& findingId)
{
    auto stmt = m_ctx.db().cached("SELECT id, evidence_kind, evidence_id FROM finding_evidence "
                                  "WHERE finding_id = ? AND deleted = 0 ORDER BY id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, findingId);
    QList<FindingEvidence> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({(*stmt)->columnText(0), findingId, (*stmt)->columnText(1),
                    (*stmt)->columnText(2), QString(), false});
    }
    for (FindingEvidence& e : out) {
        auto target = EvidenceLookup::find(m_ctx.db(), e.kind, e.evidenceId);
        if (!target && target.error().kind != ErrorKind::Validation)
            return target.error();
        e.available = target && target->live;
        if (e.available)
            e.title = target->title;
    }
    return out;
}

Result<QList<Finding>> FindingRepository::findingsUsing(const QString& evidenceId)
{
    static const QByteArray sql = selectFindings() +
                                  "WHERE f.id IN (SELECT finding_id FROM finding_evidence "
                                  "WHERE evidence_id = ? AND deleted = 0) AND f.deleted = 0 "
                                  "ORDER BY f.visit_id, " +
                                  rank("f.category", vocab::kFindingCategories) + ", f.id";
    return query(sql, evidenceId);
}

} // namespace vigil
