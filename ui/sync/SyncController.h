#pragma once

#include "core/sync/transport/TransportSettings.h"
#include "ui/sync/SyncBackoff.h"
#include "ui/sync/SyncJobs.h"
#include "ui/sync/SyncStatus.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace vigil {

class UiContext;

// Sync for the unlocked vault (DESIGN.md §6.5): runs one SyncSession at a
// time on a worker thread with a database connection of its own, keeps the
// status the status bar and the sync inbox show, and, when the settings ask
// for automatic sync, runs on a timer (a regular interval after a success,
// backoff with jitter after failures) and when the network comes back.
// After a run it hands the coordinator's enrolment requests to
// Organisation and tells the open pages to reload what was imported.
// Owned by MainWindow: destroying it (a lock) cancels the run without
// waiting for it; the job finishes on its own connection.
class SyncController : public QObject
{
    Q_OBJECT
public:
    // When sync is automatic, a run starts this long after unlocking or setting it up.
    static constexpr std::chrono::milliseconds kStartDelay = std::chrono::seconds(10);
    // ... and this long after the network comes back.
    static constexpr std::chrono::milliseconds kOnlineDelay = std::chrono::seconds(3);

    explicit SyncController(UiContext& ctx, QObject* parent = nullptr);
    ~SyncController() override;

    const SyncStatus& status() const { return m_status; }
    bool isRunning() const { return m_running; }
    // In an organisation, with settings saved and automatic sync on.
    bool isAutomatic() const;
    const std::optional<TransportSettings>& settings() const { return m_settings; }
    // The delay the timer was last started with; nullopt when none is due.
    std::optional<std::chrono::milliseconds> scheduledDelay() const;
    int failures() const { return m_backoff.failures(); }
    QString vaultDir() const;

    // Tests inject transport faults here (STYLE.md §11).
    void setTransportFactory(syncjobs::TransportFactory factory);

public Q_SLOTS:
    // A run the user asked for (Sync now). Opens the settings instead when
    // sync is not set up yet (settingsNeeded).
    void syncNow();
    // Reads the membership and the settings again: after joining, after the
    // settings dialog saved, after an import changed the membership.
    void reload();

Q_SIGNALS:
    void statusChanged();
    // A run ended (not a skipped automatic one).
    void syncFinished();
    // Sync now while nothing is set up: the settings dialog is wanted.
    void settingsNeeded();
    // The coordinator received enrolment requests in this run.
    void enrolmentsReceived(int count);

private:
    void start(bool automatic);
    void finish();
    void applyOutcome(syncjobs::Outcome& outcome);
    void takeEnrolmentRequests(const QStringList& paths);
    void schedule(std::chrono::milliseconds delay);
    void unschedule();
    void onTimer();
    void watchNetwork();
    bool isOffline() const;
    SyncStatus::State idleState() const;
    void setStatus(SyncStatus::State state);

    UiContext& m_ctx;
    SyncStatus m_status;
    SyncBackoff m_backoff;
    QTimer m_timer; // the next automatic run
    QTimer m_poll;  // the running job's progress
    QFutureWatcher<syncjobs::Outcome> m_watcher;
    syncjobs::CancelFlag m_cancel;
    std::shared_ptr<syncjobs::ProgressBox> m_progress;
    syncjobs::TransportFactory m_factory;
    std::optional<TransportSettings> m_settings;
    bool m_inOrg = false;
    bool m_running = false;
    std::optional<std::chrono::milliseconds> m_scheduled;
};

} // namespace vigil
