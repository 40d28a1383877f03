#include "core/repo/ObservationRepository.h"

#include "core/repo/FindingRepository.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

Observation sampleObservation(const QString& visitId)
{
    Observation o;
    o.visitId = visitId;
    o.kind = QStringLiteral("measurement");
    o.observedAt = 1'704'103'600'000LL;
    o.title = QStringLiteral("Cell 14 measures 5.8 m²");
    o.notes = QStringLiteral("Two beds, one window that does not open.");
    return o;
}

} // namespace

TEST_CASE("observations are created, read, listed, changed and removed per visit", "[observation]")
{
    test::VaultFixture f;
    const QString place = test::seedPlace(f.records());
    const QString visit = test::seedVisit(f.records(), place, 10);
    const QString other = test::seedVisit(f.records(), place, 20);
    const QString unit = test::seedUnit(f.records(), place, "Wing B");
    ObservationRepository repo(f.records());

    Observation o = sampleObservation(visit);
    o.unitId = unit;
    auto id = repo.create(o);
    REQUIRE(id.ok());
    Observation untimed = sampleObservation(visit);
    untimed.observedAt.reset();
    untimed.title = QStringLiteral("Showers without curtains");
    REQUIRE(repo.create(untimed).ok());
    Observation early = sampleObservation(visit);
    early.observedAt = *o.observedAt - 60'000;
    early.title = QStringLiteral("Reception area");
    REQUIRE(repo.create(early).ok());
    REQUIRE(repo.create(sampleObservation(other)).ok());

    auto read = repo.get(*id);
    REQUIRE(read.ok());
    CHECK(read->title == o.title);
    CHECK(read->unitId == unit);
    CHECK(read->observedAt == o.observedAt);
    CHECK(read->kind == QStringLiteral("measurement"));

    auto list = repo.listForVisit(visit);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).title == early.title); // by time, untimed last
    CHECK(list->at(1).id == *id);
    CHECK(list->at(2).title == untimed.title);

    const qint64 ops = f.count("SELECT count(*) FROM change_op");
    read->notes = QStringLiteral("Window repaired during the visit.");
    read->unitId.clear();
    REQUIRE(repo.update(*read).ok());
    CHECK(f.count("SELECT count(*) FROM change_op") == ops + 2);
    CHECK(repo.get(*id)->unitId.isEmpty());

    REQUIRE(repo.remove(*id).ok());
    CHECK(repo.get(*id).error().kind == ErrorKind::NotFound);
    CHECK(repo.listForVisit(visit)->size() == 2);
}

TEST_CASE("observation validation names the field and writes nothing", "[observation]")
{
    test::VaultFixture f;
    const QString place = test::seedPlace(f.records());
    const QString visit = test::seedVisit(f.records(), place, 10);
    const QString elsewhere = test::seedPlace(f.records(), "Harbour Police Station");
    const QString foreignUnit = test::seedUnit(f.records(), elsewhere, "Cells");
    ObservationRepository repo(f.records());
    const qint64 ops = f.count("SELECT count(*) FROM change_op");

    Observation untitled = sampleObservation(visit);
    untitled.title = QStringLiteral("   ");
    auto e1 = repo.create(untitled);
    REQUIRE_FALSE(e1.ok());
    CHECK(e1.error().kind == ErrorKind::Validation);
    CHECK(e1.error().message.contains(QStringLiteral("observation.title")));

    Observation badKind = sampleObservation(visit);
    badKind.kind = QStringLiteral("rumour");
    CHECK(repo.create(badKind).error().message.contains(QStringLiteral("observation.kind")));

    Observation noVisit = sampleObservation(visit);
    noVisit.visitId.clear();
    CHECK(repo.create(noVisit).error().message.contains(QStringLiteral("observation.visit_id")));

    Observation wrongUnit = sampleObservation(visit);
    wrongUnit.unitId = foreignUnit;
    auto e4 = repo.create(wrongUnit);
    REQUIRE_FALSE(e4.ok());
    CHECK(e4.error().message.contains(QStringLiteral("observation.unit_id")));

    CHECK(f.count("SELECT count(*) FROM observation") == 0);
    CHECK(f.count("SELECT count(*) FROM change_op") == ops);
    CHECK(f.count("SELECT count(*) FROM audit_event WHERE entity = 'observation'") == 0);
}

TEST_CASE("removing an observation takes it out of the findings' evidence", "[observation]")
{
    test::VaultFixture f;
    const QString place = test::seedPlace(f.records());
    const QString visit = test::seedVisit(f.records(), place, 10);
    ObservationRepository observations(f.records());
    FindingRepository findings(f.records());
    auto obs = observations.create(sampleObservation(visit));
    REQUIRE(obs.ok());
    Finding finding;
    finding.visitId = visit;
    finding.category = QStringLiteral("material_conditions");
    finding.title = QStringLiteral("Cells below the minimum size");
    auto fid = findings.create(finding);
    REQUIRE(fid.ok());
    REQUIRE(findings.linkEvidence(*fid, QStringLiteral("observation"), *obs).ok());
    CHECK(findings.get(*fid)->sources == 1);

    REQUIRE(observations.remove(*obs).ok());
    CHECK(findings.evidence(*fid)->isEmpty());
    CHECK(findings.findingsUsing(*obs)->isEmpty());
    CHECK(findings.get(*fid)->sources == 0);
    CHECK(f.count("SELECT count(*) FROM finding_evidence WHERE deleted = 1") == 1);
}
