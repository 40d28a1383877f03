#include "ui/sync/SyncController.h"

#include "core/repo/EntityCatalog.h"
#include "core/sync/org/Organisation.h"
#include "core/vault/Vault.h"
#include "ui/UiContext.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QtConcurrent>

namespace vigil {

namespace {

Q_LOGGING_CATEGORY(lcSyncUi, "vigil.sync.ui", QtInfoMsg)

constexpr std::chrono::milliseconds kPollInterval(150);
// An earlier job (cancelled by a lock) may still be finishing.
constexpr std::chrono::milliseconds kBusyRetry(500);
constexpr qint64 kMaxRequestBytes = 64 * 1024;

} // namespace

SyncController::SyncController(UiContext& ctx, QObject* parent)
    : QObject(parent), m_ctx(ctx), m_progress(std::make_shared<syncjobs::ProgressBox>())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncController::onTimer);
    m_poll.setInterval(kPollInterval);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_status.progress = m_progress->get();
        Q_EMIT statusChanged();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SyncController::finish);
    reload();
    watchNetwork();
}

SyncController::~SyncController()
{
    // Never waits: the job has its own connection and key copy, stops at its
    // next step and frees the application's sync slot when it ends.
    if (m_cancel)
        m_cancel->store(true);
}

bool SyncController::isAutomatic() const
{
    return m_inOrg && m_settings && m_settings->automatic;
}

std::optional<std::chrono::milliseconds> SyncController::scheduledDelay() const
{
    return m_timer.isActive() ? m_scheduled : std::nullopt;
}

QString SyncController::vaultDir() const
{
    return m_ctx.vault().path();
}

void SyncController::setTransportFactory(syncjobs::TransportFactory factory)
{
    m_factory = std::move(factory);
}

void SyncController::reload()
{
    const bool wasAutomatic = isAutomatic();
    Vault& vault = m_ctx.vault();
    auto org = Organisation::state(vault);
    m_inOrg = org && org->has_value();
    auto settings = TransportSettingsStore(vault.database()).load();
    m_settings = settings ? *settings : std::nullopt;
    if (!org)
        m_ctx.report(org.error());
    else if (!settings)
        m_ctx.report(settings.error());
    if (!isAutomatic())
        unschedule();
    else if (!wasAutomatic && !m_running)
        schedule(kStartDelay); // just unlocked, joined or set up: sync soon
    else if (!m_timer.isActive() && !m_running)
        schedule(m_backoff.next());
    if (!m_running)
        setStatus(idleState());
}

SyncStatus::State SyncController::idleState() const
{
    using State = SyncStatus::State;
    if (!m_inOrg)
        return State::Standalone;
    if (!m_settings)
        return State::NotSetUp;
    // What the last run ended with stays until the next one.
    if (!m_status.finishedAt.isValid())
        return State::Ready;
    return m_status.error.isEmpty() ? State::Synced : State::Failed;
}

void SyncController::setStatus(SyncStatus::State state)
{
    m_status.state = state;
    Q_EMIT statusChanged();
}

void SyncController::syncNow()
{
    if (m_running || !m_inOrg)
        return;
    if (!m_settings) {
        Q_EMIT settingsNeeded();
        return;
    }
    start(false);
}

void SyncController::onTimer()
{
    m_scheduled.reset();
    if (m_running || !isAutomatic())
        return;
    // No network at all, the usual case in the field: a WebDAV run could only
    // fail; the next try comes when the network does (or on the regular timer).
    if (m_settings->isWebDav() && isOffline()) {
        schedule(SyncBackoff::kRegular);
        return;
    }
    start(true);
}

void SyncController::start(bool automatic)
{
    unschedule();
    auto connection = attachmentjobs::connectionFor(m_ctx.vault());
    if (!connection) {
        syncjobs::Outcome outcome;
        outcome.error = connection.error();
        applyOutcome(outcome);
        return;
    }
    m_running = true;
    m_progress->set(SyncProgress{});
    m_status.progress = SyncProgress{};
    setStatus(SyncStatus::State::Syncing);
    if (!syncjobs::claimRun()) {
        QTimer::singleShot(kBusyRetry, this, [this, automatic] {
            m_running = false;
            if (m_inOrg && m_settings)
                start(automatic);
            else
                setStatus(idleState());
        });
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    syncjobs::Request request{std::move(*connection), vaultDir(), automatic, m_factory};
    m_watcher.setFuture(
        QtConcurrent::run([request = std::move(request), cancel = m_cancel, progress = m_progress] {
            return syncjobs::run(request, cancel, progress);
        }));
    m_poll.start();
}

void SyncController::finish()
{
    m_poll.stop();
    const QFuture<syncjobs::Outcome> future = m_watcher.future();
    syncjobs::Outcome outcome;
    if (future.resultCount() > 0)
        outcome = future.result();
    else
        outcome.error = Error::make(ErrorKind::Internal, tr("The sync stopped unexpectedly."));
    applyOutcome(outcome);
}

void SyncController::applyOutcome(syncjobs::Outcome& outcome)
{
    m_running = false;
    if (outcome.skipped) {
        // The USB stick is not plugged in: look again soon, without a word.
        setStatus(idleState());
        if (isAutomatic())
            schedule(SyncBackoff::kFirstRetry);
        return;
    }
    if (outcome.error && outcome.error->kind == ErrorKind::Cancelled) {
        setStatus(idleState());
        return;
    }
    m_status.finishedAt = QDateTime::currentDateTime();
    m_status.enrolmentErrors.clear();
    bool imported = false;
    if (outcome.error) {
        qCInfo(lcSyncUi) << "sync failed:" << errorKindName(outcome.error->kind)
                         << outcome.error->detail;
        m_backoff.recordFailure();
        m_status.error = outcome.error->message;
    } else {
        m_backoff.recordSuccess();
        const SyncOutcome& sync = outcome.sync;
        m_status.error.clear();
        m_status.received = sync.count(ImportReport::Outcome::Imported);
        m_status.quarantined = sync.count(ImportReport::Outcome::Quarantined);
        m_status.waiting = sync.count(ImportReport::Outcome::Waiting);
        m_status.sent = sync.bundlesSent;
        m_status.summary = sync.summary();
        takeEnrolmentRequests(sync.enrolmentRequests);
        if (outcome.retentionError)
            m_ctx.report(*outcome.retentionError);
        imported = m_status.received > 0 || outcome.retention.visits > 0;
    }
    // An import may have enrolled this device or changed its role; the
    // state shown follows from finishedAt and error.
    reload();
    if (isAutomatic())
        schedule(m_backoff.next());
    Q_EMIT statusChanged();
    if (imported) {
        // Pages reload what they show, as after an undo.
        for (const EntitySpec* spec : catalog::all())
            Q_EMIT m_ctx.recordsChanged(QString::fromLatin1(spec->entity), QString());
    }
    Q_EMIT syncFinished();
}

void SyncController::takeEnrolmentRequests(const QStringList& paths)
{
    int received = 0;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        QByteArray bytes;
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxRequestBytes) {
            m_status.enrolmentErrors
                << tr("%1: the enrolment request could not be read.").arg(name);
        } else {
            bytes = file.readAll();
            file.close();
            auto pending = Organisation(m_ctx.vault()).receiveEnrolment(bytes);
            if (pending) {
                ++received;
            } else {
                m_status.enrolmentErrors << tr("%1: %2").arg(name, pending.error().message);
                // Not the request's fault (a busy database): tried again later.
                if (!Organisation::isFinalRefusal(pending.error()))
                    continue;
            }
        }
        // Taken in or refused for what it is, a request is not asked twice.
        QFile::remove(path);
    }
    if (received > 0)
        Q_EMIT enrolmentsReceived(received);
}

void SyncController::schedule(std::chrono::milliseconds delay)
{
    m_scheduled = delay;
    m_timer.start(delay);
    m_status.nextRunAt = QDateTime::currentDateTime().addMSecs(delay.count());
}

void SyncController::unschedule()
{
    m_timer.stop();
    m_scheduled.reset();
    m_status.nextRunAt = QDateTime();
}

void SyncController::watchNetwork()
{
    // Not every platform (nor the offscreen tests) has a backend: the timer
    // alone then drives automatic sync.
    if (!QNetworkInformation::loadDefaultBackend())
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && isAutomatic() &&
                    m_settings->isWebDav() && !m_running)
                    schedule(kOnlineDelay);
            });
}

bool SyncController::isOffline() const
{
    const QNetworkInformation* info = QNetworkInformation::instance();
    return info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

} // namespace vigil
