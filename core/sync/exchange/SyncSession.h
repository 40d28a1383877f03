#pragma once

#include "core/sync/exchange/BundleImporter.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace vigil {

class RecordContext;
class Transport;

// What one sync did, for the status bar, the inbox and the CLI.
struct SyncOutcome
{
    QList<ImportReport> received; // one per bundle file found in this device's inbox
    qint64 bundlesSent = 0;
    qint64 bytesSent = 0;
    qint64 opsSent = 0;
    QStringList enrolmentRequests;     // coordinator: request files fetched (local paths)
    bool enrolmentRequestSent = false; // a pending device delivered its request
    QStringList skippedAttachments;

    qsizetype count(ImportReport::Outcome outcome) const;
    // "3 bundles received, 1 quarantined; 2 sent." (translated)
    QString summary() const;
};

struct SyncProgress
{
    enum class Phase
    {
        Connecting,
        Receiving,
        Importing,
        Sending
    };
    Phase phase = Phase::Connecting;
    qint64 done = 0;
    qint64 total = 0;
};

// One round of sync over a transport (DESIGN.md §6.5, docs/sync-protocol.md):
// fetch this device's inbox and import it (each bundle in its own
// transaction; imported, duplicate and quarantined files are removed from
// the mailbox, waiting ones stay), hand on enrolment requests, then export
// and put the bundles each peer should receive, marking them sent only once
// the transport accepted them. Runs on the sync thread with a connection of
// its own; blocking; stops between files when `cancel` becomes true.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(vigil::SyncSession)
public:
    using Progress = std::function<void(const SyncProgress&)>;

    // `vaultDir`: the vault folder (attachments/, quarantine/, sync/).
    SyncSession(RecordContext& ctx, QString vaultDir, Transport& transport);

    void setCancel(const std::atomic_bool* cancel) { m_cancel = cancel; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    Result<SyncOutcome> run();
    // Only the sending half (`vigil-cli bundle export`: bundles for every
    // peer into a mailbox folder carried by hand).
    Result<SyncOutcome> sendOnly();

    // Where `vigil-cli org join` and the join dialog keep the enrolment
    // request until a sync delivers it.
    static QString enrolmentRequestPath(const QString& vaultDir, const QString& deviceId);
    // The vault's inbox folder: fetched bundles wait there until imported
    // (`vigil-cli bundle import` copies its files in too).
    static QString inboxPath(const QString& vaultDir);

private:
    Status receive(const QString& selfId, SyncOutcome& outcome);
    Status deliverRequest(const QString& selfId, SyncOutcome& outcome);
    Status send(const QString& selfId, SyncOutcome& outcome);
    Status cancelled() const;
    void report(SyncProgress::Phase phase, qint64 done, qint64 total) const;

    RecordContext& m_ctx;
    QString m_vaultDir;
    Transport& m_transport;
    const std::atomic_bool* m_cancel = nullptr;
    Progress m_progress;
};

} // namespace vigil
