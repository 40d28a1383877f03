#include "core/sync/exchange/PeerState.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"

#include <QCborArray>
#include <QCborValue>
#include <algorithm>
#include <sqlite3.h>

namespace vigil {

namespace {

QString digestKey(const QString& peerId)
{
    return QStringLiteral("sync.put.") + peerId;
}

QString deliveredKey(const QString& peerId)
{
    return QStringLiteral("sync.delivered.") + peerId;
}

// Runs `write` in the caller's transaction if one is open, else in its own.
template <typename Write> Status inTransaction(Database& db, Write&& write)
{
    if (!sqlite3_get_autocommit(db.handle()))
        return write();
    auto tx = db.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(write());
    return tx->commit();
}

std::optional<qint64> optionalInt(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return s.columnInt(column);
}

} // namespace

Result<std::vector<PeerVector>> PeerState::vectors(const QString& peerId) const
{
    auto stmt = m_db.cached("SELECT origin_id, sent_seq, acked_seq FROM sync_peer_vector "
                            "WHERE peer_id = ? ORDER BY origin_id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, peerId);
    std::vector<PeerVector> out;
    VIGIL_TRY((*stmt)->forEachRow([&](Statement& row) -> Status {
        out.push_back(PeerVector{row.columnText(0), row.columnInt(1), row.columnInt(2)});
        return {};
    }));
    return out;
}

Result<PeerTimes> PeerState::times(const QString& peerId) const
{
    auto stmt = m_db.cached("SELECT bundles_put, last_put_at, gone_noticed_at, ack_received_at "
                            "FROM sync_peer WHERE peer_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, peerId);
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    PeerTimes times;
    if (*row) {
        const Statement& s = **stmt;
        times = PeerTimes{s.columnInt(0), optionalInt(s, 1), optionalInt(s, 2), optionalInt(s, 3)};
    }
    (void)(*stmt)->reset();
    return times;
}

Result<QStringList> PeerState::sentVisits(const QString& peerId) const
{
    auto stmt =
        m_db.cached("SELECT visit_id FROM sync_peer_visit WHERE peer_id = ? ORDER BY visit_id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, peerId);
    QStringList out;
    VIGIL_TRY((*stmt)->forEachRow([&](Statement& row) -> Status {
        out.append(row.columnText(0));
        return {};
    }));
    return out;
}

Result<QByteArray> PeerState::lastPutDigest(const QString& peerId) const
{
    auto stmt = m_db.cached("SELECT value FROM local_state WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, digestKey(peerId));
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    const QByteArray digest = *row ? (*stmt)->columnBlob(0) : QByteArray();
    (void)(*stmt)->reset();
    return digest;
}

Result<std::map<QString, qint64>> PeerState::delivered(const QString& peerId) const
{
    auto stmt = m_db.cached("SELECT value FROM local_state WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, deliveredKey(peerId));
    auto row = (*stmt)->step();
    if (!row) {
        (void)(*stmt)->reset();
        return row.error();
    }
    const QByteArray bytes = *row ? (*stmt)->columnBlob(0) : QByteArray();
    (void)(*stmt)->reset();
    std::map<QString, qint64> out;
    for (const QCborValue& entry : QCborValue::fromCbor(bytes).toArray()) {
        const QCborArray pair = entry.toArray();
        out[pair.at(0).toString()] = pair.at(1).toInteger();
    }
    return out;
}

Result<std::map<QString, qint64>> PeerState::sendAfter(const QString& peerId) const
{
    auto rows = vectors(peerId);
    if (!rows)
        return rows.error();
    std::map<QString, qint64> out;
    for (const PeerVector& v : *rows)
        out[v.originId] = std::max(v.sent, v.acked);
    return out;
}

Status PeerState::ensurePeer(const QString& peerId)
{
    auto stmt = m_db.cached("INSERT OR IGNORE INTO sync_peer(peer_id) VALUES (?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, peerId);
    return (*stmt)->run();
}

Status PeerState::recordAck(const QString& peerId,
                            const std::vector<std::pair<QString, qint64>>& vector, qint64 nowMs)
{
    return inTransaction(m_db, [&] { return recordAckRows(peerId, vector, nowMs); });
}

Status PeerState::recordAckRows(const QString& peerId,
                                const std::vector<std::pair<QString, qint64>>& vector, qint64 nowMs)
{
    VIGIL_TRY(ensurePeer(peerId));
    auto ack =
        m_db.cached("INSERT INTO sync_peer_vector(peer_id, origin_id, acked_seq) VALUES (?, ?, ?) "
                    "ON CONFLICT(peer_id, origin_id) DO UPDATE SET "
                    "acked_seq = max(acked_seq, excluded.acked_seq)");
    if (!ack)
        return ack.error();
    for (const auto& [origin, seq] : vector) {
        (*ack)->bind(1, peerId).bind(2, origin).bind(3, std::max<qint64>(seq, 0));
        VIGIL_TRY((*ack)->run());
        VIGIL_TRY((*ack)->reset());
    }
    auto when = m_db.cached("UPDATE sync_peer SET ack_received_at = ? WHERE peer_id = ?");
    if (!when)
        return when.error();
    (*when)->bind(1, nowMs).bind(2, peerId);
    VIGIL_TRY((*when)->run());
    return checkDelivered(peerId);
}

Status PeerState::checkDelivered(const QString& peerId)
{
    auto fetched = delivered(peerId);
    if (!fetched)
        return fetched.error();
    if (fetched->empty())
        return {};
    // The peer had these and still does not hold them: send again from its ack.
    auto lost = m_db.cached("UPDATE sync_peer_vector SET sent_seq = min(sent_seq, acked_seq) "
                            "WHERE peer_id = ? AND origin_id = ? AND acked_seq < ?");
    if (!lost)
        return lost.error();
    for (const auto& [origin, seq] : *fetched) {
        (*lost)->bind(1, peerId).bind(2, origin).bind(3, seq);
        VIGIL_TRY((*lost)->run());
        VIGIL_TRY((*lost)->reset());
    }
    // Checked once: bundles sent from now on wait for the next empty inbox.
    return setState(deliveredKey(peerId), {});
}

Status PeerState::setState(const QString& key, const QByteArray& value)
{
    if (value.isEmpty()) {
        auto drop = m_db.cached("DELETE FROM local_state WHERE key = ?");
        if (!drop)
            return drop.error();
        (*drop)->bind(1, key);
        return (*drop)->run();
    }
    auto store = m_db.cached("INSERT OR REPLACE INTO local_state(key, value) VALUES (?, ?)");
    if (!store)
        return store.error();
    (*store)->bind(1, key).bindBlob(2, value);
    return (*store)->run();
}

Status PeerState::markPut(const QString& peerId, const BundlePut& put, qint64 nowMs)
{
    return inTransaction(m_db, [&] { return markPutRows(peerId, put, nowMs); });
}

Status PeerState::markPutRows(const QString& peerId, const BundlePut& put, qint64 nowMs)
{
    VIGIL_TRY(ensurePeer(peerId));
    // sent is set, not raised: after a re-send from the ack it starts lower.
    auto sent =
        m_db.cached("INSERT INTO sync_peer_vector(peer_id, origin_id, sent_seq) VALUES (?, ?, ?) "
                    "ON CONFLICT(peer_id, origin_id) DO UPDATE SET sent_seq = excluded.sent_seq");
    if (!sent)
        return sent.error();
    for (const CoverageRange& range : put.coverage) {
        if (range.to < range.from)
            continue;
        (*sent)->bind(1, peerId).bind(2, range.originId).bind(3, range.to);
        VIGIL_TRY((*sent)->run());
        VIGIL_TRY((*sent)->reset());
    }
    auto peer = m_db.cached("UPDATE sync_peer SET bundles_put = max(bundles_put, ?), "
                            "last_put_at = ? WHERE peer_id = ?");
    if (!peer)
        return peer.error();
    (*peer)->bind(1, put.number).bind(2, nowMs).bind(3, peerId);
    VIGIL_TRY((*peer)->run());

    if (put.visits) {
        auto clear = m_db.cached("DELETE FROM sync_peer_visit WHERE peer_id = ?");
        if (!clear)
            return clear.error();
        (*clear)->bind(1, peerId);
        VIGIL_TRY((*clear)->run());
        auto add = m_db.cached("INSERT OR IGNORE INTO sync_peer_visit(peer_id, visit_id) "
                               "VALUES (?, ?)");
        if (!add)
            return add.error();
        for (const QString& visit : *put.visits) {
            (*add)->bind(1, peerId).bind(2, visit);
            VIGIL_TRY((*add)->run());
            VIGIL_TRY((*add)->reset());
        }
    }
    if (!put.stateDigest.isEmpty())
        VIGIL_TRY(setState(digestKey(peerId), put.stateDigest));
    return {};
}

Status PeerState::noticeGone(const QString& peerId, qint64 nowMs)
{
    return inTransaction(m_db, [&] { return noticeGoneRows(peerId, nowMs); });
}

Status PeerState::noticeGoneRows(const QString& peerId, qint64 nowMs)
{
    VIGIL_TRY(ensurePeer(peerId));
    auto stmt = m_db.cached("UPDATE sync_peer SET gone_noticed_at = ? WHERE peer_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, nowMs).bind(2, peerId);
    VIGIL_TRY((*stmt)->run());
    // Everything sent so far has been fetched.
    auto rows = vectors(peerId);
    if (!rows)
        return rows.error();
    QCborArray fetched;
    for (const PeerVector& v : *rows) {
        if (v.sent > 0)
            fetched.append(QCborArray{v.originId, v.sent});
    }
    return setState(deliveredKey(peerId),
                    fetched.isEmpty() ? QByteArray() : QCborValue(fetched).toCbor());
}

} // namespace vigil
