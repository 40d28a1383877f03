// The retention option: once the coordinators acknowledged a closed visit's
// sensitive content, a monitor's laptop no longer holds it; the coordinator's
// copy is untouched and nothing of the purge syncs.
#include "core/attachments/AttachmentStore.h"
#include "core/model/Interview.h"
#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/VisitLifecycle.h"
#include "core/store/Database.h"
#include "core/sync/exchange/RetentionPolicy.h"
#include "core/sync/transport/FolderTransport.h"
#include "core/vault/Vault.h"
#include "tests/core/sync/SyncTeam.h"
#include "tests/support/CanaryScan.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr const char* kNoteCanary = "Canary-retention-note-5521";

struct Recorded
{
    QString visit, interview, identity, photo;
};

Recorded recordOnMonitor(SyncTeam& team)
{
    Recorded r;
    r.visit = makeVisit(team.coordinator(), team.placeId,
                        {{&team.lead(), QStringLiteral("lead")},
                         {&team.monitor1(), QStringLiteral("monitor")}});
    team.syncAll();
    Interview interview;
    interview.visitId = r.visit;
    interview.kind = QStringLiteral("individual_private");
    interview.withoutWitnesses = true;
    interview.reprisalRisk = QStringLiteral("medium");
    interview.chosenBy = QStringLiteral("team");
    InterviewRepository interviews(team.monitor1().records());
    auto created = interviews.create(interview);
    REQUIRE(created.ok());
    r.interview = *created;
    REQUIRE(interviews.recordConsent(r.interview, {QStringLiteral("use_name")}).ok());
    auto stored = interviews.get(r.interview);
    REQUIRE(stored.ok());
    stored->notes = QString::fromLatin1(kNoteCanary);
    REQUIRE(interviews.update(*stored).ok());
    IdentityFields fields;
    fields.realName = SecretBuffer::copyOf("Karim Haddad", 12);
    auto identity = IdentityRepository(*team.monitor1().vault).add(r.interview, fields);
    REQUIRE(identity.ok());
    r.identity = *identity;
    QByteArray bytes(4096, 'p');
    QBuffer source(&bytes);
    REQUIRE(source.open(QIODevice::ReadOnly));
    auto photo = AttachmentStore(*team.monitor1().vault)
                     .import(source, {QStringLiteral("interview"), r.interview,
                                      QStringLiteral("cell.bin"),
                                      QStringLiteral("application/octet-stream")});
    REQUIRE(photo.ok());
    r.photo = photo->id;
    return r;
}

void closeFieldwork(SyncTeam& team, const QString& visit)
{
    // The visit was created on site by the coordinator's plan: on_site.
    auto closed = VisitLifecycle(team.lead().records())
                      .transition(visit, QStringLiteral("fieldwork_closed"));
    REQUIRE(closed.ok());
}

} // namespace

TEST_CASE("retention purges a closed visit's notes, identities and files once the coordinator "
          "acknowledged them",
          "[sync][retention]")
{
    auto mailbox = tempDir();
    const QString root = mailbox->filePath(QStringLiteral("mailbox"));
    REQUIRE(QDir().mkpath(root));
    SyncTeam team([root] { return std::make_unique<FolderTransport>(root); });
    const Recorded r = recordOnMonitor(team);
    OrgDevice& monitor = team.monitor1();

    // Off by default: nothing is purged.
    REQUIRE(RetentionPolicy::apply(monitor.records(), monitor.vault->path())->visits == 0);
    REQUIRE(RetentionPolicy::setEnabled(monitor.db(), true).ok());

    // The visit is still on site: nothing goes, even once acknowledged.
    team.syncAll(2);
    auto early = RetentionPolicy::apply(monitor.records(), monitor.vault->path());
    REQUIRE(early.ok());
    CHECK(early->visits == 0);

    closeFieldwork(team, r.visit);
    // Closed on the lead's laptop: the monitor's vault does not know yet.
    auto beforeSync = RetentionPolicy::apply(monitor.records(), monitor.vault->path());
    REQUIRE(beforeSync.ok());
    CHECK(beforeSync->visits == 0);

    team.syncAll(2);
    auto purged = RetentionPolicy::apply(monitor.records(), monitor.vault->path());
    REQUIRE(purged.ok());
    CHECK(purged->visits == 1);
    CHECK(purged->notes == 1);
    CHECK(purged->identities == 1);
    CHECK(purged->attachments == 1);

    CHECK(countRows(monitor.db(), "SELECT count(*) FROM identity_entry") == 0);
    CHECK(countRows(monitor.db(), "SELECT count(*) FROM interview WHERE notes IS NOT NULL") == 0);
    CHECK_FALSE(QFile::exists(QDir(monitor.vault->attachmentsPath()).filePath(r.photo)));
    CHECK(countRows(monitor.db(), "SELECT count(*) FROM audit_event WHERE action = "
                                  "'sync.retention_purged'")
          == 1);
    // The note's text is nowhere in the monitor's database any more (the
    // change log and the search index included).
    CHECK(countRows(monitor.db(), "SELECT count(*) FROM change_op WHERE entity = 'interview' "
                                  "AND field = 'notes'")
          == 0);
    CHECK(countRows(monitor.db(), "SELECT count(*) FROM search_index WHERE search_index MATCH "
                                  "'\"Canary-retention-note-5521\"'")
          == 0);

    // The monitor's next change gets a new number (the purged ones stay
    // taken) and reaches the coordinator.
    const qint64 newestBefore = countRows(monitor.db(), "SELECT value FROM local_state WHERE "
                                                        "key = 'sync.own_seq_floor'");
    const QString later = addFinding(monitor, r.visit, QStringLiteral("Written after the purge"));
    CHECK_FALSE(later.isEmpty());
    CHECK(countRows(monitor.db(), "SELECT min(seq) FROM change_op WHERE entity_id = (SELECT "
                                  "max(id) FROM finding)")
          > newestBefore);

    // The coordinator keeps everything, and the purge does not travel.
    team.syncAll(2);
    CHECK(countRows(team.coordinator().db(), "SELECT count(*) FROM finding WHERE title = "
                                             "'Written after the purge'")
          == 1);
    OrgDevice& coordinator = team.coordinator();
    CHECK(countRows(coordinator.db(), "SELECT count(*) FROM identity_entry") == 1);
    CHECK(countRows(coordinator.db(), "SELECT count(*) FROM interview WHERE notes = "
                                      "'Canary-retention-note-5521'")
          == 1);
    CHECK(QFile::exists(QDir(coordinator.vault->attachmentsPath()).filePath(r.photo)));
    // A second run finds nothing more to do.
    CHECK(RetentionPolicy::apply(monitor.records(), monitor.vault->path())->visits == 0);
}

TEST_CASE("retention never runs on a coordinator's device", "[sync][retention]")
{
    auto mailbox = tempDir();
    const QString root = mailbox->filePath(QStringLiteral("mailbox"));
    REQUIRE(QDir().mkpath(root));
    SyncTeam team([root] { return std::make_unique<FolderTransport>(root); });
    const Recorded r = recordOnMonitor(team);
    closeFieldwork(team, r.visit);
    team.syncAll(2);
    REQUIRE(RetentionPolicy::setEnabled(team.coordinator().db(), true).ok());
    auto result = RetentionPolicy::apply(team.coordinator().records(),
                                         team.coordinator().vault->path());
    REQUIRE(result.ok());
    CHECK(result->visits == 0);
    CHECK(countRows(team.coordinator().db(), "SELECT count(*) FROM identity_entry") == 1);
}
