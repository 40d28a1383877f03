// BundleImporter::importAll over an inbox folder as a sync leaves it: files
// in name order, waiting ones retried, senders introduced by another file of
// the same batch, and what stays in the folder afterwards.
#include "core/sync/exchange/BundleExporter.h"
#include "core/sync/exchange/BundleImporter.h"
#include "tests/core/sync/exchange/BundleImportFixture.h"

#include <QDir>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using Outcome = ImportReport::Outcome;

namespace {

// Moves a bundle the fixture wrote into `inbox`.
void deliver(Org& org, const QString& inbox, const QString& name)
{
    REQUIRE(QFile::rename(QDir(org.out->path()).filePath(name), QDir(inbox).filePath(name)));
}

} // namespace

TEST_CASE("importAll retries a waiting bundle once a later file fills the gap", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.coordinator.addPlace("One");
    const qint64 middle = org.coordinator.lastSeq();
    org.coordinator.addPlace("Two");
    const qint64 last = org.coordinator.lastSeq();
    auto inbox = tempDir();
    // Named so that the waiting bundle comes first.
    const QString c = org.coordinator.id;
    const QString second = BundleExporter::fileName(c, 1, middle + 1, last);
    const QString first = BundleExporter::fileName(c, 2, 1, middle);
    org.write(org.coordinator, {&org.a}, org.opsBundle(org.coordinator, middle + 1, last), second);
    org.write(org.coordinator, {&org.a}, org.opsBundle(org.coordinator, 1, middle), first);
    deliver(org, inbox->path(), second);
    deliver(org, inbox->path(), first);
    QFile junk(inbox->filePath(QStringLiteral("x.vgb.part")));
    REQUIRE(junk.open(QIODevice::WriteOnly)); // an unfinished download is not touched

    auto reports = org.a.importer().importAll(inbox->path());
    REQUIRE(reports.ok());
    REQUIRE(reports->size() == 2);
    CHECK(reports->at(0).fileName == second);
    CHECK(reports->at(0).outcome == Outcome::Imported);
    CHECK(reports->at(1).outcome == Outcome::Imported);
    CHECK(filesIn(inbox->path()) == QStringList{QStringLiteral("x.vgb.part")});
    CHECK(Snapshot::of(org.a).digest == Snapshot::of(org.coordinator).digest);
}

TEST_CASE("importAll waits for the file that introduces a sender", "[import]")
{
    Org org;
    // A sender whose bundle sorts before the coordinator's, which brings the
    // roster that names it: without putting it off, it would be refused.
    std::vector<std::unique_ptr<Member>> extra;
    Member* sender = org.b.id < org.coordinator.id ? &org.b : nullptr;
    // Ids are random: a member whose id sorts first turns up after a few
    // tries, except when the coordinator's id is among the smallest (about
    // 1 run in 100 for 100 tries), where the case cannot be built.
    while (!sender) {
        if (extra.size() >= 100)
            SKIP("the coordinator's id sorts before 100 random members'");
        extra.push_back(std::make_unique<Member>());
        org.enrol(*extra.back(), "monitor");
        if (extra.back()->id < org.coordinator.id)
            sender = extra.back().get();
    }
    sender->addPlace("Lakeside");
    BundleSpec fromSender = org.opsBundle(*sender, 1, sender->lastSeq());
    BundleSpec fromCoordinator;
    fromCoordinator.roster = org.rosterItems();
    const QString senderFile = BundleExporter::fileName(sender->id, 1, 1, sender->lastSeq());
    const QString coordinatorFile = BundleExporter::fileName(org.coordinator.id, 1, 1, 0);
    org.write(*sender, {&org.a}, fromSender, senderFile);
    org.write(org.coordinator, {&org.a}, fromCoordinator, coordinatorFile);
    auto inbox = tempDir();
    deliver(org, inbox->path(), senderFile);
    deliver(org, inbox->path(), coordinatorFile);

    auto reports = org.a.importer().importAll(inbox->path());
    REQUIRE(reports.ok());
    REQUIRE(reports->size() == 2);
    CHECK(reports->at(0).fileName == senderFile);
    CHECK(reports->at(0).outcome == Outcome::Imported);
    CHECK(reports->at(1).outcome == Outcome::Imported);
    CHECK(reports->at(1).enrolled);
    CHECK(filesIn(inbox->path()).isEmpty());
}

TEST_CASE("importAll quarantines what it must and goes on with the rest", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    Member outsider;
    outsider.addPlace("Elsewhere");
    org.coordinator.addPlace("Lakeside");
    const QString c = org.coordinator.id;
    const QString imported = BundleExporter::fileName(c, 1, 1, org.coordinator.lastSeq());
    const QString stranger = BundleExporter::fileName(outsider.id, 1, 1, outsider.lastSeq());
    org.write(org.coordinator, {&org.a},
              org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq()), imported);
    org.write(outsider, {&org.a}, org.opsBundle(outsider, 1, outsider.lastSeq()), stranger);
    auto inbox = tempDir();
    QFile::copy(QDir(org.out->path()).filePath(imported), inbox->filePath(imported));
    deliver(org, inbox->path(), stranger);

    auto reports = org.a.importer().importAll(inbox->path());
    REQUIRE(reports.ok());
    REQUIRE(reports->size() == 2);
    for (const ImportReport& r : *reports) {
        CAPTURE(r.fileName);
        CHECK(r.outcome == (r.fileName == imported ? Outcome::Imported : Outcome::Quarantined));
    }
    CHECK(filesIn(inbox->path()).isEmpty());
    CHECK(filesIn(org.a.quarantineDir()).contains(stranger));

    // The same file fetched again is recognised and removed without a change.
    deliver(org, inbox->path(), imported);
    const Snapshot before = Snapshot::of(org.a);
    reports = org.a.importer().importAll(inbox->path());
    REQUIRE(reports.ok());
    REQUIRE(reports->size() == 1);
    CHECK(reports->front().outcome == Outcome::AlreadyImported);
    CHECK(filesIn(inbox->path()).isEmpty());
    CHECK(Snapshot::of(org.a) == before);
}
