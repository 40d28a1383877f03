#include "ui/sync/SyncJobs.h"

#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/transport/FolderTransport.h"
#include "core/sync/transport/WebDavTransport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace vigil::syncjobs {

namespace {

std::atomic_bool g_running{false};

// Frees the application's one sync slot when a job ends, however it ends.
struct RunSlot
{
    RunSlot() = default;
    RunSlot(const RunSlot&) = delete;
    RunSlot& operator=(const RunSlot&) = delete;
    ~RunSlot() { g_running.store(false); }
};

struct Worker
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordContext> records;
};

Result<Worker> open(const attachmentjobs::Connection& connection)
{
    auto db = Database::open(connection.databasePath, connection.key, Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto records = RecordContext::open(**db);
    if (!records)
        return records.error();
    return Worker{std::move(*db), std::move(*records)};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("vigil::syncjobs", text);
}

Error notSetUp()
{
    return Error::make(ErrorKind::Usage, tr("Sync is not set up yet. Choose a sync folder or "
                                            "server in Sync settings."));
}

Result<std::unique_ptr<Transport>> transportFor(const TransportFactory& factory,
                                                const TransportSettings& settings,
                                                SecretBuffer password)
{
    return factory ? factory(settings, std::move(password))
                   : makeTransport(settings, std::move(password));
}

} // namespace

Result<std::unique_ptr<Transport>> makeTransport(const TransportSettings& settings,
                                                 SecretBuffer password)
{
    if (const auto why = TransportSettingsStore::check(settings))
        return Error::make(ErrorKind::Usage, *why);
    if (settings.isFolder())
        return std::unique_ptr<Transport>(std::make_unique<FolderTransport>(settings.location));
    WebDavSettings webdav;
    webdav.url = QUrl(settings.location, QUrl::StrictMode);
    webdav.username = settings.username;
    webdav.password = std::move(password);
    webdav.pinSha256 = settings.pin;
    auto transport = WebDavTransport::create(std::move(webdav));
    if (!transport)
        return transport.error();
    return std::unique_ptr<Transport>(std::move(*transport));
}

bool isMediumAbsent(const QString& folder)
{
    const QFileInfo root(folder);
    return !root.exists() && !QFileInfo(root.absolutePath()).isDir();
}

void ProgressBox::set(const SyncProgress& progress)
{
    const std::lock_guard lock(m_mutex);
    m_progress = progress;
}

SyncProgress ProgressBox::get() const
{
    const std::lock_guard lock(m_mutex);
    return m_progress;
}

bool claimRun()
{
    bool expected = false;
    return g_running.compare_exchange_strong(expected, true);
}

bool isRunning()
{
    return g_running.load();
}

Outcome run(const Request& request, const CancelFlag& cancel,
            const std::shared_ptr<ProgressBox>& progress)
{
    const RunSlot slot;
    Outcome out;
    if (cancel->load()) {
        out.error = Error::make(ErrorKind::Cancelled, SyncSession::tr("Sync was cancelled."));
        return out;
    }
    auto worker = open(request.connection);
    if (!worker) {
        out.error = worker.error();
        return out;
    }
    TransportSettingsStore store(*worker->db);
    auto settings = store.load();
    if (!settings || !*settings) {
        out.error = settings ? notSetUp() : settings.error();
        return out;
    }
    if (request.automatic && (*settings)->isFolder() && isMediumAbsent((*settings)->location)) {
        out.skipped = true;
        return out;
    }
    SecretBuffer password;
    if ((*settings)->isWebDav()) {
        auto stored = store.password();
        if (!stored) {
            out.error = stored.error();
            return out;
        }
        password = std::move(*stored);
    }
    auto transport = transportFor(request.factory, **settings, std::move(password));
    if (!transport) {
        out.error = transport.error();
        return out;
    }
    SyncSession session(*worker->records, request.vaultDir, **transport);
    session.setCancel(cancel.get());
    session.setProgress([progress](const SyncProgress& p) { progress->set(p); });
    auto synced = session.run();
    if (!synced) {
        out.error = synced.error();
        return out;
    }
    out.sync = std::move(*synced);
    // After every sync: what the coordinators have now acknowledged may go.
    if (!cancel->load()) {
        auto retained = RetentionPolicy::apply(*worker->records, request.vaultDir);
        if (retained)
            out.retention = *retained;
        else
            out.retentionError = retained.error();
    }
    return out;
}

TestOutcome testConnection(const TestRequest& request)
{
    TestOutcome out;
    const auto failed = [&out](const Error& error) {
        out.error = error;
        return out;
    };
    auto worker = open(request.connection);
    if (!worker)
        return failed(worker.error());
    auto identity = DeviceIdentity::ensure(*worker->db);
    if (!identity)
        return failed(identity.error());
    SecretBuffer password;
    if (request.password) {
        password = SecretBuffer::copyOf(request.password->data(), request.password->size());
    } else if (request.settings.isWebDav()) {
        auto stored = TransportSettingsStore(*worker->db).password();
        if (!stored)
            return failed(stored.error());
        password = std::move(*stored);
    }
    auto transport = transportFor(request.factory, request.settings, std::move(password));
    if (!transport)
        return failed(transport.error());
    if (Status prepared = (*transport)->prepare(identity->id()); !prepared)
        return failed(prepared.error());
    auto names = (*transport)->list(identity->id());
    if (!names)
        return failed(names.error());
    out.waiting = names->size();
    return out;
}

} // namespace vigil::syncjobs
