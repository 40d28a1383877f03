#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/sync/exchange/RetentionPolicy.h"
#include "core/sync/exchange/SyncSession.h"
#include "core/sync/transport/TransportSettings.h"
#include "core/util/Error.h"
#include "core/util/Result.h"
#include "ui/visit/AttachmentJobs.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace vigil {

class Transport;

// Sync work that runs off the UI thread (DESIGN.md §6.5, §8): one round of
// SyncSession followed by the retention rule, and the settings dialog's
// connection test. Each job opens its own connection to the vault's
// database (attachmentjobs::Connection) and creates its transport on its
// own thread, reading the WebDAV password there, into guarded memory. A
// job never touches the Vault: after a lock it finishes on its own
// connection, cancelled at its next step, and its key copy goes with it.
namespace syncjobs {

using CancelFlag = std::shared_ptr<std::atomic_bool>;

// Makes the transport the settings describe; `password` is the stored or
// typed one (WebDAV). Tests pass their own to inject faults.
using TransportFactory = std::function<Result<std::unique_ptr<Transport>>(
    const TransportSettings& settings, SecretBuffer password)>;
Result<std::unique_ptr<Transport>> makeTransport(const TransportSettings& settings,
                                                 SecretBuffer password);

// Whether a sync folder's medium is absent: neither the folder nor the
// folder it would be made in exists (FolderTransport::prepare).
bool isMediumAbsent(const QString& folder);

// The running job's latest progress, read by the UI thread.
class ProgressBox
{
public:
    void set(const SyncProgress& progress);
    SyncProgress get() const;

private:
    mutable std::mutex m_mutex;
    SyncProgress m_progress;
};

struct Request
{
    attachmentjobs::Connection connection;
    QString vaultDir;
    // A run the timer started: a sync folder whose medium is absent (the
    // USB stick is not plugged in) is skipped without a word.
    bool automatic = false;
    TransportFactory factory; // makeTransport unless a test sets one
};

struct Outcome
{
    std::optional<Error> error; // the run failed (kind Cancelled when told to stop)
    SyncOutcome sync;
    bool skipped = false; // automatic, and the sync folder's medium is absent
    RetentionPolicy::Report retention;
    std::optional<Error> retentionError;
};

// One run at a time in the whole application: a job cancelled by a lock
// may still be finishing when the vault is unlocked again. Claimed on the
// UI thread before a job starts; `run` releases it when it ends.
bool claimRun();
bool isRunning();

Outcome run(const Request& request, const CancelFlag& cancel,
            const std::shared_ptr<ProgressBox>& progress);

// The settings dialog's "Test connection": prepares this device's mailbox
// and lists it, with settings not yet saved.
struct TestRequest
{
    attachmentjobs::Connection connection;
    TransportSettings settings;
    std::optional<SecretBuffer> password; // as typed; nullopt: the stored one
    TransportFactory factory;
};
struct TestOutcome
{
    std::optional<Error> error;
    qsizetype waiting = 0; // files in this device's mailbox
};
TestOutcome testConnection(const TestRequest& request);

} // namespace syncjobs

} // namespace vigil
