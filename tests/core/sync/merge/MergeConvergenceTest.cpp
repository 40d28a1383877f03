// The convergence property of DESIGN.md §6.2: replicas that hold the same
// set of ops have the same state, whatever the order, the batching, the
// duplicates and the delays; and no prose value a user wrote is lost
// without a conflict record naming it.
//
// Each scenario has four replicas (real vaults, clocks skewed by up to 40 ms
// and often on the same millisecond) make 90 random actions through the
// repositories — places, visits, findings with prose facts and analysis,
// edits, deletions, restores, conflict resolutions — and sync random parts of
// what they hold with one another. After a full exchange, all four digests
// must agree and every lost prose value must be a conflict's losing value.
// Then the scenario's whole op set is replayed into a fresh vault under 125
// random schedules (shuffled, duplicated, delayed, cut into batches); in
// each, the part delivered up to a random cut is also replayed in another
// order, which must give the same digest, before the rest arrives. The
// replays run inside one transaction that is rolled back, so a schedule costs
// no new vault. 8 scenarios x 125 = 1,000 schedules (plus the 32 replicas).
//
// Seeds: VIGIL_MERGE_SEED=<n> runs other scenarios (a seed replays the same
// scenario: device ids come from it), VIGIL_MERGE_SCENARIOS and
// VIGIL_MERGE_SCHEDULES change the counts; a failure prints the seeds.
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/sync/merge/MergeEngine.h"
#include "tests/core/sync/merge/MergeScenario.h"
#include "tests/core/sync/merge/MergeTestSupport.h"
#include "tests/support/VaultFixture.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <random>
#include <set>

using namespace vigil;
using namespace vigil::test;

namespace {

// Overridable for longer hunts, e.g. VIGIL_MERGE_SCENARIOS=500 VIGIL_MERGE_SCHEDULES=0.
quint64 setting(const char* name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? value : fallback;
}

void applyBatch(WriteTx& tx, std::span<const Op> batch)
{
    auto stats = MergeEngine::apply(tx, batch);
    if (!stats.ok())
        FAIL(stats.error().detail.toStdString());
}

// Delivers `ops` to `receiver` under one random schedule and returns the
// final digest; everything is rolled back afterwards.
QByteArray replay(VaultFixture& receiver, const std::vector<Op>& ops, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::vector<Op> order = ops;
    const std::size_t copies = rng() % (ops.size() / 5 + 1);
    for (std::size_t i = 0; i < copies; ++i)
        order.push_back(ops[rng() % ops.size()]);
    std::shuffle(order.begin(), order.end(), rng);
    // Delays: about one op in ten waits until the end.
    std::stable_partition(order.begin(), order.end(),
                          [&rng](const Op&) { return rng() % 10 != 0; });

    std::vector<std::span<const Op>> batches;
    const std::size_t largest = std::max<std::size_t>(1, order.size() / 4);
    for (std::size_t begin = 0; begin < order.size();) {
        const std::size_t size = std::min(order.size() - begin, 1 + rng() % largest);
        batches.push_back(std::span<const Op>(order).subspan(begin, size));
        begin += size;
    }

    auto tx = receiver.records().beginWrite();
    REQUIRE(tx.ok());
    Database& db = receiver.db();
    REQUIRE(db.exec("SAVEPOINT schedule").ok());
    const std::size_t cut = rng() % batches.size();
    for (std::size_t b = 0; b < cut; ++b)
        applyBatch(*tx, batches[b]);
    if (cut > 0) {
        // The same part again, alone and in another order: the same state,
        // records still waiting for their ops included.
        const QByteArray partial = digestOf(db);
        std::set<std::pair<QString, qint64>> seen;
        std::vector<Op> part;
        for (std::size_t b = 0; b < cut; ++b) {
            for (const Op& op : batches[b]) {
                if (seen.emplace(op.deviceId, op.seq).second)
                    part.push_back(op);
            }
        }
        std::shuffle(part.begin(), part.end(), rng);
        REQUIRE(db.exec("ROLLBACK TO schedule").ok());
        const std::size_t half = part.size() / 2;
        applyBatch(*tx, std::span<const Op>(part).subspan(0, half));
        applyBatch(*tx, std::span<const Op>(part).subspan(half));
        REQUIRE(digestOf(db) == partial);
    }
    for (std::size_t b = cut; b < batches.size(); ++b)
        applyBatch(*tx, batches[b]);
    return digestOf(db); // tx rolls back here
}

} // namespace

TEST_CASE("replicas converge whatever the order, duplicates and delays of their ops",
          "[merge][convergence]")
{
    const quint64 base = setting("VIGIL_MERGE_SEED", 20'240'601);
    const int scenarios = int(setting("VIGIL_MERGE_SCENARIOS", 8));
    const int schedulesPerScenario = int(setting("VIGIL_MERGE_SCHEDULES", 125));
    VaultFixture receiver;
    int schedules = 0;
    int proseWrites = 0;
    qsizetype conflicts = 0;
    for (int s = 0; s < scenarios; ++s) {
        const quint64 seed = base + quint64(s);
        INFO("scenario seed " << seed << " (VIGIL_MERGE_SEED=" << base << ")");
        MergeScenario scenario(seed, {});
        scenario.run();
        scenario.exchangeAll();
        const QByteArray reference = digestOf(scenario.replica(0).vault.db());
        for (std::size_t r = 1; r < scenario.size(); ++r)
            REQUIRE(digestOf(scenario.replica(r).vault.db()) == reference);
        const QStringList lost = scenario.lostValues(0);
        CHECK(lost == QStringList());
        proseWrites += scenario.proseWrites();
        conflicts += count(scenario.replica(0).vault.db(), "SELECT count(*) FROM sync_conflict");

        const auto ops = scenario.allOps();
        for (int k = 0; k < schedulesPerScenario; ++k) {
            const quint64 scheduleSeed = seed * 1000 + quint64(k);
            INFO("schedule seed " << scheduleSeed);
            REQUIRE(replay(receiver, ops, scheduleSeed) == reference);
            ++schedules;
        }
    }
    CHECK(schedules == scenarios * schedulesPerScenario);
    // The scenarios must exercise conflicts, or the loss check proves nothing.
    CHECK(proseWrites > 100);
    CHECK(conflicts > 0);
}
