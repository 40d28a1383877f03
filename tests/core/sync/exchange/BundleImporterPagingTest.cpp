// BundleImporter merges a bundle's ops in pages as the reader delivers them,
// inside the one transaction: the outcome is that of one merge, and a
// failure after some pages were applied still leaves nothing applied.
#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/sync/Hlc.h"
#include "core/sync/exchange/BundleImporter.h"
#include "core/sync/exchange/ImportSink.h"
#include "core/sync/exchange/InboxRepository.h"
#include "core/vault/Vault.h"
#include "tests/core/sync/exchange/BundleImportFixture.h"

#include <QDateTime>
#include <QFile>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace vigil;
using namespace vigil::test;
using Outcome = ImportReport::Outcome;

namespace {

// A coordinator with places enough for several pages of a few ops.
struct Paged
{
    Org org;
    qint64 last = 0;

    Paged()
    {
        org.sendRoster(org.a);
        for (const char* name : {"One", "Two", "Three", "Four", "Five", "Six", "Seven"})
            org.coordinator.addPlace(name);
        last = org.coordinator.lastSeq();
        REQUIRE(last >= 14);
    }
};

} // namespace

TEST_CASE("a bundle merged in pages ends as if merged at once", "[import]")
{
    Paged p;
    const qsizetype page = GENERATE(1, 2, 5, 4096);
    CAPTURE(page);
    const BundleSpec spec = p.org.opsBundle(p.org.coordinator, 1, p.last);
    const ImportReport report = importOk(
        p.org.a, p.org.write(p.org.coordinator, {&p.org.a}, spec, QStringLiteral("c.vgb")), page);
    CHECK(report.ops == p.last);
    CHECK(report.merge.received == p.last);
    CHECK(report.merge.stored == p.last);
    CHECK(report.merge.recordsCreated == 7);
    CHECK(Snapshot::of(p.org.a).digest == Snapshot::of(p.org.coordinator).digest);
}

TEST_CASE("an invalid op in a late page leaves the earlier pages unapplied", "[import]")
{
    Paged p;
    BundleSpec spec = p.org.opsBundle(p.org.coordinator, 1, p.last);
    Op bad = spec.ops.front();
    bad.seq = p.last + 1;
    bad.field = QStringLiteral("type");
    bad.value = QStringLiteral("castle"); // not a type of place
    spec.ops.push_back(bad);
    const Snapshot before = Snapshot::of(p.org.a);
    auto report = p.org.a.importer(2).importFile(
        p.org.write(p.org.coordinator, {&p.org.a}, spec, QStringLiteral("c.vgb")));
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Quarantined);
    CHECK(report->reason == QStringLiteral("invalid-changes"));
    CHECK(Snapshot::of(p.org.a) == before);
}

TEST_CASE("a damaged file after the applied pages leaves nothing applied", "[import]")
{
    Paged p;
    BundleSpec spec = p.org.opsBundle(p.org.coordinator, 1, p.last);
    // After every op: a blob no Vigil writes (its meta names no attachment).
    QCborMap meta;
    meta.insert(1, QStringLiteral("script"));
    spec.rawBlobs = {{meta, QByteArray(100, 'x')}};
    const Snapshot before = Snapshot::of(p.org.a);
    const QString path = p.org.write(p.org.coordinator, {&p.org.a}, spec, QStringLiteral("c.vgb"));
    auto report = p.org.a.importer(3).importFile(path);
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Quarantined);
    CHECK(report->reason == QStringLiteral("damaged"));
    CHECK(Snapshot::of(p.org.a) == before);
    CHECK(filesIn(p.org.a.attachmentsDir()).isEmpty());
}

TEST_CASE("a gap found at the first page applies nothing, and the bundle waits", "[import]")
{
    Paged p;
    const BundleSpec spec = p.org.opsBundle(p.org.coordinator, 3, p.last);
    const Snapshot before = Snapshot::of(p.org.a);
    const QString path = p.org.write(p.org.coordinator, {&p.org.a}, spec, QStringLiteral("c.vgb"));
    auto report = p.org.a.importer(2).importFile(path);
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Waiting);
    CHECK(report->ops == p.last - 2);
    CHECK(Snapshot::of(p.org.a) == before);
    CHECK(QFile::exists(path));

    importOk(p.org.a,
             p.org.write(p.org.coordinator, {&p.org.a}, p.org.opsBundle(p.org.coordinator, 1, 2),
                         QStringLiteral("c-0.vgb")),
             2);
    importOk(p.org.a, path, 2);
    CHECK(Snapshot::of(p.org.a).digest == Snapshot::of(p.org.coordinator).digest);
}

TEST_CASE("roster or coverage after the ops makes a bundle damaged", "[import]")
{
    // A page handler relies on both being complete before the first op.
    Paged p;
    BundleSpec spec = p.org.opsBundle(p.org.coordinator, 1, p.last);
    if (GENERATE(false, true)) {
        spec.lateCoverage = spec.coverage;
        spec.coverage.clear();
    } else {
        spec.lateRoster = p.org.rosterItems();
    }
    const Snapshot before = Snapshot::of(p.org.a);
    auto report = p.org.a.importer().importFile(
        p.org.write(p.org.coordinator, {&p.org.a}, spec, QStringLiteral("c.vgb")));
    REQUIRE(report.ok());
    CHECK(report->outcome == Outcome::Quarantined);
    CHECK(report->reason == QStringLiteral("damaged"));
    CHECK(Snapshot::of(p.org.a) == before);
}

TEST_CASE("a bundle refused after applied pages leaves the clock where it was", "[import]")
{
    // Stamps a year ahead in the early pages must not reach the clock when
    // a later page makes the bundle refused: local edits would carry them.
    Paged p;
    BundleSpec spec = p.org.opsBundle(p.org.coordinator, 1, p.last);
    const qint64 ahead =
        Hlc::make(QDateTime::currentMSecsSinceEpoch() + 365LL * 24 * 3600 * 1000, 0);
    for (Op& op : spec.ops)
        op.hlc = ahead + op.seq;
    Op bad = spec.ops.front();
    bad.seq = p.last + 1;
    bad.field = QStringLiteral("type");
    bad.value = QStringLiteral("castle");
    spec.ops.push_back(bad);
    const qint64 before = p.org.a.vault().records().clock().last();
    auto report = p.org.a.importer(2).importFile(
        p.org.write(p.org.coordinator, {&p.org.a}, spec, QStringLiteral("c.vgb")));
    REQUIRE(report.ok());
    REQUIRE(report->outcome == Outcome::Quarantined);
    CHECK(p.org.a.vault().records().clock().last() == before);
    CHECK(p.org.a.vault().records().clock().last() < ahead);
}

TEST_CASE("the conflicts a paged import reports are those it left", "[import]")
{
    Org org;
    org.sendRoster(org.a);
    const QString place = org.coordinator.addPlace("Lakeside");
    const qint64 first = org.coordinator.lastSeq();
    importOk(org.a, org.write(org.coordinator, {&org.a}, org.opsBundle(org.coordinator, 1, first),
                              QStringLiteral("c-1.vgb")));
    // Both write the place's notes without seeing the other's.
    REQUIRE(
        org.a.vault()
            .records()
            .updateOne(catalog::kPlace, place, {{"risk_notes", QStringLiteral("Written on a.")}})
            .ok());
    REQUIRE(org.coordinator.vault()
                .records()
                .updateOne(catalog::kPlace, place,
                           {{"risk_notes", QStringLiteral("Written at the secretariat.")}})
                .ok());
    org.coordinator.addPlace("Hillview"); // more pages after the conflicting one
    const qint64 page = GENERATE(1, 4096);
    CAPTURE(page);
    const ImportReport report =
        importOk(org.a,
                 org.write(org.coordinator, {&org.a},
                           org.opsBundle(org.coordinator, first + 1, org.coordinator.lastSeq()),
                           QStringLiteral("c-2.vgb")),
                 page);
    CHECK(report.merge.conflictsAdded == 1);
    auto rows = InboxRepository(org.a.db()).list();
    REQUIRE(rows.ok());
    CHECK(rows->front().conflicts == 1);
}
