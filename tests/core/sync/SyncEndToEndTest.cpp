// A coordinator, a lead and two monitors, each with their own vault, enrol
// and exchange a real visit through a mailbox: a folder (USB stick, shared
// drive) and a real WebDAV server (Apache mod_dav over TLS with basic
// authentication, started by the test), the latter also with faults.
#include "core/attachments/AttachmentStore.h"
#include "core/model/Interview.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/store/Database.h"
#include "core/sync/merge/ConflictRepository.h"
#include "core/sync/transport/FolderTransport.h"
#include "core/sync/transport/WebDavTransport.h"
#include "core/vault/Vault.h"
#include "tests/core/sync/SyncTeam.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WebDavServer.h"

#include <QBuffer>
#include <QDir>
#include "core/sync/transport/WebDavSettings.h"
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>

#include <catch2/catch_test_macros.hpp>


using namespace vigil;
using namespace vigil::test;

namespace {

SecretBuffer bufferOf(const QByteArray& b)
{
    return SecretBuffer::copyOf(b.constData(), std::size_t(b.size()));
}

// What the team records on the visit, each on their own laptop, offline.
struct VisitWork
{
    QString visit, finding, interview, identity, photo;
    QByteArray photoBytes;
};

VisitWork recordVisit(SyncTeam& team)
{
    VisitWork w;
    // The coordinator plans the visit and names the team; everyone syncs.
    w.visit = makeVisit(team.coordinator(), team.placeId,
                        {{&team.lead(), QStringLiteral("lead")},
                         {&team.monitor1(), QStringLiteral("monitor")},
                         {&team.monitor2(), QStringLiteral("monitor")}});
    team.syncAll();

    // On site: the lead writes a finding, monitor 1 a private interview with
    // an identity entry and a photo, monitor 2 edits the finding's facts.
    w.finding = addFinding(team.lead(), w.visit, QStringLiteral("Cells overcrowded"));
    Interview interview;
    interview.visitId = w.visit;
    interview.kind = QStringLiteral("individual_private");
    interview.withoutWitnesses = true;
    interview.reprisalRisk = QStringLiteral("high");
    interview.chosenBy = QStringLiteral("team");
    InterviewRepository interviews(team.monitor1().records());
    auto created = interviews.create(interview);
    REQUIRE(created.ok());
    w.interview = *created;
    REQUIRE(interviews.recordConsent(w.interview, {QStringLiteral("use_name")}).ok());
    IdentityFields fields;
    fields.realName = bufferOf("Karim Haddad");
    auto identity = IdentityRepository(*team.monitor1().vault).add(w.interview, fields);
    REQUIRE(identity.ok());
    w.identity = *identity;

    w.photoBytes.resize(300 * 1024);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(w.photoBytes.data()),
                                  w.photoBytes.size() / 4);
    QBuffer source(&w.photoBytes);
    REQUIRE(source.open(QIODevice::ReadOnly));
    AttachmentStore store(*team.monitor1().vault);
    auto photo = store.import(source, {QStringLiteral("interview"), w.interview,
                                       QStringLiteral("cell.bin"),
                                       QStringLiteral("application/octet-stream")});
    REQUIRE(photo.ok());
    w.photo = photo->id;
    return w;
}

void checkVisitEverywhere(SyncTeam& team, const VisitWork& w)
{
    for (OrgDevice* device : {&team.coordinator(), &team.lead(), &team.monitor1(),
                              &team.monitor2()}) {
        INFO(device->entry.name.toStdString());
        auto finding = FindingRepository(device->records()).get(w.finding);
        REQUIRE(finding.ok());
        CHECK(finding->title == QStringLiteral("Cells overcrowded"));
        auto interview = InterviewRepository(device->records()).get(w.interview);
        REQUIRE(interview.ok());
        // The photo's bytes arrived whole and decrypt on every team member's vault.
        QByteArray out;
        QBuffer sink(&out);
        REQUIRE(sink.open(QIODevice::WriteOnly));
        REQUIRE(AttachmentStore(*device->vault).exportTo(w.photo, sink).ok());
        CHECK(out == w.photoBytes);
    }
    // Identity entries go to the coordinators only, and only they read them.
    CHECK(countRows(team.lead().db(), "SELECT count(*) FROM identity_entry") == 0);
    CHECK(countRows(team.monitor2().db(), "SELECT count(*) FROM identity_entry") == 0);
    CHECK(countRows(team.lead().db(),
                    "SELECT count(*) FROM change_op WHERE entity = 'identity_entry'")
          == 0);
    auto read = IdentityRepository(*team.coordinator().vault).read(w.identity, secret("pass"));
    REQUIRE(read.ok());
    CHECK(QByteArray(read->realName.chars(), qsizetype(read->realName.size())) == "Karim Haddad");
    auto own = IdentityRepository(*team.monitor1().vault).read(w.identity, secret("pass"));
    CHECK_FALSE(own.ok());
}

// Two team members edit the same facts offline: after sync every vault
// shows the same winner and keeps the other version as a conflict.
void checkConcurrentEdit(SyncTeam& team, const VisitWork& w)
{
    FindingRepository leadFindings(team.lead().records());
    FindingRepository monitorFindings(team.monitor2().records());
    auto a = leadFindings.get(w.finding);
    auto b = monitorFindings.get(w.finding);
    REQUIRE((a.ok() && b.ok()));
    a->facts = QStringLiteral("Cell 4 holds 12 people for 6 beds.");
    b->facts = QStringLiteral("Cell 4: 12 detainees, 6 beds, no ventilation.");
    REQUIRE(leadFindings.update(*a).ok());
    REQUIRE(monitorFindings.update(*b).ok());
    team.syncAll(3);
    QString facts;
    for (OrgDevice* device : {&team.coordinator(), &team.lead(), &team.monitor2()}) {
        auto f = FindingRepository(device->records()).get(w.finding);
        REQUIRE(f.ok());
        if (facts.isEmpty())
            facts = f->facts;
        CHECK(f->facts == facts);
        auto conflicts = ConflictRepository(device->records()).listOpen();
        REQUIRE(conflicts.ok());
        REQUIRE(conflicts->size() == 1);
        const QString other = conflicts->front().losingValue.toString();
        CHECK(QStringList({facts, other}).contains(a->facts));
        CHECK(QStringList({facts, other}).contains(b->facts));
    }
}

std::unique_ptr<Transport> webDav(const WebDavServer& server)
{
    WebDavSettings settings;
    settings.url = server.url();
    settings.username = server.username();
    settings.password = bufferOf(WebDavServer::password());
    settings.pinSha256 = server.publicKeyPin();
    settings.extraCaCertificates = {server.caCertificate()};
    settings.inactivityTimeoutMs = 5000;
    auto transport = WebDavTransport::create(std::move(settings));
    REQUIRE(transport.ok());
    return std::move(*transport);
}

qint64 importedRows(OrgDevice& device)
{
    return countRows(device.db(), "SELECT count(*) FROM sync_inbox WHERE state = 'imported'");
}

} // namespace

TEST_CASE("a coordinator, a lead and two monitors exchange a visit through a folder",
          "[sync][e2e]")
{
    auto mailbox = tempDir();
    const QString root = mailbox->filePath(QStringLiteral("stick/vigil"));
    REQUIRE(QDir().mkpath(root)); // the stick is plugged in
    SyncTeam team([root] { return std::make_unique<FolderTransport>(root); });
    const VisitWork work = recordVisit(team);
    team.syncAll(3);
    checkVisitEverywhere(team, work);
    checkConcurrentEdit(team, work);
}

TEST_CASE("the same team syncs over a real WebDAV server, through server faults",
          "[sync][e2e][webdav]")
{
    if (const QString why = WebDavServer::unavailableReason(); !why.isEmpty())
        SKIP(why.toStdString());
    WebDavServer server;
    REQUIRE(server.start());
    SyncTeam team([&server] { return webDav(server); });
    const VisitWork work = recordVisit(team);
    team.syncAll(3);
    checkVisitEverywhere(team, work);

    // Faults: the server fails every request, then refuses uploads for lack
    // of space. Sync reports them and loses nothing; afterwards it resumes.
    addFinding(team.monitor2(), work.visit, QStringLiteral("No access to the yard"));
    const qint64 before = importedRows(team.lead());
    REQUIRE(server.failRequests(QStringLiteral("*"), 500));
    auto failed = team.sync(team.monitor2());
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::Io);
    server.clearFaults();
    REQUIRE(server.failRequests(QStringLiteral("PUT"), 507));
    auto full = team.sync(team.monitor2());
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().kind == ErrorKind::DiskFull);
    server.clearFaults();

    // The server dies in the middle of a slow upload: no complete file is
    // left, and the next sync sends the bundle again.
    QByteArray big(3 * 1024 * 1024, 'v');
    QRandomGenerator(9).fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
    QBuffer bigSource(&big);
    REQUIRE(bigSource.open(QIODevice::ReadOnly));
    auto video = AttachmentStore(*team.monitor2().vault)
                     .import(bigSource, {QStringLiteral("visit"), work.visit,
                                         QStringLiteral("corridor.bin"),
                                         QStringLiteral("application/octet-stream")});
    REQUIRE(video.ok());
    server.setSlow(true);
    // The upload runs in the transport's event loop on this thread, where
    // the timer fires (QProcess must be driven from its own thread).
    QTimer::singleShot(1500, [&server] { server.stop(); });
    auto interrupted = team.sync(team.monitor2());
    CHECK_FALSE(interrupted.ok());
    server.setSlow(false);
    const bool restarted = server.start();
    INFO(server.lastError().toStdString());
    REQUIRE(restarted);

    team.syncAll(3);
    for (OrgDevice* device : {&team.coordinator(), &team.lead(), &team.monitor1()}) {
        INFO(device->entry.name.toStdString());
        CHECK(countRows(device->db(), "SELECT count(*) FROM finding WHERE title = 'No access "
                                      "to the yard' AND deleted = 0")
              == 1);
        QByteArray out;
        QBuffer sink(&out);
        REQUIRE(sink.open(QIODevice::WriteOnly));
        REQUIRE(AttachmentStore(*device->vault).exportTo(video->id, sink).ok());
        CHECK(out == big);
        // Nothing was imported twice: each bundle file has one inbox row,
        // and every op one change-log row.
        CHECK(countRows(device->db(), "SELECT count(*) FROM (SELECT sha256 FROM sync_inbox "
                                      "GROUP BY sha256 HAVING count(*) > 1)")
              == 0);
    }
    CHECK(importedRows(team.lead()) > before);
}
