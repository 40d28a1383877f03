#pragma once

#include "core/sync/exchange/Coverage.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace vigil {

class Database;

// What this device sent to one peer and what the peer acknowledged, per
// origin device (sync_peer_vector).
struct PeerVector
{
    QString originId;
    qint64 sent = 0;  // the highest seq put into bundles for the peer
    qint64 acked = 0; // the highest seq the peer's received vector confirmed
};

// The peer's row of sync_peer (local clock, ms).
struct PeerTimes
{
    qint64 bundlesPut = 0;
    std::optional<qint64> lastPutAt;
    std::optional<qint64> goneNoticedAt;
    std::optional<qint64> ackReceivedAt;
};

// One bundle that the transport has put into the peer's inbox: what
// BundleExporter reports per file, recorded with PeerState::markPut.
struct BundlePut
{
    qint64 number = 0;                   // the bundle number in its file name
    std::vector<CoverageRange> coverage; // what it vouches for
    // The peer's visits after this bundle (sync_peer_visit), on the last
    // bundle of an export only: the visits sent whole are then all out.
    std::optional<QStringList> visits;
    QByteArray stateDigest; // the ack vector and roster it carried
};

// The sending side's bookkeeping per peer (docs/sync-protocol.md
// "Acknowledgement and re-sending"): tables sync_peer_vector, sync_peer and
// sync_peer_visit, plus in local_state the digest of the last ack vector and
// roster sent ("sync.put.<peer id>"), so a bundle is made when acks or the
// roster changed even if no op did, and what had reached the peer's hands
// when its inbox was last seen empty ("sync.delivered.<peer id>").
//
// The re-send rule: when the peer's inbox holds none of this device's
// bundles, everything sent so far was fetched (noticeGone keeps that sent
// vector). The next ack imported from the peer is checked against it: an
// origin acknowledged below what was fetched was lost or quarantined there,
// so its sent seq drops to the ack and the next export sends the rest again.
// Bundles put after the inbox was seen empty do not count, so a busy peer
// whose acks lag one exchange behind is not sent everything twice.
//
// Writes run inside the caller's transaction when one is open (the import
// records an ack in its own), otherwise in a transaction of their own.
class PeerState
{
public:
    explicit PeerState(Database& db) : m_db(db) {}

    Result<std::vector<PeerVector>> vectors(const QString& peerId) const; // by origin
    Result<PeerTimes> times(const QString& peerId) const;
    Result<QStringList> sentVisits(const QString& peerId) const; // sorted
    Result<QByteArray> lastPutDigest(const QString& peerId) const;
    // Per origin, what the peer had fetched when its inbox was last seen
    // empty and no ack has been checked against since (empty: none pending).
    Result<std::map<QString, qint64>> delivered(const QString& peerId) const;

    // Per origin, the seq after which the next export starts: the higher of
    // sent and acked (what the peer holds need not come again).
    Result<std::map<QString, qint64>> sendAfter(const QString& peerId) const;

    // The peer's received vector from one of its bundles. Acks only rise (an
    // older bundle imported late says nothing new); then the re-send rule.
    Status recordAck(const QString& peerId, const std::vector<std::pair<QString, qint64>>& vector,
                     qint64 nowMs);
    // After the transport put a bundle: sent = the end of each coverage
    // range, the bundle count, the last put time, the peer's visits (when
    // given) and the state digest.
    Status markPut(const QString& peerId, const BundlePut& put, qint64 nowMs);
    // The peer's inbox holds no bundle from this device: all were fetched.
    Status noticeGone(const QString& peerId, qint64 nowMs);

private:
    Status ensurePeer(const QString& peerId);
    Status recordAckRows(const QString& peerId,
                         const std::vector<std::pair<QString, qint64>>& vector, qint64 nowMs);
    Status markPutRows(const QString& peerId, const BundlePut& put, qint64 nowMs);
    Status noticeGoneRows(const QString& peerId, qint64 nowMs);
    Status checkDelivered(const QString& peerId);
    Status setState(const QString& key, const QByteArray& value);

    Database& m_db;
};

} // namespace vigil
