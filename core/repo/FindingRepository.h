#pragma once

#include "core/model/Finding.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;
class WriteTx;

// Findings of a visit and their evidence links. The only writer of the
// finding and finding_evidence tables.
//
// Evidence is linked by kind and id (vocab::kEvidenceKinds) and must be a live
// record of the finding's own visit. A finding's number of corroborating
// sources is what the team set, or else counted: the distinct live
// interviews, observations and register checks linked to it (access events,
// attachments and checklist answers support a finding but are not
// independent sources). The count is computed on read, never stored, so it
// cannot go stale or conflict in sync.
class FindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::FindingRepository)
public:
    explicit FindingRepository(RecordContext& ctx) : m_ctx(ctx) {}

    Result<QString> create(const Finding& finding);
    // Writes every editable field; a finding never moves to another visit.
    Status update(const Finding& finding);
    // Also drops the finding's evidence and recommendation links and clears it
    // from the checklist answers that led to it.
    Status remove(const QString& id);
    Result<Finding> get(const QString& id);
    // Live findings of a visit in the order of the taxonomy (DOMAIN.md §5),
    // the most severe first within a category, then as recorded.
    Result<QList<Finding>> listForVisit(const QString& visitId);
    static QList<FindingGroup> groupByCategory(const QList<Finding>& ordered);

    // Links evidence to a finding; linking it again returns the existing link.
    Result<QString> linkEvidence(const QString& findingId, const QString& kind,
                                 const QString& evidenceId);
    Status unlinkEvidence(const QString& findingId, const QString& evidenceId);
    // The finding's evidence, as linked; deleted evidence is shown unavailable.
    Result<QList<FindingEvidence>> evidence(const QString& findingId);
    // The live findings that cite this evidence ("where is this used").
    Result<QList<Finding>> findingsUsing(const QString& evidenceId);

    // The same, inside another repository's write.
    static Result<QString> linkEvidenceIn(WriteTx& tx, const QString& findingId,
                                          const QString& kind, const QString& evidenceId);
    static Status unlinkEvidenceIn(WriteTx& tx, const QString& findingId,
                                   const QString& evidenceId);
    // Drops every link to evidence that is being deleted.
    static Status dropLinksTo(WriteTx& tx, const QString& evidenceId);

    // The query behind listForVisit, for the query-plan test (it must search
    // the finding_visit index).
    static const QByteArray& listForVisitSql();

private:
    Result<QList<Finding>> query(const QByteArray& sql, const QString& key);

    RecordContext& m_ctx;
};

} // namespace vigil
