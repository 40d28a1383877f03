#include "core/sync/exchange/BundleExporter.h"

#include "core/store/Database.h"
#include "core/store/Transaction.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/bundle/BundleItems.h"
#include "core/sync/bundle/BundleWriter.h"
#include "core/sync/exchange/ExportPlanner.h"
#include "core/sync/exchange/ExportSelection.h"
#include "core/sync/exchange/ExportWriter.h"
#include "core/sync/exchange/OpItem.h"
#include "core/sync/exchange/ScopePolicy.h"
#include "core/sync/merge/OpLog.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <map>
#include <optional>
#include <sqlite3.h>

namespace vigil {

namespace {

using Vector = std::vector<std::pair<QString, qint64>>;

QCborArray ackBody(const Vector& received)
{
    QCborArray body;
    for (const auto& [origin, seq] : received)
        body.append(QCborArray{DeviceIdCodec::toBytes(origin).value_or(QByteArray()), seq});
    return body;
}

qint64 encodedSize(BundleItemKind kind, const QCborValue& body)
{
    return BundleItems::encode(kind, body).size();
}

// The largest header this export can have: its seq fields at their widest.
Result<qint64> headerEndBound(const ExportFrame& frame)
{
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    constexpr quint64 kWide = quint64(1) << 40;
    const BundleWriter::Origin origin{frame.senderId, kWide, kWide, frame.createdMs, {}};
    auto writer =
        BundleWriter::begin(scratch, origin, *frame.signSecretKey, {frame.recipient}, frame.limits);
    if (!writer)
        return writer.error();
    return writer->projectedSize() - BundleFormat::kChunkOverhead - BundleFormat::kTrailerSize;
}

// Whether this device is entitled to everything the peer is, so that what
// its received vector says it holds covers the peer's share too.
Result<bool> vouchesFor(Database& db, const QString& selfId, const ScopePolicy& peer)
{
    auto self = Roster(db).find(selfId);
    if (!self)
        return self.error();
    if (!*self)
        return false;
    auto own = ScopePolicy::make(db, **self);
    if (!own)
        return own.error();
    return own->includes(peer);
}

// The ack, the roster and the sizes every bundle of the export shares, and
// a digest of what the ack and roster say, to tell whether they changed
// since the last put.
struct Shared
{
    Vector received;
    ExportPlanner::Fixed fixed;
    QByteArray stateDigest;
};

Result<Shared> prepare(Database& db, ExportFrame& frame)
{
    Shared shared;
    auto received = OpLog::receivedVector(db, frame.senderId);
    if (!received)
        return received.error();
    shared.received = std::move(*received);
    frame.ack = ackBody(shared.received);
    auto roster = Roster(db).entries();
    if (!roster)
        return roster.error();
    const QByteArray ack = BundleItems::encode(BundleItemKind::Ack, frame.ack);
    shared.fixed.ackBytes = ack.size();
    QCryptographicHash state(QCryptographicHash::Sha256);
    state.addData(ack);
    for (const RosterEntry& entry : *roster) {
        // The coordinator's entry a joining device took from its invitation
        // is unsigned (revision 0): it is never passed on.
        if (entry.revision < 1 || entry.signature.isEmpty())
            continue;
        frame.roster.append(Roster::toItem(entry));
        const QByteArray item = BundleItems::encode(BundleItemKind::Roster, frame.roster.last());
        state.addData(item);
        shared.fixed.rosterBytes += item.size();
        ++shared.fixed.rosterItems;
    }
    shared.stateDigest = state.result();
    auto header = headerEndBound(frame);
    if (!header)
        return header.error();
    shared.fixed.headerEnd = *header;
    return shared;
}

// The peer's visits this vault has not sent whole to it yet, and whether
// its visits differ from those recorded at the last put at all.
struct VisitChange
{
    QSet<QString> fresh;
    bool changed = false;
};

Result<VisitChange> visitChangeOf(PeerState& peers, const QString& peerId,
                                  const ScopePolicy& policy)
{
    VisitChange change;
    if (policy.recipientIsCoordinator())
        return change;
    auto sent = peers.sentVisits(peerId);
    if (!sent)
        return sent.error();
    const QSet<QString> already(sent->begin(), sent->end());
    for (const QString& visit : policy.visits()) {
        if (!already.contains(visit))
            change.fresh.insert(visit);
    }
    change.changed = *sent != policy.visits(); // both sorted
    return change;
}

// First the earlier ops of newly joined visits, then for each origin what
// follows what the peer has or was sent. The peer's own ops never go back.
std::vector<ExportSpan> spansFor(const Vector& received, const std::map<QString, qint64>& after,
                                 const QString& peerId, bool newVisits)
{
    std::vector<ExportSpan> whole;
    std::vector<ExportSpan> spans;
    for (const auto& [origin, highest] : received) {
        if (origin == peerId)
            continue;
        const auto known = after.find(origin);
        const qint64 from = known == after.end() ? 0 : known->second;
        if (newVisits && from > 0)
            whole.push_back(ExportSpan{origin, 1, std::min(from, highest), true});
        if (highest > from)
            spans.push_back(ExportSpan{origin, from + 1, highest, false});
    }
    whole.insert(whole.end(), spans.begin(), spans.end());
    return whole;
}

struct Plan
{
    std::vector<PlannedBundle> bundles;
    qint64 content = 0; // ops the peer is entitled to
    QStringList skipped;
};

Result<Plan> plan(const std::vector<ExportSpan>& spans, ExportSelection& selection,
                  const BundleLimits& limits, const ExportPlanner::Fixed& fixed, bool fullView)
{
    Plan out;
    ExportPlanner planner(limits, fixed);
    QSet<QString> blobsTaken;
    for (const ExportSpan& span : spans) {
        VIGIL_TRY(planner.beginSpan(span.originId, span.from, span.to, span.wholeVisits));
        auto walked = selection.forEach(
            span,
            [&](const Op& op) -> Status {
                auto blob = selection.blobFor(op);
                if (!blob)
                    return blob.error();
                if (*blob && blobsTaken.contains((*blob)->attachmentId))
                    blob->reset();
                if (*blob)
                    blobsTaken.insert((*blob)->attachmentId);
                ++out.content;
                return planner.addOp(op.seq, encodedSize(BundleItemKind::Op, OpItem::encode(op)),
                                     *blob);
            },
            !span.wholeVisits && !fullView);
        if (!walked)
            return walked.error();
        planner.endSpan(*walked);
    }
    out.bundles = planner.finish();
    out.skipped = planner.skippedBlobs();
    return out;
}

} // namespace

BundleExporter::BundleExporter(Vault& vault)
    : m_db(vault.database()), m_attachmentsDir(vault.attachmentsPath())
{
}

BundleExporter::BundleExporter(Database& db, QString attachmentsDir)
    : m_db(db), m_attachmentsDir(std::move(attachmentsDir))
{
}

QString BundleExporter::fileName(const QString& senderId, qint64 number, qint64 firstSeq,
                                 qint64 lastSeq)
{
    return QStringLiteral("%1-%2-%3-%4.vgb")
        .arg(senderId)
        .arg(number, 10, 10, QLatin1Char('0'))
        .arg(firstSeq)
        .arg(lastSeq);
}

Result<ExportResult> BundleExporter::exportFor(const RosterEntry& peer, const QString& outDir,
                                               const ExportOptions& options)
{
    auto self = DeviceIdentity::ensure(m_db);
    if (!self)
        return self.error();
    if (peer.deviceId == self->id())
        return Error::make(ErrorKind::Usage, tr("A device does not send bundles to itself."),
                           QStringLiteral("export: recipient is this device"));
    if (peer.isRevoked())
        return Error::make(ErrorKind::Validation,
                           tr("Nothing is sent to “%1”: the device was revoked.").arg(peer.name),
                           QStringLiteral("export: recipient %1 revoked").arg(peer.deviceId));
    if (peer.boxPublic.size() != BundleFormat::kBundleKeySize)
        return Error::make(
            ErrorKind::Validation,
            tr("The organisation's entry for “%1” has no usable key.").arg(peer.name),
            QStringLiteral("export: recipient %1 box key").arg(peer.deviceId));
    if (!QDir().mkpath(outDir))
        return Error::make(ErrorKind::Io, tr("The folder %1 could not be created.").arg(outDir),
                           QStringLiteral("export: mkpath"));
    auto signKey = DeviceIdentity::signSecretKey(m_db);
    if (!signKey)
        return signKey.error();

    // One snapshot for planning and writing, unless the caller holds one.
    std::optional<Transaction> snapshot;
    if (sqlite3_get_autocommit(m_db.handle())) {
        auto tx = m_db.beginRead();
        if (!tx)
            return tx.error();
        snapshot.emplace(std::move(*tx));
    }

    ExportFrame frame;
    frame.senderId = self->id();
    frame.signSecretKey = &*signKey;
    frame.recipient = BundleWriter::Recipient{peer.deviceId, peer.boxPublic};
    frame.limits = options.limits;
    frame.createdMs = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    auto shared = prepare(m_db, frame);
    if (!shared)
        return shared.error();

    PeerState peers(m_db);
    auto after = peers.sendAfter(peer.deviceId);
    if (!after)
        return after.error();
    auto policy = ScopePolicy::make(m_db, peer);
    if (!policy)
        return policy.error();
    auto visits = visitChangeOf(peers, peer.deviceId, *policy);
    if (!visits)
        return visits.error();
    // What this vault received from others it can vouch for only on behalf
    // of a peer entitled to no more than itself; for any other peer its
    // coverage stops where its own change log has a gap.
    auto fullView = vouchesFor(m_db, frame.senderId, *policy);
    if (!fullView)
        return fullView.error();

    ExportSelection selection(m_db, *policy, visits->fresh, m_attachmentsDir);
    const std::vector<ExportSpan> spans =
        spansFor(shared->received, *after, peer.deviceId, !visits->fresh.isEmpty());
    auto planned = plan(spans, selection, frame.limits, shared->fixed, *fullView);
    if (!planned)
        return planned.error();

    ExportResult result;
    result.skippedAttachments = planned->skipped;
    if (planned->content == 0 && !visits->changed) {
        auto last = peers.lastPutDigest(peer.deviceId);
        if (!last)
            return last.error();
        if (*last == shared->stateDigest)
            return result; // nothing new for this peer, and it knows our acks
    }
    auto times = peers.times(peer.deviceId);
    if (!times)
        return times.error();
    const auto ownAfter = after->find(frame.senderId);
    const qint64 ownFrom = (ownAfter == after->end() ? 0 : ownAfter->second) + 1;
    for (std::size_t i = 0; i < planned->bundles.size(); ++i) {
        const PlannedBundle& bundle = planned->bundles[i];
        // The header's seq range is this device's own range in the coverage.
        qint64 first = ownFrom;
        qint64 last = ownFrom - 1;
        for (const CoverageRange& range : bundle.coverage()) {
            if (range.originId == frame.senderId) {
                first = range.from;
                last = range.to;
            }
        }
        const qint64 number = times->bundlesPut + 1 + qint64(i);
        const QString name = fileName(frame.senderId, number, first, last);
        const QString path = QDir(outDir).filePath(name);
        auto written =
            ExportWriter::write(path, frame, bundle, quint64(first), quint64(last), selection);
        if (!written) {
            for (const ExportedBundle& done : result.files)
                QFile::remove(done.path);
            return written.error();
        }
        ExportedBundle file{path, name, written->size, written->ops, written->blobs, {}};
        file.put = BundlePut{number, bundle.coverage(), std::nullopt, shared->stateDigest};
        result.files.push_back(std::move(file));
    }
    if (!result.files.empty() && !policy->recipientIsCoordinator())
        result.files.back().put.visits = policy->visits();
    return result;
}

} // namespace vigil
