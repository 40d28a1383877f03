#include "core/sync/merge/ConflictRepository.h"

#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/merge/ConflictDetector.h"
#include "core/sync/merge/MergeCatalog.h"
#include "core/sync/merge/SqlValue.h"

#include <QDateTime>

namespace vigil {

Result<std::vector<Conflict>> ConflictRepository::query(const QString* conflictId)
{
    QByteArray sql = "SELECT c.id, kind, entity, entity_id, field, winner_device, winner_seq, "
                     "loser_device, loser_seq, losing_value, c.scope, c.created_at, "
                     "NOT EXISTS (SELECT 1 FROM sync_resolution r WHERE r.conflict_id = c.id "
                     "AND r.deleted = 0) AS open, r.choice, r.resolved_at FROM sync_conflict c "
                     "LEFT JOIN sync_resolution r ON r.id = (SELECT id FROM sync_resolution "
                     "WHERE conflict_id = c.id AND deleted = 0 ORDER BY resolved_at DESC, id DESC "
                     "LIMIT 1) ";
    sql += conflictId ? "WHERE c.id = ?" : "WHERE open ORDER BY c.created_at, c.id";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    if (conflictId)
        s.bind(1, *conflictId);
    std::vector<Conflict> out;
    VIGIL_TRY(s.forEachRow([&out](Statement& row) -> Status {
        Conflict c;
        c.id = row.columnText(0);
        c.kind = row.columnText(1);
        c.entity = row.columnText(2);
        c.entityId = row.columnText(3);
        c.field = row.columnText(4);
        c.winnerDevice = row.columnText(5);
        c.winnerSeq = row.columnInt(6);
        c.loserDevice = row.columnText(7);
        c.loserSeq = row.columnInt(8);
        c.losingValue = SqlValue::column(row, 9);
        c.scope = row.columnText(10);
        c.createdAt = row.columnInt(11);
        c.open = row.columnInt(12) != 0;
        c.resolution = row.columnText(13);
        c.resolvedAt = row.columnInt(14);
        out.push_back(std::move(c));
        return {};
    }));
    for (Conflict& c : out)
        VIGIL_TRY(fillCurrent(c));
    return out;
}

Status ConflictRepository::fillCurrent(Conflict& conflict)
{
    const EntitySpec* spec = MergeCatalog::byEntity(conflict.entity);
    const FieldSpec* field =
        spec ? spec->field(QLatin1StringView(conflict.field.toLatin1())) : nullptr;
    if (!field)
        return {}; // stored by a newer Vigil: shown without the current value
    auto stmt = m_ctx.db().cached(QByteArray("SELECT deleted, ") + field->name + " FROM " +
                                  spec->table + " WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, conflict.entityId);
    auto row = (*stmt)->step();
    if (row && *row) {
        conflict.recordExists = true;
        conflict.recordDeleted = (*stmt)->columnInt(0) != 0;
        conflict.currentValue = SqlValue::column(**stmt, 1);
    }
    (void)(*stmt)->reset();
    if (!row)
        return row.error();
    return {};
}

Result<std::vector<Conflict>> ConflictRepository::listOpen()
{
    return query(nullptr);
}

Result<Conflict> ConflictRepository::get(const QString& conflictId)
{
    auto found = query(&conflictId);
    if (!found)
        return found.error();
    if (found->empty())
        return Error::make(ErrorKind::NotFound, tr("This conflict no longer exists."),
                           QStringLiteral("conflict %1").arg(conflictId));
    return std::move(found->front());
}

Result<Conflict> ConflictRepository::openConflict(const QString& conflictId, const char* kind)
{
    auto conflict = get(conflictId);
    if (!conflict)
        return conflict.error();
    if (!conflict->open)
        return Error::make(ErrorKind::Usage, tr("This conflict was already resolved."),
                           QStringLiteral("conflict %1 resolved").arg(conflictId));
    if (kind && conflict->kind != QLatin1StringView(kind))
        return Error::make(
            ErrorKind::Usage, tr("This conflict cannot be resolved that way."),
            QStringLiteral("conflict %1 is a %2 conflict").arg(conflictId, conflict->kind));
    if (!conflict->recordExists)
        return Error::make(ErrorKind::NotFound,
                           tr("The record of this conflict has not fully arrived yet; sync again "
                              "and then resolve it."),
                           QStringLiteral("conflict %1: record pending").arg(conflictId));
    return conflict;
}

Status ConflictRepository::markResolved(WriteTx& tx, const Conflict& conflict, const char* choice)
{
    const QByteArray scope = conflict.scope.toLatin1();
    auto id = tx.insert(MergeCatalog::kSyncResolution,
                        {{"conflict_id", conflict.id},
                         {"choice", QString::fromLatin1(choice)},
                         {"resolved_at", QVariant(QDateTime::currentMSecsSinceEpoch())}},
                        scope.constData());
    if (!id)
        return id.error();
    return {};
}

Status ConflictRepository::resolve(const QString& conflictId, const QString& chosenText)
{
    auto conflict = openConflict(conflictId, ConflictDetector::kProse);
    if (!conflict)
        return conflict.error();
    const EntitySpec* spec = MergeCatalog::byEntity(conflict->entity);
    const FieldSpec* field =
        spec ? spec->field(QLatin1StringView(conflict->field.toLatin1())) : nullptr;
    if (!field)
        return Error::make(ErrorKind::Internal, QStringLiteral("unknown conflict field"));
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    // What the screen showed: the conflict's two versions and the field's
    // current one (its newest op); and this device's newest seq, after
    // which come the ops this resolution writes (none when the chosen text
    // is the current one).
    auto stmt = m_ctx.db().cached(
        "SELECT (SELECT coalesce(max(seq), 0) FROM change_op WHERE device_id = ?1), "
        "device_id, seq FROM change_op WHERE entity_id = ?2 AND field = ?3 "
        "ORDER BY hlc DESC, device_id DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, m_ctx.deviceId()).bind(2, conflict->entityId).bind(3, conflict->field);
    auto row = (*stmt)->step();
    Shown shown;
    if (row && *row) {
        shown.ownBefore = (*stmt)->columnInt(0);
        shown.currentDevice = (*stmt)->columnText(1);
        shown.currentSeq = (*stmt)->columnInt(2);
    }
    (void)(*stmt)->reset();
    if (!row)
        return row.error();
    // The new op's base is the newest stamp of the field here, so it
    // replaces both versions knowingly and raises no conflict of its own,
    // except when that stamp is shared (see settleReplaced).
    VIGIL_TRY(tx->update(*spec, conflict->entityId, {{field->name, chosenText}}));
    VIGIL_TRY(markResolved(*tx, *conflict, "chose_text"));
    VIGIL_TRY(settleReplaced(*tx, *conflict, shown));
    return tx->commit();
}

Status ConflictRepository::settleReplaced(WriteTx& tx, const Conflict& resolved, const Shown& shown)
{
    // When the two versions share a stamp, the resolution's base cannot say
    // which one its writer saw, so the detector records the resolution as
    // replacing an unseen version: a conflict the user already settled, as
    // both versions were on screen. Its id is the same everywhere, and so
    // is its resolution, which travels with the new op. Only the op this
    // resolution wrote counts, and only against a version the user was
    // shown: another op of the shared stamp keeps its conflict.
    auto stmt = m_ctx.db().cached(
        "SELECT id, scope FROM sync_conflict "
        "WHERE entity_id = ?1 AND field = ?2 AND kind = ?3 AND id <> ?4 "
        "AND winner_device = ?9 AND winner_seq > ?10 "
        "AND ((loser_device = ?5 AND loser_seq = ?6) OR (loser_device = ?7 AND loser_seq = ?8) "
        "OR (loser_device = ?11 AND loser_seq = ?12))");
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, resolved.entityId)
        .bind(2, resolved.field)
        .bind(3, QString::fromLatin1(ConflictDetector::kProse))
        .bind(4, resolved.id)
        .bind(5, resolved.winnerDevice)
        .bind(6, resolved.winnerSeq)
        .bind(7, resolved.loserDevice)
        .bind(8, resolved.loserSeq)
        .bind(9, m_ctx.deviceId())
        .bind(10, shown.ownBefore)
        .bind(11, shown.currentDevice)
        .bind(12, shown.currentSeq);
    std::vector<Conflict> replaced;
    VIGIL_TRY(s.forEachRow([&replaced](Statement& row) -> Status {
        Conflict c;
        c.id = row.columnText(0);
        c.scope = row.columnText(1);
        replaced.push_back(std::move(c));
        return {};
    }));
    for (const Conflict& c : replaced)
        VIGIL_TRY(markResolved(tx, c, "chose_text"));
    return {};
}

Status ConflictRepository::keepCurrent(const QString& conflictId)
{
    auto conflict = openConflict(conflictId, nullptr);
    if (!conflict)
        return conflict.error();
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(markResolved(*tx, *conflict, "kept_current"));
    return tx->commit();
}

Status ConflictRepository::restoreRecord(const QString& conflictId)
{
    auto conflict = openConflict(conflictId, ConflictDetector::kDeletion);
    if (!conflict)
        return conflict.error();
    const EntitySpec* spec = MergeCatalog::byEntity(conflict->entity);
    if (!spec)
        return Error::make(ErrorKind::Internal, QStringLiteral("unknown conflict entity"));
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    if (conflict->recordDeleted) // another device may have restored it already
        VIGIL_TRY(tx->restore(*spec, conflict->entityId));
    VIGIL_TRY(markResolved(*tx, *conflict, "restored"));
    return tx->commit();
}

} // namespace vigil
