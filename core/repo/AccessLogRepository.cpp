#include "core/repo/AccessLogRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

namespace vigil {

namespace {

FieldValues eventFields(const AccessEvent& e)
{
    return {{"kind", e.kind},
            {"occurred_at", fields::number(e.occurredAt)},
            {"area", fields::text(e.area)},
            {"official", fields::text(e.official)},
            {"description", fields::text(e.description)},
            {"delay_minutes", fields::number(e.delayMinutes)}};
}

constexpr const char* kColumns =
    "id, visit_id, kind, occurred_at, area, official, description, delay_minutes";

AccessEvent readEvent(const Statement& s)
{
    AccessEvent e;
    e.id = s.columnText(0);
    e.visitId = s.columnText(1);
    e.kind = s.columnText(2);
    e.occurredAt = s.columnInt(3);
    e.area = s.columnText(4);
    e.official = s.columnText(5);
    e.description = s.columnText(6);
    e.delayMinutes = fields::optionalInt(s, 7);
    return e;
}

} // namespace

Result<QString> AccessLogRepository::record(const AccessEvent& event)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    AccessEvent stamped = event;
    // The hybrid clock, not the bare wall clock, so that events recorded one
    // after the other keep their order if the device's clock steps back.
    if (!stamped.occurredAt)
        stamped.occurredAt = Hlc::millis(m_ctx.clock().tick());
    FieldValues values = eventFields(stamped);
    values.emplace_back("visit_id", event.visitId);
    auto id = tx->insert(catalog::kAccessEvent, values);
    if (!id)
        return id.error();
    VIGIL_TRY(tx->commit());
    return id;
}

Status AccessLogRepository::update(const AccessEvent& event)
{
    return m_ctx.updateOne(catalog::kAccessEvent, event.id, eventFields(event));
}

Status AccessLogRepository::remove(const QString& id)
{
    return m_ctx.removeOne(catalog::kAccessEvent, id);
}

Result<AccessEvent> AccessLogRepository::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM access_event WHERE id = ? AND deleted = 0";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The access log entry does not exist or was deleted."));
    AccessEvent e = readEvent(**stmt);
    (void)(*stmt)->reset();
    return e;
}

Result<QList<AccessEvent>> AccessLogRepository::forVisit(const QString& visitId)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM access_event WHERE visit_id = ? AND deleted = 0 "
                           "ORDER BY occurred_at, rowid";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<AccessEvent> log;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        log.append(readEvent(**stmt));
    }
    return log;
}

} // namespace vigil
