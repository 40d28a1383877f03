#include "core/sync/exchange/BundleExporter.h"

#include "core/attachments/AttachmentStore.h"
#include "core/repo/EntityCatalog.h"
#include "core/store/Statement.h"
#include "core/sync/exchange/PeerState.h"
#include "core/sync/merge/OpLog.h"
#include "core/util/Uuid7.h"
#include "tests/core/repo/InterviewFixture.h"
#include "tests/core/sync/exchange/ExchangeTestSupport.h"
#include "tests/core/sync/merge/MergeTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>
#include <ctime>
#include <limits>
#include <map>
#include <set>

using namespace vigil;
using test::OrgDevice;
using test::ReadBundle;

namespace {

struct Exported
{
    ExportResult result;
    std::vector<ReadBundle> bundles;

    std::vector<Op> ops() const
    {
        std::vector<Op> all;
        for (const ReadBundle& b : bundles)
            all.insert(all.end(), b.ops.begin(), b.ops.end());
        return all;
    }
    std::set<OpKey> keys() const
    {
        std::set<OpKey> out;
        for (const Op& op : ops())
            out.insert({op.deviceId, op.seq});
        return out;
    }
    QStringList entityIds() const
    {
        QStringList out;
        for (const Op& op : ops())
            out.append(op.entityId);
        out.removeDuplicates();
        return out;
    }
};

// Exports what `from` has for `to` and opens every file as `to` would.
Exported exportTo(OrgDevice& from, OrgDevice& to, const QString& outDir,
                  const ExportOptions& options = {})
{
    Exported out;
    auto result = BundleExporter(*from.vault).exportFor(to.entry, outDir, options);
    REQUIRE_OK(result);
    out.result = *result;
    for (const ExportedBundle& file : out.result.files) {
        auto read = test::readBundle(to, file.path);
        REQUIRE_OK(read);
        out.bundles.push_back(*read);
    }
    return out;
}

void markPut(OrgDevice& from, OrgDevice& to, const ExportResult& result, qint64 nowMs)
{
    for (const ExportedBundle& file : result.files)
        REQUIRE_OK(PeerState(from.db()).markPut(to.id(), file.put, nowMs));
}

std::map<QString, qint64> receivedOf(OrgDevice& device)
{
    auto vector = OpLog::receivedVector(device.db(), device.id());
    REQUIRE_OK(vector);
    return {vector->begin(), vector->end()};
}

std::set<OpKey> allKeys(OrgDevice& device, const QString& exceptOrigin)
{
    auto stmt = device.db().prepare("SELECT device_id, seq FROM change_op WHERE device_id <> ?");
    REQUIRE_OK(stmt);
    stmt->bind(1, exceptOrigin);
    std::set<OpKey> keys;
    while (*stmt->step())
        keys.insert({stmt->columnText(0), stmt->columnInt(1)});
    return keys;
}

// What the import does with a bundle, reduced to what these tests need: the
// ops merged, and each coverage range moving the received vector on.
void absorb(OrgDevice& to, const Exported& e)
{
    for (const ReadBundle& b : e.bundles) {
        REQUIRE_OK(test::deliver(to.records(), b.ops));
        for (const CoverageRange& r : b.coverage) {
            auto stmt = to.db().prepare(
                "INSERT INTO sync_received(device_id, highest_seq) VALUES (?, ?) "
                "ON CONFLICT(device_id) DO UPDATE SET highest_seq = max(highest_seq, "
                "excluded.highest_seq)");
            REQUIRE_OK(stmt);
            stmt->bind(1, r.originId).bind(2, r.to);
            REQUIRE_OK(stmt->run());
        }
    }
}

bool carries(const Exported& e, const QString& entityId)
{
    return e.entityIds().contains(entityId);
}

} // namespace

TEST_CASE("a monitor receives its own team's records, nothing of other teams and nothing for "
          "coordinators only",
          "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    const Exported e = exportTo(s.coordinator, s.monitor1, out->path());
    REQUIRE(e.result.files.size() == 1);

    // Visit 2 is written on M2 only: none of its records reaches M1.
    const QByteArray byM2 = "device_id = '" + s.monitor2.id().toUtf8() + "'";
    const QStringList visit2Records = test::entityIds(s.monitor2.db(), byM2.constData());
    REQUIRE(visit2Records.contains(s.finding2));
    for (const QString& id : visit2Records)
        CHECK_FALSE(carries(e, id));
    for (const Op& op : e.ops()) {
        INFO(op.entity.toStdString() << "." << op.field.toStdString());
        CHECK(op.scope != QStringLiteral("coordinator"));
        CHECK(op.entity != QStringLiteral("identity_entry"));
        CHECK(op.entity != QStringLiteral("reprisal_allegation"));
        CHECK(op.scope != QStringLiteral("medical")); // M1 is neither medical nor lead
    }
    CHECK_FALSE(carries(e, s.identityEntry));
    CHECK_FALSE(carries(e, s.reprisal));
    CHECK_FALSE(carries(e, s.medical));
    // What it needs: the organisation records and visit 1.
    CHECK(carries(e, s.org->placeId));
    CHECK(carries(e, s.monitor1.personId()));
    CHECK(carries(e, s.visit1));
    CHECK(carries(e, s.finding1));
    CHECK(carries(e, s.interview));

    // Its coverage still vouches for every origin up to what C holds, so M1
    // learns it lacks nothing of what it was not sent.
    const auto received = receivedOf(s.coordinator);
    const ReadBundle& b = e.bundles.front();
    std::map<QString, std::pair<qint64, qint64>> coverage;
    for (const CoverageRange& r : b.coverage)
        coverage[r.originId] = {r.from, r.to};
    CHECK(coverage.size() == 3); // C, L and M2; nothing of M1 goes back to it
    for (const auto& [origin, seq] : received) {
        if (origin == s.monitor1.id())
            continue;
        CHECK(coverage[origin] == std::pair<qint64, qint64>(1, seq));
    }
}

TEST_CASE("a device vouches for what it relays only on behalf of a peer entitled to no more",
          "[exchange]")
{
    test::ExchangeScenario s;
    OrgDevice& c = s.coordinator;
    // C writes to both visits: visit 2's finding reaches neither L nor M1.
    const QString mine = test::addFinding(c, s.visit1, QStringLiteral("Water cut at night"));
    const QString hidden = test::addFinding(c, s.visit2, QStringLiteral("Yard closed"));
    const qint64 ownC = receivedOf(c)[c.id()];
    auto out = test::tempDir();
    absorb(s.lead, exportTo(c, s.lead, out->filePath(QStringLiteral("l"))));
    absorb(s.monitor1, exportTo(c, s.monitor1, out->filePath(QStringLiteral("m1"))));
    REQUIRE(receivedOf(s.lead)[c.id()] == ownC);
    REQUIRE(receivedOf(s.monitor1)[c.id()] == ownC);
    test::addFinding(s.monitor1, s.visit1, QStringLiteral("No interpreter"));
    const QStringList hiddenOps = test::entityIds(c.db(), "entity = 'finding'");
    REQUIRE(hiddenOps.contains(hidden));

    const auto coverageOf = [](const Exported& e, const QString& origin) {
        std::pair<qint64, qint64> range{0, -1};
        for (const ReadBundle& b : e.bundles) {
            for (const CoverageRange& r : b.coverage) {
                if (r.originId == origin)
                    range = {r.from, r.to};
            }
        }
        return range;
    };
    // L's teams include M1's: L vouches for all of C's ops it was vouched.
    const Exported lToM1 = exportTo(s.lead, s.monitor1, out->filePath(QStringLiteral("lm1")));
    CHECK(carries(lToM1, mine));
    CHECK(coverageOf(lToM1, c.id()) == std::pair<qint64, qint64>(1, ownC));

    // M1 is not medical on visit 1 as L is, and no coordinator: its coverage of
    // C's ops stops before the first one it does not hold.
    auto firstHidden = test::scalar(
        c.db(), QStringLiteral("SELECT min(seq) FROM change_op WHERE device_id = '%1' AND "
                               "entity_id = '%2'")
                    .arg(c.id(), hidden));
    const Exported m1ToL = exportTo(s.monitor1, s.lead, out->filePath(QStringLiteral("m1l")));
    CHECK(coverageOf(m1ToL, c.id()) == std::pair<qint64, qint64>(1, firstHidden.toLongLong() - 1));
    // Its own ops it holds whole.
    REQUIRE(receivedOf(s.monitor1)[s.monitor1.id()] > 0);
    CHECK(coverageOf(m1ToL, s.monitor1.id()).second == receivedOf(s.monitor1)[s.monitor1.id()]);
}

TEST_CASE("an op whose visit cannot be told yet waits, and the coverage with it", "[exchange]")
{
    test::ExchangeScenario s;
    OrgDevice& c = s.coordinator;
    // Device A links evidence to a finding of device B, whose ops C lacks.
    test::OpMaker a('a');
    test::OpMaker b('b');
    const QString findingA = Uuid7::generate();
    const QString findingB = Uuid7::generate();
    const QString evidence = Uuid7::generate();
    const QString later = Uuid7::generate();
    const auto opsA = test::join({test::newFinding(a, test::stamp(1), findingA, s.visit1, "Mould"),
                                  a.change(test::stamp(2), catalog::kFindingEvidence, evidence,
                                           {{"finding_id", findingB},
                                            {"evidence_kind", QStringLiteral("interview")},
                                            {"evidence_id", s.interview}}),
                                  test::newFinding(a, test::stamp(3), later, s.visit1, "Rats")});
    REQUIRE_OK(test::deliver(c.records(), opsA));
    const qint64 firstEvidenceSeq = opsA[5].seq;
    REQUIRE(opsA[5].entityId == evidence);

    auto out = test::tempDir();
    const Exported first = exportTo(c, s.monitor1, out->filePath(QStringLiteral("1")));
    CHECK(carries(first, findingA));
    CHECK_FALSE(carries(first, evidence));
    CHECK_FALSE(carries(first, later)); // behind it, so the range can end before it
    std::map<QString, qint64> ends;
    for (const CoverageRange& r : first.bundles.front().coverage)
        ends[r.originId] = r.to;
    CHECK(ends[a.device] == firstEvidenceSeq - 1);
    markPut(c, s.monitor1, first.result, 1000);

    // B's finding (visit 1) arrives: the evidence is M1's too, and the rest follows.
    REQUIRE_OK(test::deliver(c.records(),
                             test::newFinding(b, test::stamp(4), findingB, s.visit1, "Damp")));
    const Exported second = exportTo(c, s.monitor1, out->filePath(QStringLiteral("2")));
    CHECK(carries(second, evidence));
    CHECK(carries(second, later));
    CHECK(carries(second, findingB));
    CHECK_FALSE(carries(second, findingA));
}

TEST_CASE("the coordinator receives everything", "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    const Exported e = exportTo(s.lead, s.coordinator, out->path());
    CHECK(e.keys() == allKeys(s.lead, s.coordinator.id()));
    CHECK(carries(e, s.identityEntry));
    CHECK(carries(e, s.reprisal));
    CHECK(carries(e, s.medical));
}

TEST_CASE("medical records go to the visit's lead and medical member only", "[exchange]")
{
    test::ExchangeScenario s;
    // A doctor's note of visit 1 typed on the coordinator's laptop (L wrote s.medical
    // itself, and its own ops never go back to it).
    auto note =
        s.coordinator.records().insertOne(catalog::kObservation,
                                          {{"visit_id", s.visit1},
                                           {"kind", QStringLiteral("observation")},
                                           {"title", QStringLiteral("Fracture documented")}},
                                          "medical");
    REQUIRE_OK(note);
    auto out = test::tempDir();
    CHECK(carries(exportTo(s.coordinator, s.lead, out->filePath(QStringLiteral("l"))), *note));
    const Exported m1 = exportTo(s.coordinator, s.monitor1, out->filePath(QStringLiteral("m1")));
    CHECK_FALSE(carries(m1, *note));
    CHECK_FALSE(carries(m1, s.medical));
    CHECK_FALSE(
        carries(exportTo(s.coordinator, s.monitor2, out->filePath(QStringLiteral("m2"))), *note));

    test::addToTeam(s.coordinator, s.visit1, s.monitor2, QStringLiteral("medical"));
    const Exported m2 = exportTo(s.coordinator, s.monitor2, out->filePath(QStringLiteral("m2b")));
    CHECK(carries(m2, *note));
    CHECK(carries(m2, s.medical));
    CHECK(carries(m2, s.finding1));
    CHECK_FALSE(carries(m2, s.identityEntry));
}

TEST_CASE("a device added to a visit's team later receives the visit's earlier ops once",
          "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    const Exported first = exportTo(s.coordinator, s.monitor2, out->filePath(QStringLiteral("1")));
    CHECK_FALSE(carries(first, s.finding1));
    REQUIRE(first.result.files.back().put.visits == QStringList{s.visit2});
    markPut(s.coordinator, s.monitor2, first.result, 1000);

    // Written on L before M2 joined, and already covered for M2.
    test::addToTeam(s.coordinator, s.visit1, s.monitor2, QStringLiteral("monitor"));
    const Exported second = exportTo(s.coordinator, s.monitor2, out->filePath(QStringLiteral("2")));
    CHECK(carries(second, s.visit1));
    CHECK(carries(second, s.finding1));
    CHECK(carries(second, s.interview));
    CHECK_FALSE(carries(second, s.identityEntry));
    CHECK_FALSE(carries(second, s.medical));
    // Those earlier ops are extras: the coverage only vouches for what is new.
    for (const CoverageRange& r : second.bundles.front().coverage)
        CHECK(r.originId == s.coordinator.id());
    QStringList visits = *second.result.files.back().put.visits;
    visits.sort();
    QStringList expected{s.visit1, s.visit2};
    expected.sort();
    CHECK(visits == expected);
    markPut(s.coordinator, s.monitor2, second.result, 2000);
    auto sent = PeerState(s.coordinator.db()).sentVisits(s.monitor2.id());
    REQUIRE_OK(sent);
    CHECK(*sent == expected);

    // Once sent, not again.
    const Exported third = exportTo(s.coordinator, s.monitor2, out->filePath(QStringLiteral("3")));
    CHECK(third.result.files.empty());
}

TEST_CASE("bundles name their sender, number and own seq range; what was put is not sent again",
          "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    OrgDevice& c = s.coordinator;
    const qint64 own = receivedOf(c)[c.id()];
    const Exported e = exportTo(c, s.monitor1, out->path());
    REQUIRE(e.result.files.size() == 1);
    const ExportedBundle& file = e.result.files.front();
    CHECK(file.fileName == QStringLiteral("%1-0000000001-1-%2.vgb").arg(c.id()).arg(own));
    CHECK(QFileInfo(file.path).fileName() == file.fileName);
    CHECK(QDir(out->path()).entryList(QDir::Files) == QStringList{file.fileName}); // no .part left
    const ReadBundle& b = e.bundles.front();
    CHECK(b.summary.header.senderId == c.id());
    CHECK(b.summary.header.firstSeq == 1);
    CHECK(b.summary.header.lastSeq == quint64(own));
    CHECK(file.ops == qint64(b.ops.size()));
    CHECK(file.size == QFileInfo(file.path).size());

    // Roster first, then the coverage, the ops and the ack last.
    REQUIRE(b.order.size() == 4 + 1 + qsizetype(b.ops.size()) + 1);
    CHECK(b.roster.size() == 4);
    CHECK(b.order.at(4) == QStringLiteral("coverage"));
    CHECK(b.order.last() == QStringLiteral("ack"));
    auto vector = OpLog::receivedVector(c.db(), c.id());
    REQUIRE_OK(vector);
    CHECK(b.ack == *vector);

    markPut(c, s.monitor1, e.result, 1000);
    PeerState peers(c.db());
    auto vectors = peers.vectors(s.monitor1.id());
    REQUIRE_OK(vectors);
    for (const PeerVector& v : *vectors)
        CHECK(v.sent == receivedOf(c)[v.originId]);
    CHECK(peers.times(s.monitor1.id())->bundlesPut == 1);

    // Nothing new, the same ack: no bundle.
    CHECK(exportTo(c, s.monitor1, out->filePath(QStringLiteral("again"))).result.files.empty());

    // A new finding of visit 1 on C: only what follows.
    const QString later = test::addFinding(c, s.visit1, QStringLiteral("Broken windows"));
    const Exported next = exportTo(c, s.monitor1, out->filePath(QStringLiteral("next")));
    REQUIRE(next.result.files.size() == 1);
    CHECK(next.result.files.front().fileName.startsWith(c.id() + QStringLiteral("-0000000002-")));
    const ReadBundle& nb = next.bundles.front();
    REQUIRE(nb.coverage.size() == 1);
    CHECK(nb.coverage.front().originId == c.id());
    CHECK(nb.coverage.front().from == own + 1);
    CHECK(nb.coverage.front().to == receivedOf(c)[c.id()]);
    CHECK(next.entityIds() == QStringList{later});
}

TEST_CASE("acks travel even when there is nothing else to send", "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    OrgDevice& c = s.coordinator;
    markPut(c, s.monitor1, exportTo(c, s.monitor1, out->filePath(QStringLiteral("1"))).result,
            1000);

    // C receives more of visit 2, which M1 may not see: M1 still gets C's new ack.
    test::addFinding(s.monitor2, s.visit2, QStringLiteral("Yard closed"));
    test::copyOps(s.monitor2, c);
    const Exported e = exportTo(c, s.monitor1, out->filePath(QStringLiteral("2")));
    REQUIRE(e.result.files.size() == 1);
    CHECK(e.ops().empty());
    const ReadBundle& b = e.bundles.front();
    REQUIRE(b.coverage.size() == 1);
    CHECK(b.coverage.front().originId == s.monitor2.id());
    const std::map<QString, qint64> ack(b.ack.begin(), b.ack.end());
    CHECK(ack.at(s.monitor2.id()) == receivedOf(c)[s.monitor2.id()]);
}

TEST_CASE("a large export is split into bundles that each vouch for what they carry", "[exchange]")
{
    test::ExchangeScenario s;
    for (int i = 0; i < 120; ++i)
        test::addFinding(s.lead, s.visit1, QStringLiteral("Finding %1").arg(i));
    test::copyOps(s.lead, s.coordinator);
    auto out = test::tempDir();
    const Exported whole = exportTo(s.coordinator, s.monitor1, out->filePath(QStringLiteral("w")));
    REQUIRE(whole.result.files.size() == 1);

    ExportOptions small;
    small.limits.maxBundleSize = 24 * 1024;
    const Exported split =
        exportTo(s.coordinator, s.monitor1, out->filePath(QStringLiteral("s")), small);
    REQUIRE(split.result.files.size() > 3);
    CHECK(split.keys() == whole.keys());
    CHECK(split.ops().size() == whole.ops().size()); // nothing twice

    std::map<QString, qint64> next; // per origin, the seq the next range must start at
    for (std::size_t i = 0; i < split.bundles.size(); ++i) {
        const ReadBundle& b = split.bundles[i];
        const ExportedBundle& file = split.result.files[i];
        CHECK(file.size <= small.limits.maxBundleSize);
        CHECK(file.fileName.startsWith(
            s.coordinator.id() + QStringLiteral("-%1-").arg(i + 1, 10, 10, QLatin1Char('0'))));
        CHECK(b.roster.size() == (i == 0 ? 4 : 0));
        CHECK(b.order.last() == QStringLiteral("ack"));
        std::map<QString, std::pair<qint64, qint64>> ranges;
        for (const CoverageRange& r : b.coverage) {
            ranges[r.originId] = {r.from, r.to};
            const qint64 expected = next.count(r.originId) ? next[r.originId] : 1;
            CHECK(r.from == expected);
            next[r.originId] = r.to + 1;
        }
        CHECK(file.put.coverage.size() == b.coverage.size());
        for (const Op& op : b.ops) {
            REQUIRE(ranges.count(op.deviceId) == 1);
            CHECK(op.seq >= ranges[op.deviceId].first);
            CHECK(op.seq <= ranges[op.deviceId].second);
        }
    }
    for (const auto& [origin, seq] : receivedOf(s.coordinator)) {
        if (origin != s.monitor1.id())
            CHECK(next[origin] == seq + 1);
    }
}

TEST_CASE("attachment files arrive intact, only where their record goes", "[exchange]")
{
    test::ExchangeScenario s;
    QByteArray photo(300 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < photo.size(); ++i)
        photo[i] = char((i * 31 + 7) % 251);
    QBuffer source(&photo);
    source.open(QIODevice::ReadOnly);
    AttachmentStore store(*s.lead.vault);
    auto attachment = store.import(source, NewAttachment{QStringLiteral("finding"), s.finding1,
                                                         QStringLiteral("cell.png"),
                                                         QStringLiteral("image/png")});
    REQUIRE_OK(attachment);
    QFile stored(store.filePath(attachment->id));
    REQUIRE(stored.open(QIODevice::ReadOnly));
    const QByteArray storedBytes = stored.readAll();

    auto out = test::tempDir();
    const Exported toC = exportTo(s.lead, s.coordinator, out->filePath(QStringLiteral("c")));
    REQUIRE(toC.bundles.size() == 1);
    const ReadBundle& b = toC.bundles.front();
    REQUIRE(b.blobs.size() == 1);
    CHECK(b.blobs.front().meta.value(1).toString() == QStringLiteral("attachment"));
    CHECK(b.blobs.front().meta.value(2).toString() == attachment->id);
    CHECK(b.blobs.front().bytes == storedBytes);
    CHECK(b.order.at(b.order.size() - 2) == QStringLiteral("blob"));
    CHECK(toC.result.files.front().blobs == 1);

    // The coordinator, given the ops and the file, opens the photo.
    test::copyOps(s.lead, s.coordinator);
    AttachmentStore received(*s.coordinator.vault);
    QDir().mkpath(s.coordinator.vault->attachmentsPath());
    QFile target(received.filePath(attachment->id));
    REQUIRE(target.open(QIODevice::WriteOnly));
    target.write(b.blobs.front().bytes);
    target.close();
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    REQUIRE_OK(received.exportTo(attachment->id, plain));
    CHECK(plain.data() == photo);

    // M2 is not on visit 1: neither the record nor the file.
    const Exported toM2 = exportTo(s.lead, s.monitor2, out->filePath(QStringLiteral("m2")));
    CHECK_FALSE(carries(toM2, attachment->id));
    for (const ReadBundle& rb : toM2.bundles)
        CHECK(rb.blobs.empty());

    // A file larger than any bundle stays home; its record still travels.
    ExportOptions small;
    small.limits.maxBundleSize = 128 * 1024;
    const Exported tight =
        exportTo(s.lead, s.coordinator, out->filePath(QStringLiteral("tight")), small);
    CHECK(tight.result.skippedAttachments == QStringList{attachment->id});
    CHECK(carries(tight, attachment->id));
    for (const ReadBundle& rb : tight.bundles)
        CHECK(rb.blobs.empty());
}

TEST_CASE("nothing is sent to a revoked device or to the device itself", "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    RosterEntry revoked = s.monitor1.entry;
    revoked.revokedAt = 1;
    REQUIRE_REFUSED(BundleExporter(*s.coordinator.vault).exportFor(revoked, out->path()),
                    ErrorKind::Validation);
    REQUIRE_REFUSED(
        BundleExporter(*s.coordinator.vault).exportFor(s.coordinator.entry, out->path()),
        ErrorKind::Usage);
    CHECK(QDir(out->path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("a failed export leaves no file behind", "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    // An op larger than a tiny bundle cannot be planned: no file at all.
    REQUIRE_OK(s.coordinator.records().updateOne(catalog::kFinding, s.finding1,
                                                 {{"facts", QString(6000, QLatin1Char('x'))}}));
    ExportOptions tiny;
    tiny.limits.maxBundleSize = 4096;
    auto result =
        BundleExporter(*s.coordinator.vault).exportFor(s.monitor1.entry, out->path(), tiny);
    REQUIRE_FALSE(result.ok());
    CHECK(QDir(out->path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("ops a peer lost are sent again from its ack once its inbox was emptied", "[exchange]")
{
    test::ExchangeScenario s;
    auto out = test::tempDir();
    OrgDevice& c = s.coordinator;
    const Exported first = exportTo(c, s.monitor1, out->filePath(QStringLiteral("1")));
    markPut(c, s.monitor1, first.result, 1000);
    PeerState peers(c.db());

    // M1's bundle, made before it fetched ours, acks nothing of C: too early to tell.
    REQUIRE_OK(peers.recordAck(s.monitor1.id(), {{c.id(), 0}}, 1500));
    CHECK(exportTo(c, s.monitor1, out->filePath(QStringLiteral("2"))).result.files.empty());

    // Our bundle is gone from M1's inbox, and M1's next bundle still acks nothing:
    // it was lost (or quarantined) there.
    REQUIRE_OK(peers.noticeGone(s.monitor1.id(), 2000));
    REQUIRE_OK(peers.recordAck(s.monitor1.id(), {{c.id(), 0}}, 3000));
    const Exported again = exportTo(c, s.monitor1, out->filePath(QStringLiteral("3")));
    REQUIRE(again.result.files.size() == 1);
    CHECK(again.keys() == first.keys());
    CHECK(again.result.files.front().put.number == 2);
    markPut(c, s.monitor1, again.result, 4000);

    // Re-sent once: acks that predate its fetch change nothing.
    REQUIRE_OK(peers.recordAck(s.monitor1.id(), {{c.id(), 0}}, 5000));
    CHECK(exportTo(c, s.monitor1, out->filePath(QStringLiteral("4"))).result.files.empty());
}

TEST_CASE("100,000 ops export in seconds", "[.][perf][exchange-perf]")
{
    auto org = test::makeOrg({QStringLiteral("coordinator"), QStringLiteral("monitor")});
    OrgDevice& c = (*org)[0];
    OrgDevice& m = (*org)[1];
    const QString theirs = test::makeVisit(c, org->placeId, {{&m, QStringLiteral("monitor")}});
    const QString others = test::makeVisit(c, org->placeId, {});
    {
        auto tx = c.records().beginWrite();
        REQUIRE_OK(tx);
        for (int i = 0; i < 20000; ++i) {
            REQUIRE_OK(tx->insert(catalog::kFinding,
                                  {{"visit_id", i % 2 ? theirs : others},
                                   {"category", QStringLiteral("material_conditions")},
                                   {"title", QStringLiteral("Finding %1").arg(i)},
                                   {"facts", QStringLiteral("Cells hold twice their capacity.")},
                                   {"severity", QStringLiteral("high")}}));
        }
        REQUIRE_OK(tx->commit());
    }
    auto out = test::tempDir();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    auto result = BundleExporter(*c.vault).exportFor(m.entry, out->path());
    REQUIRE_OK(result);
    const qint64 ms = timer.elapsed();
    const qint64 cpuMs = qint64(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC;
    qint64 ops = 0;
    for (const ExportedBundle& f : result->files)
        ops += f.ops;
    WARN("exported " << ops << " of " << receivedOf(c)[c.id()] << " ops in " << ms << " ms ("
                     << cpuMs << " ms of CPU), " << result->files.size() << " file(s)");
    CHECK(ops > 50000);
    CHECK(ms < 10000);
}
