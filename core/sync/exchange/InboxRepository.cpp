#include "core/sync/exchange/InboxRepository.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/exchange/Quarantine.h"

namespace vigil {

namespace {

constexpr const char* kSelect =
    "SELECT i.id, i.file_name, i.sha256, coalesce(i.sender_id, ''), coalesce(d.name, ''), "
    "coalesce(i.first_seq, 0), coalesce(i.last_seq, 0), coalesce(i.created_at, 0), "
    "i.received_at, i.state, coalesce(i.reason, ''), i.ops, i.blobs, i.conflicts "
    "FROM sync_inbox i LEFT JOIN sync_device d ON d.device_id = i.sender_id ";

InboxEntry readRow(const Statement& s)
{
    InboxEntry e;
    e.id = s.columnInt(0);
    e.fileName = s.columnText(1);
    e.sha256 = s.columnBlob(2);
    e.senderId = s.columnText(3);
    e.senderName = s.columnText(4);
    e.firstSeq = s.columnInt(5);
    e.lastSeq = s.columnInt(6);
    e.createdAt = s.columnInt(7);
    e.receivedAt = s.columnInt(8);
    e.state = s.columnText(9);
    e.reason = s.columnText(10);
    e.reasonText = e.reason.isEmpty() ? QString() : Quarantine::reasonText(e.reason);
    e.ops = s.columnInt(11);
    e.blobs = s.columnInt(12);
    e.conflicts = s.columnInt(13);
    return e;
}

} // namespace

Result<QList<InboxEntry>> InboxRepository::list(int limit) const
{
    auto stmt = m_db.cached(QByteArray(kSelect) + "ORDER BY i.received_at DESC, i.id DESC LIMIT ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, limit);
    QList<InboxEntry> entries;
    VIGIL_TRY((*stmt)->forEachRow([&](Statement& row) -> Status {
        entries.append(readRow(row));
        return {};
    }));
    return entries;
}

Result<std::optional<InboxEntry>> InboxRepository::findBySha256(const QByteArray& sha256) const
{
    auto stmt = m_db.cached(QByteArray(kSelect) + "WHERE i.sha256 = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bindBlob(1, sha256);
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    std::optional<InboxEntry> entry;
    if (*row)
        entry = readRow(**stmt);
    (void)(*stmt)->reset();
    return entry;
}

Status InboxRepository::record(const InboxEntry& e)
{
    auto stmt = m_db.cached(
        "INSERT INTO sync_inbox(file_name, sha256, sender_id, first_seq, last_seq, created_at, "
        "received_at, state, reason, ops, blobs, conflicts) "
        "VALUES (?, ?, nullif(?, ''), ?, ?, ?, ?, ?, nullif(?, ''), ?, ?, ?) "
        "ON CONFLICT(sha256) DO UPDATE SET file_name = excluded.file_name, "
        "sender_id = excluded.sender_id, first_seq = excluded.first_seq, "
        "last_seq = excluded.last_seq, created_at = excluded.created_at, state = excluded.state, "
        "reason = excluded.reason, ops = excluded.ops, blobs = excluded.blobs, "
        "conflicts = excluded.conflicts");
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, e.fileName).bindBlob(2, e.sha256).bind(3, e.senderId);
    s.bind(4, e.firstSeq).bind(5, e.lastSeq).bind(6, e.createdAt).bind(7, e.receivedAt);
    s.bind(8, e.state).bind(9, e.reason).bind(10, e.ops).bind(11, e.blobs).bind(12, e.conflicts);
    return s.run();
}

} // namespace vigil
