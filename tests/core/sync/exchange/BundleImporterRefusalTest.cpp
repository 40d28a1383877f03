// Bundles a device must refuse: from a device outside the organisation, from
// a revoked device, addressed to another device, or carrying an attachment
// whose name tries to leave the attachments folder. Each is quarantined with
// its reason, recorded in the inbox, and changes nothing.
#include "core/sync/DeviceIdentity.h"
#include "core/sync/exchange/BundleImporter.h"
#include "core/sync/exchange/ImportSink.h"
#include "core/sync/exchange/InboxRepository.h"
#include "core/sync/exchange/Quarantine.h"
#include "core/sync/org/Organisation.h"
#include "core/sync/org/Roster.h"
#include "core/util/Uuid7.h"
#include "tests/core/sync/exchange/BundleImportFixture.h"
#include "tests/support/CanaryScan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using Outcome = ImportReport::Outcome;

namespace {

// Imports `path` into `m`, which must refuse it with `reason` and keep its state.
void expectRefused(Member& m, const QString& path, const char* reason)
{
    const Snapshot before = Snapshot::of(m);
    const QString name = QFileInfo(path).fileName();
    auto report = m.importer().importFile(path);
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Quarantined);
    CHECK(report->reason == QLatin1StringView(reason));
    CHECK(report->message == Quarantine::reasonText(QLatin1StringView(reason)));
    CHECK(Snapshot::of(m) == before);

    CHECK(!QFile::exists(path));
    const QDir quarantine(m.quarantineDir());
    CHECK(report->quarantinedAs == quarantine.filePath(name));
    CHECK(QFile::exists(quarantine.filePath(name)));
    QFile reasonFile(quarantine.filePath(name + QStringLiteral(".reason.txt")));
    REQUIRE(reasonFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(reasonFile.readAll());
    CHECK(text.startsWith(QStringLiteral("reason: ") + QLatin1StringView(reason) + u'\n'));
    CHECK(text.contains(Quarantine::reasonText(QLatin1StringView(reason))));

    auto rows = InboxRepository(m.db()).list();
    REQUIRE(rows.ok());
    REQUIRE(!rows->isEmpty());
    const InboxEntry& row = rows->front();
    CHECK(row.fileName == name);
    CHECK(row.state == QStringLiteral("quarantined"));
    CHECK(row.reason == QLatin1StringView(reason));
    CHECK(row.reasonText == report->message);
}

} // namespace

TEST_CASE("a bundle from a device outside the organisation is quarantined", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    Member outsider;
    outsider.addPlace("Lakeside");
    const QString path =
        org.write(outsider, {&org.a}, org.opsBundle(outsider, 1, outsider.lastSeq()),
                  QStringLiteral("x.vgb"));
    expectRefused(org.a, path, "unknown-sender");
}

TEST_CASE("a bundle from a revoked device is refused from the revocation on", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.b.addPlace("Lakeside");
    const qint64 last = org.b.lastSeq();
    // What b wrote and a received before the revocation counts.
    importOk(org.a, org.write(org.b, {&org.a}, org.opsBundle(org.b, 1, last),
                              QStringLiteral("before.vgb")));
    org.b.addPlace("Hillside");
    const qint64 later = org.b.lastSeq();
    REQUIRE(Organisation(org.coordinator.vault()).revoke(org.b.id).ok());
    org.sendRoster(org.a); // brings the new revision of b's entry
    auto entry = Roster(org.a.db()).find(org.b.id);
    REQUIRE(entry.ok());
    REQUIRE(entry->has_value());
    REQUIRE((*entry)->revokedAt.has_value());
    const qint64 revokedAt = *(*entry)->revokedAt;

    CHECK((*entry)->revokedSeq == last);

    BundleSpec late = org.opsBundle(org.b, last + 1, later);
    late.createdMs = revokedAt;
    expectRefused(org.a, org.write(org.b, {&org.a}, late, QStringLiteral("late.vgb")),
                  "revoked-sender");

    // Backdating the bundle does not help: its changes are newer than what
    // this device held of b when it learnt of the revocation.
    BundleSpec backdated = late;
    backdated.createdMs = revokedAt - 1;
    expectRefused(org.a,
                  org.write(org.b, {&org.a}, backdated, QStringLiteral("backdated.vgb")),
                  "revoked-sender");
}

TEST_CASE("a bundle addressed to another device is quarantined", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.coordinator.addPlace("Lakeside");
    const QString path = org.write(org.coordinator, {&org.b},
                                   org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq()),
                                   QStringLiteral("c.vgb"));
    expectRefused(org.a, path, "not-addressed");
}

TEST_CASE("a quarantined name is never overwritten", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.coordinator.addPlace("Lakeside");
    const BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    const QString name = QStringLiteral("c.vgb");
    expectRefused(org.a, org.write(org.coordinator, {&org.b}, spec, name), "not-addressed");
    BundleSpec other = spec; // a second, different file under the same name
    other.createdMs += 1;
    auto report = org.a.importer().importFile(org.write(org.coordinator, {&org.b}, other, name));
    REQUIRE(report.ok());
    CHECK(report->quarantinedAs == QDir(org.a.quarantineDir()).filePath(QStringLiteral("c-2.vgb")));
    CHECK(filesIn(org.a.quarantineDir()).size() == 4);
}

TEST_CASE("an attachment blob named like a path is refused as damaged", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    const QByteArray file = QByteArrayLiteral("VIGILATT\x00\x01") + QByteArray(100, 'a');
    const QString escape = org.a.attachmentsDir() + QStringLiteral("/../escape");
    for (const QString& id : {QStringLiteral("../escape"), escape, QStringLiteral("."),
                              Uuid7::generate() + QStringLiteral("/x")}) {
        BundleSpec spec;
        spec.rawBlobs = {{ImportSink::attachmentMeta(id), file}};
        expectRefused(org.a, org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb")),
                      "damaged");
        QDir(org.a.quarantineDir()).removeRecursively();
    }
    // The same attachment twice in one bundle.
    const QString twice = Uuid7::generate();
    BundleSpec duplicate;
    duplicate.rawBlobs = {{ImportSink::attachmentMeta(twice), file},
                          {ImportSink::attachmentMeta(twice), file}};
    expectRefused(org.a, org.write(org.coordinator, {&org.a}, duplicate, QStringLiteral("c.vgb")),
                  "damaged");
    QDir(org.a.quarantineDir()).removeRecursively();
    // A valid id with content that is not an encrypted attachment file.
    BundleSpec spec;
    spec.rawBlobs = {{ImportSink::attachmentMeta(Uuid7::generate()), QByteArray(100, 'p')}};
    expectRefused(org.a, org.write(org.coordinator, {&org.a}, spec, QStringLiteral("c.vgb")),
                  "damaged");
    CHECK(!QFile::exists(QFileInfo(escape).absoluteFilePath()));
    CHECK(filesIn(org.a.attachmentsDir()).isEmpty());
}

TEST_CASE("the quarantine holds no plaintext of a refused bundle", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    const QByteArray placeCanary = makeCanary("import-place");
    const QByteArray fileCanary = makeCanary("import-file");
    org.coordinator.addPlace(placeCanary.constData());
    const QString id = org.coordinator.addAttachment(fileCanary.repeated(50));
    BundleSpec spec = org.opsBundle(org.coordinator, 1, org.coordinator.lastSeq());
    spec.attachments = {id};
    // Not addressed to a, and, separately, addressed but cut short.
    expectRefused(org.a, org.write(org.coordinator, {&org.b}, spec, QStringLiteral("c.vgb")),
                  "not-addressed");
    const QString path = org.write(org.coordinator, {&org.a}, spec, QStringLiteral("d.vgb"));
    QFile file(path);
    REQUIRE(file.resize(file.size() - 100));
    expectRefused(org.a, path, "truncated");

    CHECK(filesIn(org.a.quarantineDir()).size() == 4);
    CHECK(scanForCanaries({org.a.quarantineDir()}, {placeCanary, fileCanary}).isEmpty());
}

TEST_CASE("ops relayed from a device outside the roster, or forged as this device's, are "
          "refused whole",
          "[import]")
{
    Org org;
    org.sendRoster(org.a);
    org.sendRoster(org.b);

    // b relays ops of a device nobody enrolled.
    Member outsider;
    outsider.addPlace("Lakeside");
    BundleSpec relayed = org.opsBundle(org.b, 1, 0);
    relayed.ops = outsider.ops(1, outsider.lastSeq());
    expectRefused(org.a, org.write(org.b, {&org.a}, relayed, QStringLiteral("relay.vgb")),
                  "invalid-changes");

    // b sends ops that claim to be a's own, beyond what a ever wrote.
    org.a.addPlace("Riverside");
    std::vector<Op> forged = org.a.ops(1, org.a.lastSeq());
    for (Op& op : forged) {
        op.seq += 100;
        op.entityId = QStringLiteral("0190a0a0-0000-7000-8000-00000000%1").arg(op.seq, 4, 10,
                                                                                QLatin1Char('0'));
    }
    BundleSpec claimed = org.opsBundle(org.b, 1, 0);
    claimed.ops = forged;
    expectRefused(org.a, org.write(org.b, {&org.a}, claimed, QStringLiteral("forged.vgb")),
                  "invalid-changes");
}

TEST_CASE("a revocation sticks: a later entry cannot bring the device back", "[import][org]")
{
    Org org;
    org.sendRoster(org.a);
    REQUIRE(Organisation(org.coordinator.vault()).revoke(org.b.id).ok());
    org.sendRoster(org.a);
    auto revoked = Roster(org.a.db()).find(org.b.id);
    REQUIRE(revoked.ok());
    REQUIRE((*revoked)->isRevoked());

    // A newer revision without the revocation, properly signed by the
    // coordinator (as a stolen coordinator key could sign it), is ignored.
    RosterEntry back = **revoked;
    back.revokedAt.reset();
    back.revision += 5;
    auto key = DeviceIdentity::signSecretKey(org.coordinator.db());
    REQUIRE(key.ok());
    // Signed with the coordinator's key into a scratch roster (b's own).
    REQUIRE(Roster(org.b.db()).signAndStore(back, org.coordinator.id, *key).ok());
    auto signedBack = Roster(org.b.db()).find(org.b.id);
    REQUIRE(signedBack.ok());
    REQUIRE(signedBack->has_value());
    REQUIRE_FALSE((*signedBack)->isRevoked());
    REQUIRE(signedBack.ok());
    auto accepted = Roster(org.a.db()).accept(Roster::toItem(**signedBack));
    REQUIRE(accepted.ok());
    CHECK_FALSE(*accepted);
    CHECK((*Roster(org.a.db()).find(org.b.id))->isRevoked());
}
