// BundleImporter on real vaults of one organisation: what an accepted bundle
// changes (roster, enrolment, records, coverage, acks, attachment files, the
// inbox row), replays, gaps, and failures that must leave nothing applied.
#include "core/sync/exchange/BundleImporter.h"

#include "core/attachments/AttachmentStore.h"
#include "core/repo/EntityCatalog.h"
#include "core/sync/exchange/InboxRepository.h"
#include "core/sync/exchange/OpItem.h"
#include "core/sync/org/Organisation.h"
#include "tests/core/sync/exchange/BundleImportFixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace vigil;
using namespace vigil::test;
using Outcome = ImportReport::Outcome;

namespace {

QString orgState(Member& m)
{
    auto org = Organisation::state(m.vault());
    REQUIRE(org.ok());
    REQUIRE(org->has_value());
    return (*org)->state;
}

qint64 scalar(Member& m, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    auto n = m.db().scalarInt(utf8.constData());
    REQUIRE(n.ok());
    return *n;
}

} // namespace

TEST_CASE("a coordinator's bundle brings the roster and enrols a pending monitor", "[import]")
{
    Org org;
    CHECK(orgState(org.a) == QStringLiteral("pending"));
    CHECK(scalar(org.a, QStringLiteral("SELECT count(*) FROM sync_device")) == 1);

    BundleSpec spec;
    spec.roster = org.rosterItems();
    std::reverse(spec.roster.begin(), spec.roster.end()); // order inside a bundle does not matter
    const QString path = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("r.vgb"));
    const ImportReport report = importOk(org.a, path);

    CHECK(report.enrolled);
    // The two monitors, and the coordinator's signed entry in place of the
    // one taken from the invitation.
    CHECK(report.rosterChanges == 3);
    CHECK(report.rosterIgnored == 0);
    CHECK(orgState(org.a) == QStringLiteral("enrolled"));
    CHECK(scalar(org.a, QStringLiteral("SELECT count(*) FROM sync_device")) == 3);
    CHECK(QFile::exists(path)); // the caller deletes it
}

TEST_CASE("roster entries not signed by a known coordinator are left out", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    Org other; // another organisation's coordinator signed these
    BundleSpec spec;
    spec.roster = other.rosterItems();
    const QString path = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("x.vgb"));
    const ImportReport report = importOk(org.a, path);
    CHECK(report.rosterChanges == 0);
    CHECK(report.rosterIgnored == 3);
    CHECK(scalar(org.a, QStringLiteral("SELECT count(*) FROM sync_device")) == 3);
}

TEST_CASE("ops, coverage and the ack are applied and the inbox row records them", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.coordinator.addPlace("Lakeside");
    org.coordinator.addPlace("Hillview");
    const qint64 last = org.coordinator.lastSeq();
    BundleSpec spec = org.opsBundle(org.coordinator, 1, last);
    spec.ack = {{org.a.id, 0}, {org.b.id, 7}};
    const QString path = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c-1.vgb"));

    const ImportReport report = importOk(org.a, path);
    CHECK(report.ops == last);
    CHECK(report.merge.stored == last);
    CHECK(report.merge.recordsCreated == 2);
    CHECK(report.senderId == org.coordinator.id);
    // Both vaults hold the same ops, so the same records.
    CHECK(Snapshot::of(org.a).digest == Snapshot::of(org.coordinator).digest);
    CHECK(
        scalar(org.a, QStringLiteral("SELECT highest_seq FROM sync_received WHERE device_id = '%1'")
                          .arg(org.coordinator.id)) == last);
    CHECK(
        scalar(org.a, QStringLiteral("SELECT acked_seq FROM sync_peer_vector WHERE peer_id = '%1' "
                                     "AND origin_id = '%2'")
                          .arg(org.coordinator.id, org.b.id)) == 7);
    CHECK(scalar(org.a, QStringLiteral("SELECT ack_received_at FROM sync_peer WHERE peer_id = '%1'")
                            .arg(org.coordinator.id)) == Member::kNow);

    auto rows = InboxRepository(org.a.db()).list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2); // the roster bundle, then this one
    const InboxEntry& row = rows->front();
    CHECK(row.fileName == QStringLiteral("c-1.vgb"));
    CHECK(row.state == QStringLiteral("imported"));
    CHECK(row.senderName == QStringLiteral("Secretariat"));
    CHECK(row.ops == last);
    CHECK(row.lastSeq == last);
    CHECK(row.reason.isEmpty());
}

TEST_CASE("coverage moves the received vector past ops the device does not receive", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    for (const char* name : {"One", "Two", "Three"})
        org.coordinator.addPlace(name);
    const qint64 last = org.coordinator.lastSeq();
    // Only the first place's ops travel (as if the others were out of scope),
    // but the sender vouches for all of them.
    BundleSpec spec = org.opsBundle(org.coordinator, 1, 3);
    spec.coverage = {{org.coordinator.id, 1, last}};
    spec.lastSeq = last;
    importOk(org.a, org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb")));
    CHECK(
        scalar(org.a, QStringLiteral("SELECT highest_seq FROM sync_received WHERE device_id = '%1'")
                          .arg(org.coordinator.id)) == last);
    CHECK(scalar(org.a, QStringLiteral("SELECT count(*) FROM place")) == 1);
}

TEST_CASE("a replayed bundle changes nothing", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.coordinator.addPlace("Lakeside");
    const BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    const QString path = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb"));
    importOk(org.a, path);
    const Snapshot after = Snapshot::of(org.a);

    SECTION("the same file again")
    {
        auto again = org.a.importer().importFile(path);
        REQUIRE(again.ok());
        CHECK(again->outcome == Outcome::AlreadyImported);
        CHECK(again->reason == QStringLiteral("already-imported"));
        CHECK(!again->message.isEmpty());
        CHECK(QFile::exists(path));
    }
    SECTION("the same ops in a new bundle (a re-send)")
    {
        const QString resent = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("d.vgb"));
        const ImportReport report = importOk(org.a, resent);
        CHECK(report.merge.duplicates == report.ops);
        CHECK(report.merge.stored == 0);
    }
    CHECK(Snapshot::of(org.a) == after);
}

TEST_CASE("a gap makes a bundle wait until the missing one has arrived", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.coordinator.addPlace("One");
    const qint64 middle = org.coordinator.lastSeq();
    org.coordinator.addPlace("Two");
    const qint64 last = org.coordinator.lastSeq();
    const QString first =
        org.write(org.coordinator, {&org.a}, org.opsBundle(org.coordinator, 1, middle),
                  QStringLiteral("c-1.vgb"));
    const QString second =
        org.write(org.coordinator, {&org.a}, org.opsBundle(org.coordinator, middle + 1, last),
                  QStringLiteral("c-2.vgb"));
    const Snapshot before = Snapshot::of(org.a);

    auto waiting = org.a.importer().importFile(second);
    REQUIRE(waiting.ok());
    CHECK(waiting->outcome == Outcome::Waiting);
    CHECK(waiting->reason == QStringLiteral("gap"));
    CHECK(QFile::exists(second));
    CHECK(Snapshot::of(org.a) == before);
    auto rows = InboxRepository(org.a.db()).list();
    REQUIRE(rows.ok());
    CHECK(rows->front().state == QStringLiteral("waiting"));

    importOk(org.a, first);
    importOk(org.a, second);
    CHECK(Snapshot::of(org.a).digest == Snapshot::of(org.coordinator).digest);
    rows = InboxRepository(org.a.db()).list();
    REQUIRE(rows.ok());
    CHECK(rows->size() == 3); // the waiting row became the imported one
}

TEST_CASE("an attachment file in a bundle decrypts on the receiving vault", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    QByteArray content(200'000, Qt::Uninitialized); // several chunks of the bundle
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char((i * 31 + 7) & 0xff);
    const QString id = org.coordinator.addAttachment(content);
    BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    spec.attachments = {id};
    const ImportReport report =
        importOk(org.a, org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb")));
    CHECK(report.blobs == 1);
    CHECK(filesIn(org.a.attachmentsDir()) == QStringList{id});

    QByteArray out;
    QBuffer buffer(&out);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(AttachmentStore(org.a.vault()).exportTo(id, buffer).ok());
    CHECK(out == content);
}

TEST_CASE("an invalid op after valid ones leaves nothing applied", "[import]")
{
    Org org; // monitor a is still pending: the roster items would enrol it
    org.coordinator.addPlace("Lakeside");
    const QString attachment = org.coordinator.addAttachment(QByteArray(5000, 'x'));
    BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    spec.roster = org.rosterItems();
    spec.attachments = {attachment};
    Op bad = spec.ops.front();
    bad.seq = org.coordinator.lastSeq() + 1;
    bad.field = QStringLiteral("type");
    bad.value = QStringLiteral("castle"); // not a type of place
    spec.ops.push_back(bad);
    spec.ack = {{org.a.id, 0}};
    const Snapshot before = Snapshot::of(org.a);

    const QString path = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb"));
    auto report = org.a.importer().importFile(path);
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Quarantined);
    CHECK(report->reason == QStringLiteral("invalid-changes"));
    CHECK(Snapshot::of(org.a) == before);
    CHECK(orgState(org.a) == QStringLiteral("pending"));
    CHECK(filesIn(org.a.attachmentsDir()).isEmpty());
    CHECK(!QFile::exists(path));
}

TEST_CASE("an op the merge does not know sends the user to update", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.coordinator.addPlace("Lakeside");
    BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    spec.ops.back().entity = QStringLiteral("spaceship");
    auto report = org.a.importer().importFile(
        org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb")));
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Quarantined);
    CHECK(report->reason == QStringLiteral("newer-version"));
    CHECK(report->message.contains(QStringLiteral("Update Vigil")));
}

TEST_CASE("a full disk during import applies nothing and leaves the file in place", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    QByteArray content(2'000'000, 'z');
    const QString id = org.coordinator.addAttachment(content);
    BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    spec.attachments = {id};
    const QString path = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb"));
    const Snapshot before = Snapshot::of(org.a);

    // A file-size limit makes write() fail with EFBIG, as a full disk fails with ENOSPC.
    rlimit old{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &old) == 0);
    auto previous = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = old;
    small.rlim_cur = 1'000'000;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &small) == 0);
    auto report = org.a.importer().importFile(path);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &old) == 0);
    std::signal(SIGXFSZ, previous);

    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::DiskFull);
    CHECK(!report.error().message.isEmpty());
    CHECK(QFile::exists(path));
    CHECK(Snapshot::of(org.a) == before);
    CHECK(filesIn(org.a.attachmentsDir()).isEmpty()); // no .part left
    CHECK(!QDir(org.a.quarantineDir()).exists());

    // Once there is room again the same file imports.
    importOk(org.a, path);
}

TEST_CASE("a standalone vault does not import bundles", "[import]")
{
    Org org;
    Member standalone;
    org.coordinator.addPlace("Lakeside");
    const QString path = org.write(org.coordinator, {&standalone},
                                   org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq()),
                                   QStringLiteral("c.vgb"));
    auto report = standalone.importer().importFile(path);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == ErrorKind::Usage);
    CHECK(QFile::exists(path));
    CHECK(scalar(standalone, QStringLiteral("SELECT count(*) FROM sync_inbox")) == 0);
}
