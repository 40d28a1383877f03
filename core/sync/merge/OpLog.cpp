#include "core/sync/merge/OpLog.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/merge/SqlValue.h"

#include <algorithm>

namespace vigil {

Result<std::vector<Op>> OpLog::read(Database& db, const QString& deviceId, qint64 firstSeq,
                                    qint64 lastSeq)
{
    auto stmt =
        db.cached("SELECT seq, hlc, entity, entity_id, field, value, base_hlc, scope "
                  "FROM change_op WHERE device_id = ? AND seq BETWEEN ? AND ? ORDER BY seq");
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, deviceId).bind(2, firstSeq).bind(3, lastSeq);
    std::vector<Op> ops;
    VIGIL_TRY(s.forEachRow([&](Statement& row) -> Status {
        ops.push_back(Op{deviceId, row.columnInt(0), row.columnInt(1), row.columnText(2),
                         row.columnText(3), row.columnText(4), SqlValue::column(row, 5),
                         row.columnInt(6), row.columnText(7)});
        return {};
    }));
    return ops;
}

Result<std::vector<std::pair<QString, qint64>>> OpLog::receivedVector(Database& db,
                                                                      const QString& localDeviceId)
{
    std::vector<std::pair<QString, qint64>> vector;
    auto stmt = db.cached("SELECT device_id, highest_seq FROM sync_received WHERE device_id <> ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, localDeviceId);
    VIGIL_TRY((*stmt)->forEachRow([&](Statement& row) -> Status {
        vector.emplace_back(row.columnText(0), row.columnInt(1));
        return {};
    }));
    auto own = db.cached("SELECT max(coalesce(max(seq), 0), coalesce((SELECT value FROM "
                         "local_state WHERE key = 'sync.own_seq_floor'), 0)) FROM change_op "
                         "WHERE device_id = ?");
    if (!own)
        return own.error();
    (*own)->bind(1, localDeviceId);
    auto row = (*own)->step();
    if (!row) {
        (void)(*own)->reset();
        return row.error();
    }
    const qint64 newest = (*own)->columnInt(0);
    (void)(*own)->reset();
    if (newest > 0)
        vector.emplace_back(localDeviceId, newest);
    std::sort(vector.begin(), vector.end());
    return vector;
}

Status OpLog::advanceReceived(Database& db, const QString& deviceId)
{
    auto current = db.cached("SELECT highest_seq FROM sync_received WHERE device_id = ?");
    if (!current)
        return current.error();
    (*current)->bind(1, deviceId);
    auto row = (*current)->step();
    if (!row) {
        (void)(*current)->reset();
        return row.error();
    }
    const qint64 from = *row ? (*current)->columnInt(0) : 0;
    (void)(*current)->reset();

    auto next = db.cached("SELECT seq FROM change_op WHERE device_id = ? AND seq > ? ORDER BY seq");
    if (!next)
        return next.error();
    (*next)->bind(1, deviceId).bind(2, from);
    qint64 highest = from;
    while (true) {
        auto step = (*next)->step();
        if (!step) {
            (void)(*next)->reset();
            return step.error();
        }
        if (!*step || (*next)->columnInt(0) != highest + 1)
            break; // the end, or a gap: later ops wait for the missing ones
        ++highest;
    }
    (void)(*next)->reset();
    if (highest == from)
        return {};
    auto store =
        db.cached("INSERT INTO sync_received(device_id, highest_seq) VALUES (?, ?) "
                  "ON CONFLICT(device_id) DO UPDATE SET highest_seq = excluded.highest_seq");
    if (!store)
        return store.error();
    (*store)->bind(1, deviceId).bind(2, highest);
    return (*store)->run();
}

} // namespace vigil
