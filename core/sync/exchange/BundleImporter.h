#pragma once

#include "core/sync/bundle/BundleLimits.h"
#include "core/sync/merge/MergeStats.h"
#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <algorithm>
#include <functional>

namespace vigil {

class DeviceIdentity;
class ImportSink;
class RecordContext;
struct ImportRun;
class Vault;
class WriteTx;
struct BundleSummary;

// What importing one bundle file did.
struct ImportReport
{
    enum class Outcome
    {
        Imported,        // applied; the caller deletes the file
        AlreadyImported, // the same file was imported before; nothing applied; delete it
        Waiting,         // an earlier bundle is missing; the file stays, retried later
        Quarantined,     // refused; moved to <vault>/quarantine/
    };

    QString fileName;
    Outcome outcome = Outcome::Imported;
    QString senderId; // as the header claims (verified when imported)
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    qint64 ops = 0;           // ops the bundle carried
    qint64 blobs = 0;         // attachment files it carried
    MergeStats merge;         // what the ops did (Imported only)
    qint64 rosterChanges = 0; // roster entries added or replaced
    qint64 rosterIgnored = 0; // entries whose signer is unknown or whose signature fails
    bool enrolled = false;    // this import brought this device's own roster entry
    QString reason;           // a Quarantine reason code; empty when imported
    QString message;          // the plain, translated sentence for `reason`
    QString quarantinedAs;    // the file's new path when quarantined
};

// The receiving half of sync (DESIGN.md §6.3, docs/sync-protocol.md
// "Import"): checks a .vgb file with BundleReader against the roster and this
// device's keys, then applies its roster items, ops, attachment files,
// coverage and ack in one write transaction. A bundle that is refused for
// what it is (unknown or revoked sender, damaged, truncated, not addressed
// here, changes the merge refuses) is quarantined and reported, with
// nothing applied. A failure that is not the file's fault (full disk, the
// database) is returned as an error with nothing applied and the file left
// where it was, to be retried.
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(vigil::BundleImporter)
public:
    using Clock = std::function<qint64()>; // ms since the epoch

    explicit BundleImporter(Vault& vault, Clock now = {});
    // For a connection of its own (the sync thread): `vaultDir` holds
    // attachments/ and quarantine/.
    BundleImporter(RecordContext& ctx, QString vaultDir, Clock now = {});

    // Tests tighten the reader's limits and shrink the pages.
    void setLimits(const BundleLimits& limits) { m_limits = limits; }
    void setOpPage(qsizetype ops) { m_opPage = std::max<qsizetype>(1, ops); }

    // Whether this vault may import bundles at all: it must belong to an
    // organisation (a Usage error with a plain message otherwise).
    Status ready();

    // Imports one bundle. Never deletes `path`: when imported or already
    // imported the caller does; when quarantined it has been moved.
    Result<ImportReport> importFile(const QString& path);

    // Imports every *.vgb of `inboxDir` in name order, retrying waiting ones
    // while others make progress, and deletes the files that were imported
    // or already imported. A file whose sender (the name's first part, as
    // mailbox names go) is not in the roster yet is put off until the others
    // have been tried, since one of them may bring its roster entry. One
    // report per file, in name order. Stops at the first error that is not a
    // file's fault (the rest stay for next time).
    Result<QList<ImportReport>> importAll(const QString& inboxDir);

    // Ops are merged in pages of this many as the reader delivers them, so
    // the memory an import needs does not grow with the bundle.
    static constexpr qsizetype kOpPage = 4096;

private:
    Result<bool> isMember();
    Result<bool> hasGap(const ImportSink& sink);
    // Checks the gap and, when there is none, opens the transaction and
    // accepts the roster items: once, before the first page is applied.
    Status begin(ImportRun& run, ImportSink& sink, ImportReport& report);
    Status applyPage(ImportRun& run, std::vector<Op>& ops, const DeviceIdentity& identity,
                     const QString& senderId);
    // The last page, the files, coverage, ack and inbox row; then commits.
    Status finish(ImportRun& run, ImportSink& sink, const DeviceIdentity& identity,
                  const QByteArray& sha256, ImportReport& report);
    Status acceptRoster(WriteTx& tx, ImportSink& sink, ImportReport& report);
    Status placeBlobs(ImportSink& sink, QList<qsizetype>& placed);
    // Drops from `ops` relayed ops a revoked device made after its
    // revocation; refuses the bundle for forged or foreign origins.
    Status checkOrigins(std::vector<Op>& ops, const DeviceIdentity& identity,
                        const QString& senderId);
    Status advanceCoverage(const ImportSink& sink);
    Status recordAck(const QString& senderId, const ImportSink& sink);
    Result<ImportReport> refuse(const QString& path, const QByteArray& sha256, ImportReport report,
                                const Error& error);
    Status recordRow(const QByteArray& sha256, const ImportReport& report, const char* state,
                     qint64 conflicts);
    qint64 now() const;

    RecordContext& m_ctx;
    QString m_vaultDir;
    Clock m_now;
    BundleLimits m_limits;
    qsizetype m_opPage = kOpPage;
};

} // namespace vigil
