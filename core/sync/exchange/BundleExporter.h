#pragma once

#include "core/sync/bundle/BundleLimits.h"
#include "core/sync/exchange/PeerState.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace vigil {

class Database;
class Vault;

struct ExportOptions
{
    BundleLimits limits; // tests set a small maxBundleSize to force splitting
    qint64 nowMs = 0;    // 0: the current time (the bundles' creation time)
};

// One bundle file written for the peer.
struct ExportedBundle
{
    QString path;     // in the output folder
    QString fileName; // the mailbox name: <sender>-<number, 10 digits>-<first>-<last>.vgb
    qint64 size = 0;
    qint64 ops = 0;
    qint64 blobs = 0;
    BundlePut put; // for PeerState::markPut once the transport has put the file
};

struct ExportResult
{
    // Put them in this order, marking each after its put, and stop at the
    // first failure: a later bundle's coverage continues an earlier one's.
    std::vector<ExportedBundle> files;
    // Attachment files too large for any bundle: their records were sent,
    // the files were not.
    QStringList skippedAttachments;
};

// The sending half of sync (docs/sync-protocol.md "What a bundle carries"):
// writes the bundles one peer should receive from this vault. For each
// origin device it covers the ops after what was sent (or acknowledged,
// PeerState::sendAfter) up to this vault's received vector, keeps those the
// peer is entitled to (ScopePolicy), adds the earlier ops of visits the peer
// has just joined, streams the attachment files their records bring, and
// ends every bundle with this vault's received vector as the ack. A roster
// item per device goes in the first bundle. Coverage of what others sent
// is vouched for only as far as this vault can (docs/sync-protocol.md).
//
// Bundles are cut at the limit (64 MiB) before writing, each with the
// coverage of what it carries. Files appear in `outDir` complete (written as
// "<name>.part", renamed); on any error none of them remain. Nothing is
// marked as sent here: the caller calls PeerState::markPut for each file
// after the transport put it. No file at all when there is nothing the peer
// would receive and neither the ack vector nor the roster changed since the
// last put.
//
// Everything is read in one read transaction, a page of ops at a time; the
// signing key stays in guarded memory.
class BundleExporter
{
    Q_DECLARE_TR_FUNCTIONS(vigil::BundleExporter)
public:
    explicit BundleExporter(Vault& vault);
    BundleExporter(Database& db, QString attachmentsDir);

    Result<ExportResult> exportFor(const RosterEntry& peer, const QString& outDir,
                                   const ExportOptions& options = {});

    // <sender id>-<number, 10 digits>-<first seq>-<last seq>.vgb
    static QString fileName(const QString& senderId, qint64 number, qint64 firstSeq,
                            qint64 lastSeq);

private:
    Database& m_db;
    QString m_attachmentsDir;
};

} // namespace vigil
