// BundleImporter, step 4 of docs/sync-protocol.md "Import": everything a
// verified bundle carries, applied in one write transaction, the ops in
// pages as the reader delivers them.
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleError.h"
#include "core/sync/exchange/BundleImporter.h"
#include "core/sync/exchange/ImportRun.h"
#include "core/sync/exchange/ImportSink.h"
#include "core/sync/exchange/InboxRepository.h"
#include "core/sync/exchange/PeerState.h"
#include "core/sync/merge/MergeEngine.h"
#include "core/sync/merge/OpLog.h"
#include "core/sync/org/OrgStore.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <map>

namespace vigil {

namespace {

// A roster entry refused for what it is (shape, signer, signature), as
// opposed to the database failing.
bool isEntryFault(const Error& error)
{
    return error.kind == ErrorKind::Validation || error.kind == ErrorKind::Integrity;
}

Result<QSet<QString>> conflictIds(Database& db)
{
    auto stmt = db.cached("SELECT id FROM sync_conflict");
    if (!stmt)
        return stmt.error();
    QSet<QString> ids;
    VIGIL_TRY((*stmt)->forEachRow([&ids](Statement& row) -> Status {
        ids.insert(row.columnText(0));
        return {};
    }));
    return ids;
}

} // namespace

Status BundleImporter::begin(ImportRun& run, ImportSink& sink, ImportReport& report)
{
    run.begun = true;
    // Coverage comes before every op (ImportSink enforces it), so the gap
    // check runs before anything is applied.
    auto gap = hasGap(sink);
    if (!gap)
        return gap.error();
    if (*gap) {
        run.waiting = true;
        return {};
    }
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    run.tx.emplace(std::move(*tx));
    auto conflicts = conflictIds(m_ctx.db());
    if (!conflicts)
        return conflicts.error();
    run.conflictsBefore = std::move(*conflicts);
    return acceptRoster(*run.tx, sink, report);
}

Status BundleImporter::applyPage(ImportRun& run, std::vector<Op>& ops,
                                 const DeviceIdentity& identity, const QString& senderId)
{
    VIGIL_TRY(checkOrigins(ops, identity, senderId));
    auto stats = MergeEngine::applyBatch(*run.tx, ops, run.newestStamp);
    if (!stats)
        return stats.error();
    run.merge += *stats;
    return {};
}

Status BundleImporter::finish(ImportRun& run, ImportSink& sink, const DeviceIdentity& identity,
                              const QByteArray& sha256, ImportReport& report)
{
    VIGIL_TRY(applyPage(run, sink.ops(), identity, report.senderId));
    auto conflicts = conflictIds(m_ctx.db());
    if (!conflicts)
        return conflicts.error();
    run.merge.conflictsAdded = 0;
    for (const QString& id : std::as_const(*conflicts))
        run.merge.conflictsAdded += run.conflictsBefore.contains(id) ? 0 : 1;
    run.merge.conflictsRemoved = 0;
    for (const QString& id : std::as_const(run.conflictsBefore))
        run.merge.conflictsRemoved += conflicts->contains(id) ? 0 : 1;
    report.merge = run.merge;
    // Moved in before the commit, so a failed rename leaves nothing applied;
    // a failed commit deletes them again (PartFile's destructor, kept below
    // only once committed).
    QList<qsizetype> placed;
    VIGIL_TRY(placeBlobs(sink, placed));
    VIGIL_TRY(advanceCoverage(sink));
    VIGIL_TRY(recordAck(report.senderId, sink));
    VIGIL_TRY(recordRow(sha256, report, InboxEntry::kImported, qint64(run.merge.conflictsAdded)));
    // Stamps issued from now on order after everything received (DESIGN.md
    // §6.2); the commit saves the clock.
    m_ctx.clock().observe(run.newestStamp);
    VIGIL_TRY(run.tx->commit());
    for (const qsizetype i : std::as_const(placed))
        sink.blobs()[std::size_t(i)].part.keep();
    return {};
}

Status BundleImporter::acceptRoster(WriteTx& tx, ImportSink& sink, ImportReport& report)
{
    Database& db = m_ctx.db();
    Roster roster(db);
    // Entries may come before the entry of the coordinator who signed them:
    // repeat while a pass adds something, so the order inside a bundle does
    // not matter. An entry nobody known signed is left out, not fatal: the
    // rest of the bundle is still signed by a roster member.
    QList<QCborMap> pending = sink.rosterItems();
    for (bool changed = true; changed && !pending.isEmpty();) {
        changed = false;
        QList<QCborMap> refused;
        for (const QCborMap& item : std::as_const(pending)) {
            auto accepted = roster.accept(item);
            if (!accepted) {
                if (!isEntryFault(accepted.error()))
                    return accepted.error();
                refused.append(item);
            } else if (*accepted) {
                ++report.rosterChanges;
                changed = true;
            }
        }
        pending = refused;
    }
    report.rosterIgnored = pending.size();

    // This device's own entry makes a pending membership enrolled
    // (docs/sync-protocol.md "Organisation and enrolment", step 5), with the
    // role the coordinator signed and an audit event.
    auto enrolled = Organisation::confirmEnrolment(tx);
    if (!enrolled)
        return enrolled.error();
    report.enrolled = *enrolled;
    return {};
}

Status BundleImporter::placeBlobs(ImportSink& sink, QList<qsizetype>& placed)
{
    const QDir dir(QDir(m_vaultDir).filePath(QLatin1StringView(Vault::kAttachmentsDir)));
    std::vector<ImportSink::Blob>& blobs = sink.blobs();
    for (std::size_t i = 0; i < blobs.size(); ++i) {
        const QString target = dir.filePath(blobs[i].attachmentId);
        // Already here (a re-sent bundle): the file is the same encrypted
        // file, and replacing it could only lose it if this import failed.
        if (QFileInfo::exists(target))
            continue;
        // A deleted attachment's key has been wiped: its file stays gone.
        auto stmt = m_ctx.db().cached("SELECT deleted FROM attachment WHERE id = ?");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, blobs[i].attachmentId);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        const bool deleted = *row && (*stmt)->columnInt(0) != 0;
        (void)(*stmt)->reset();
        if (deleted)
            continue;
        VIGIL_TRY(blobs[i].part.moveTo(target));
        placed.append(qsizetype(i));
    }
    return {};
}

Status BundleImporter::checkOrigins(std::vector<Op>& ops, const DeviceIdentity& identity,
                                    const QString& senderId)
{
    // Every op must come from a device of the roster (relayed or not), and
    // none may claim to be this device's beyond what it wrote: such a
    // bundle is forged or broken and is refused whole.
    Roster roster(m_ctx.db());
    std::map<QString, std::optional<RosterEntry>> known;
    qint64 ownNewest = -1;
    std::size_t kept = 0; // ops[0, kept) stay, in their order
    const auto keep = [&ops, &kept](std::size_t i) {
        if (kept != i)
            ops[kept] = std::move(ops[i]);
        ++kept;
    };
    for (std::size_t i = 0; i < ops.size(); ++i) {
        const Op& op = ops[i];
        if (op.deviceId == identity.id()) {
            if (ownNewest < 0) {
                auto vector = OpLog::receivedVector(m_ctx.db(), identity.id());
                if (!vector)
                    return vector.error();
                ownNewest = 0;
                for (const auto& [device, seq] : *vector)
                    if (device == identity.id())
                        ownNewest = seq;
            }
            if (op.seq > ownNewest)
                return Error::make(ErrorKind::Integrity,
                                   tr("This bundle holds changes that claim to come from this "
                                      "device but were not made here."),
                                   QStringLiteral("merge/forged-own-op"));
            keep(i);
            continue;
        }
        auto it = known.find(op.deviceId);
        if (it == known.end()) {
            auto entry = roster.find(op.deviceId);
            if (!entry)
                return entry.error();
            it = known.emplace(op.deviceId, *entry).first;
        }
        if (!it->second)
            return Error::make(ErrorKind::Integrity,
                               tr("This bundle holds changes from a device that is not in "
                                  "your organisation."),
                               QStringLiteral("merge/origin-not-in-roster"));
        const RosterEntry& origin = *it->second;
        if (origin.isRevoked() && op.seq > origin.revokedSeq.value_or(0)) {
            // A revoked device's own bundle with changes made after the
            // revocation is refused, whatever date it claims; relayed ones
            // are left out (the rest of the relay's bundle is good).
            if (op.deviceId == senderId)
                return BundleError::make(BundleErrorCode::RevokedSender,
                                         QStringLiteral("ops after the revocation"));
            continue;
        }
        keep(i);
    }
    ops.resize(kept);
    return {};
}

Status BundleImporter::advanceCoverage(const ImportSink& sink)
{
    // A coordinator is entitled to every op, so nothing may be passed over:
    // its received vector moves only over ops actually here (the merge
    // engine does that), whatever a sender claims to cover.
    auto org = OrgStore(m_ctx.db()).org();
    if (!org)
        return org.error();
    if (*org && (*org)->isCoordinator())
        return {};
    // The sender vouches that every op of the range this device may receive
    // is in the bundle, so the received vector may pass over seqs it will
    // never see (ops of visits it is not entitled to). hasGap() has checked
    // that each range starts at most one past what is here.
    std::map<QString, qint64> highest;
    for (const CoverageRange& range : sink.coverage()) {
        if (range.to >= range.from && range.originId != m_ctx.deviceId())
            highest[range.originId] = std::max(highest[range.originId], range.to);
    }
    Database& db = m_ctx.db();
    for (const auto& [origin, to] : highest) {
        auto stmt = db.cached("INSERT INTO sync_received(device_id, highest_seq) VALUES (?, ?) "
                              "ON CONFLICT(device_id) DO UPDATE SET highest_seq = "
                              "max(highest_seq, excluded.highest_seq)");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, origin).bind(2, to);
        VIGIL_TRY((*stmt)->run());
        VIGIL_TRY(OpLog::advanceReceived(db, origin)); // over ops already here beyond `to`
    }
    return {};
}

Status BundleImporter::recordAck(const QString& senderId, const ImportSink& sink)
{
    // Inside this transaction; it also notes when a bundle from the peer was
    // last imported, which the re-sending rule needs.
    return PeerState(m_ctx.db()).recordAck(senderId, sink.ack(), now());
}

} // namespace vigil
