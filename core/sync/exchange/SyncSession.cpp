#include "core/sync/exchange/SyncSession.h"

#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/exchange/BundleExporter.h"
#include "core/sync/exchange/PeerState.h"
#include "core/sync/org/OrgStore.h"
#include "core/sync/org/Roster.h"
#include "core/sync/transport/Transport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace vigil {

namespace {

QString syncDir(const QString& vaultDir, const char* sub)
{
    return QDir(vaultDir).filePath(QStringLiteral("sync/") + QLatin1StringView(sub));
}

bool isEnrolmentRequest(const QString& name)
{
    return name.startsWith(QLatin1StringView("enrol-")) && name.endsWith(QLatin1StringView(".vge"));
}

Status makeDir(const QString& path)
{
    if (QDir().mkpath(path))
        return {};
    return Error::make(ErrorKind::Io,
                       SyncSession::tr("The vault's sync folder could not be created."),
                       QDir::toNativeSeparators(path));
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

qsizetype SyncOutcome::count(ImportReport::Outcome outcome) const
{
    return std::count_if(received.begin(), received.end(),
                         [outcome](const ImportReport& r) { return r.outcome == outcome; });
}

QString SyncOutcome::summary() const
{
    const auto imported = int(count(ImportReport::Outcome::Imported));
    const auto quarantined = int(count(ImportReport::Outcome::Quarantined));
    const auto waiting = int(count(ImportReport::Outcome::Waiting));
    QStringList parts;
    parts << SyncSession::tr("%n bundle(s) received", nullptr, imported);
    if (quarantined)
        parts << SyncSession::tr("%n quarantined", nullptr, quarantined);
    if (waiting)
        parts << SyncSession::tr("%n waiting for an earlier one", nullptr, waiting);
    parts << SyncSession::tr("%n sent", nullptr, int(bundlesSent));
    if (!enrolmentRequests.isEmpty())
        parts << SyncSession::tr("%n enrolment request(s)", nullptr, int(enrolmentRequests.size()));
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

SyncSession::SyncSession(RecordContext& ctx, QString vaultDir, Transport& transport)
    : m_ctx(ctx), m_vaultDir(std::move(vaultDir)), m_transport(transport)
{
}

QString SyncSession::enrolmentRequestPath(const QString& vaultDir, const QString& deviceId)
{
    return QDir(vaultDir).filePath(QStringLiteral("sync/enrol-%1.vge").arg(deviceId));
}

QString SyncSession::inboxPath(const QString& vaultDir)
{
    return syncDir(vaultDir, "inbox");
}

Status SyncSession::cancelled() const
{
    if (m_cancel && m_cancel->load())
        return Error::make(ErrorKind::Cancelled, tr("Sync was cancelled."));
    return {};
}

void SyncSession::report(SyncProgress::Phase phase, qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(SyncProgress{phase, done, total});
}

Result<SyncOutcome> SyncSession::run()
{
    Database& db = m_ctx.db();
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto org = OrgStore(db).org();
    if (!org)
        return org.error();
    if (!*org)
        return Error::make(ErrorKind::Usage,
                           tr("This vault is not in an organisation yet, so there is nobody to "
                              "sync with. Join one with an invitation from your coordinator."));
    SyncOutcome outcome;
    report(SyncProgress::Phase::Connecting, 0, 0);
    VIGIL_TRY(m_transport.prepare(identity->id()));
    // A file that cannot be imported now (not its fault: the disk, the
    // database) must not stop this device from sending: the error is
    // returned after the sending half ran.
    const Status received = receive(identity->id(), outcome);
    if (!received && received.error().kind == ErrorKind::Cancelled)
        return received.error();
    auto state = OrgStore(db).org();
    if (!state)
        return state.error();
    if (*state && (*state)->state != QLatin1StringView("enrolled")) {
        // Nobody accepts this device's bundles before the coordinator
        // approved it (nor after it was revoked).
        VIGIL_TRY(deliverRequest(identity->id(), outcome));
        if (!received)
            return received.error();
        return outcome;
    }
    VIGIL_TRY(send(identity->id(), outcome));
    if (!received)
        return received.error();
    return outcome;
}

Result<SyncOutcome> SyncSession::sendOnly()
{
    auto identity = DeviceIdentity::ensure(m_ctx.db());
    if (!identity)
        return identity.error();
    auto org = OrgStore(m_ctx.db()).org();
    if (!org)
        return org.error();
    if (!*org || (*org)->state != QLatin1StringView("enrolled"))
        return Error::make(ErrorKind::Usage,
                           tr("Only an enrolled device of an organisation can send bundles."));
    SyncOutcome outcome;
    VIGIL_TRY(m_transport.prepare(identity->id()));
    VIGIL_TRY(send(identity->id(), outcome));
    return outcome;
}

Status SyncSession::receive(const QString& selfId, SyncOutcome& outcome)
{
    auto names = m_transport.list(selfId);
    if (!names)
        return names.error();
    const QString inbox = inboxPath(m_vaultDir);
    const QString requests = syncDir(m_vaultDir, "requests");
    VIGIL_TRY(makeDir(inbox));
    qint64 done = 0;
    for (const QString& name : *names) {
        VIGIL_TRY(cancelled());
        report(SyncProgress::Phase::Receiving, done++, names->size());
        if (isEnrolmentRequest(name)) {
            VIGIL_TRY(makeDir(requests));
            const QString local = QDir(requests).filePath(name);
            VIGIL_TRY(m_transport.fetch(selfId, name, local));
            VIGIL_TRY(m_transport.remove(selfId, name));
            continue;
        }
        if (!name.endsWith(QLatin1StringView(".vgb")))
            continue;
        VIGIL_TRY(m_transport.fetch(selfId, name, QDir(inbox).filePath(name)));
    }
    // Every request waiting in the folder is handed on: those just fetched
    // and those an earlier run fetched that were not taken in yet (the
    // coordinator's app was busy).
    const QDir kept(requests);
    for (const QString& name :
         kept.entryList({QStringLiteral("enrol-*.vge")}, QDir::Files, QDir::Name))
        outcome.enrolmentRequests << kept.filePath(name);
    report(SyncProgress::Phase::Importing, 0, names->size());
    BundleImporter importer(m_ctx, m_vaultDir);
    auto reports = importer.importAll(inbox);
    if (!reports)
        return reports.error();
    // Every fetched bundle leaves the mailbox, waiting ones included: their
    // local copy stays in the vault's inbox folder and is retried there, and
    // the sender sees its bundles gone, which its re-send rule needs when an
    // earlier bundle was lost (docs/sync-protocol.md).
    for (const QString& name : std::as_const(*names)) {
        if (name.endsWith(QLatin1StringView(".vgb")))
            VIGIL_TRY(m_transport.remove(selfId, name));
    }
    for (const ImportReport& r : *reports)
        outcome.received << r;
    return {};
}

Status SyncSession::deliverRequest(const QString& selfId, SyncOutcome& outcome)
{
    const QString path = enrolmentRequestPath(m_vaultDir, selfId);
    if (!QFileInfo::exists(path))
        return {};
    auto coordinators = Roster(m_ctx.db()).coordinators();
    if (!coordinators)
        return coordinators.error();
    for (const RosterEntry& c : *coordinators) {
        VIGIL_TRY(m_transport.prepare(c.deviceId));
        VIGIL_TRY(m_transport.put(c.deviceId, QFileInfo(path).fileName(), path));
    }
    // Delivered once: a second copy would ask the coordinator again.
    QFile::remove(path + QStringLiteral(".sent"));
    QFile::rename(path, path + QStringLiteral(".sent"));
    outcome.enrolmentRequestSent = !coordinators->isEmpty();
    return {};
}

Status SyncSession::send(const QString& selfId, SyncOutcome& outcome)
{
    Database& db = m_ctx.db();
    auto peers = Roster(db).entries();
    if (!peers)
        return peers.error();
    const QString outbox = syncDir(m_vaultDir, "outbox");
    VIGIL_TRY(makeDir(outbox));
    PeerState state(db);
    BundleExporter exporter(db, QDir(m_vaultDir).filePath(QStringLiteral("attachments")));
    qint64 done = 0;
    for (const RosterEntry& peer : *peers) {
        VIGIL_TRY(cancelled());
        report(SyncProgress::Phase::Sending, done++, peers->size());
        if (peer.deviceId == selfId || peer.isRevoked())
            continue;
        VIGIL_TRY(m_transport.prepare(peer.deviceId));
        // The re-send rule needs to know when this device's bundles have
        // left the peer's inbox (docs/sync-protocol.md).
        auto times = state.times(peer.deviceId);
        if (!times)
            return times.error();
        if (times->lastPutAt) {
            auto waiting = m_transport.list(peer.deviceId);
            if (!waiting)
                return waiting.error();
            const QString mine = selfId + QLatin1Char('-');
            const bool anyLeft = std::any_of(waiting->begin(), waiting->end(),
                                             [&](const QString& n) { return n.startsWith(mine); });
            if (!anyLeft)
                VIGIL_TRY(state.noticeGone(peer.deviceId, now()));
        }
        auto exported = exporter.exportFor(peer, outbox);
        if (!exported)
            return exported.error();
        outcome.skippedAttachments << exported->skippedAttachments;
        Status failure;
        for (const ExportedBundle& bundle : exported->files) {
            if (failure.ok()) {
                failure = cancelled();
                if (failure.ok())
                    failure = m_transport.put(peer.deviceId, bundle.fileName, bundle.path);
                if (failure.ok())
                    failure = state.markPut(peer.deviceId, bundle.put, now());
                if (failure.ok()) {
                    ++outcome.bundlesSent;
                    outcome.bytesSent += bundle.size;
                    outcome.opsSent += bundle.ops;
                }
            }
            QFile::remove(bundle.path);
        }
        VIGIL_TRY(failure);
    }
    return {};
}

} // namespace vigil
