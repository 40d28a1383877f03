#include "core/repo/RecordContext.h"

#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"

namespace vigil {

RecordContext::RecordContext(Database& db, QString deviceId, Hlc clock)
    : m_db(db), m_deviceId(std::move(deviceId)), m_clock(std::move(clock))
{
}

Result<std::unique_ptr<RecordContext>> RecordContext::open(Database& db, Hlc::WallClock wall)
{
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto last = db.scalarInt("SELECT coalesce((SELECT value FROM local_state WHERE key = 'hlc'), 0)");
    if (!last)
        return last.error();
    return std::unique_ptr<RecordContext>(
        new RecordContext(db, identity->id(), Hlc(*last, std::move(wall))));
}

Result<WriteTx> RecordContext::beginWrite()
{
    auto tx = m_db.beginWrite();
    if (!tx)
        return tx.error();
    // The floor: ops the retention option removed from this device's own log
    // keep their numbers (peers hold them), so a seq is never given twice.
    auto seq = m_db.cached(
        "SELECT max(coalesce(max(seq), 0), coalesce((SELECT value FROM local_state WHERE key = "
        "'sync.own_seq_floor'), 0)) FROM change_op WHERE device_id = ?");
    if (!seq)
        return seq.error();
    (*seq)->bind(1, m_deviceId);
    auto row = (*seq)->step();
    if (!row)
        return row.error();
    const qint64 next = (*seq)->columnInt(0) + 1;
    (void)(*seq)->reset();
    auto head = AuditLog::head(m_db);
    if (!head)
        return head.error();
    // Another connection (the sync thread) may have moved the clock on.
    auto stored = m_db.scalarInt("SELECT coalesce((SELECT value FROM local_state WHERE key = 'hlc'), 0)");
    if (!stored)
        return stored.error();
    m_clock.observe(*stored);
    return WriteTx(*this, std::move(*tx), next, std::move(*head));
}

Result<QString> RecordContext::insertOne(const EntitySpec& spec, const FieldValues& values,
                                         const char* scope)
{
    auto tx = beginWrite();
    if (!tx)
        return tx.error();
    auto id = tx->insert(spec, values, scope);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status RecordContext::updateOne(const EntitySpec& spec, const QString& id, const FieldValues& changes)
{
    auto tx = beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->update(spec, id, changes));
    return tx->commit();
}

Status RecordContext::removeOne(const EntitySpec& spec, const QString& id)
{
    auto tx = beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->remove(spec, id));
    return tx->commit();
}

} // namespace vigil
