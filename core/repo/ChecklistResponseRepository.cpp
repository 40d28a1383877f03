#include "core/repo/ChecklistResponseRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

namespace vigil {

namespace {

constexpr const char* kColumns =
    "id, visit_id, template_id, question_id, answer, notes, finding_id";

ChecklistResponse readResponse(const Statement& s)
{
    return {s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
            s.columnText(4), s.columnText(5), s.columnText(6)};
}

} // namespace

Result<QString> ChecklistResponseRepository::answer(const QString& visitId,
                                                    const QString& templateId,
                                                    const QString& questionId,
                                                    const QString& answer, const QString& notes)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto stmt = m_ctx.db().cached("SELECT id FROM checklist_response WHERE visit_id = ? "
                                  "AND question_id = ? AND deleted = 0 ORDER BY id LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId).bind(2, questionId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const QString existing = *row ? (*stmt)->columnText(0) : QString();
    (void)(*stmt)->reset();

    const FieldValues values = {{"template_id", templateId},
                                {"answer", fields::text(answer)},
                                {"notes", fields::text(notes)}};
    QString id = existing;
    if (existing.isEmpty()) {
        FieldValues all = values;
        all.insert(all.begin(), {{"visit_id", visitId}, {"question_id", questionId}});
        auto inserted = tx->insert(catalog::kChecklistResponse, all);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else {
        VIGIL_TRY(tx->update(catalog::kChecklistResponse, existing, values));
    }
    VIGIL_TRY(tx->commit());
    return id;
}

Status ChecklistResponseRepository::linkFinding(const QString& responseId, const QString& findingId)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    auto current = get(responseId);
    if (!current)
        return current.error();
    if (current->findingId == findingId)
        return {};
    if (!current->findingId.isEmpty()) {
        auto unlinked = FindingRepository::unlinkEvidenceIn(*tx, current->findingId, responseId);
        if (!unlinked && unlinked.error().kind != ErrorKind::NotFound)
            return unlinked.error();
    }
    if (!findingId.isEmpty()) {
        // Checks that the finding is live and of the same visit.
        auto link = FindingRepository::linkEvidenceIn(
            *tx, findingId, QStringLiteral("checklist_response"), responseId);
        if (!link)
            return link.error();
    }
    VIGIL_TRY(tx->update(catalog::kChecklistResponse, responseId,
                         {{"finding_id", fields::text(findingId)}}));
    return tx->commit();
}

Status ChecklistResponseRepository::remove(const QString& id)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->remove(catalog::kChecklistResponse, id));
    VIGIL_TRY(FindingRepository::dropLinksTo(*tx, id));
    return tx->commit();
}

Result<ChecklistResponse> ChecklistResponseRepository::get(const QString& id)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM checklist_response WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The checklist answer does not exist or was deleted."));
    ChecklistResponse r = readResponse(**stmt);
    (void)(*stmt)->reset();
    return r;
}

Result<QList<ChecklistResponse>> ChecklistResponseRepository::listForVisit(const QString& visitId)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM checklist_response WHERE visit_id = ? AND deleted = 0 "
                                  "ORDER BY template_id, question_id, id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<ChecklistResponse> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(readResponse(**stmt));
    }
}

} // namespace vigil
