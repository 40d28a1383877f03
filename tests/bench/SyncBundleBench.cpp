// Sync bundles (DESIGN.md §6.3), from one real vault (a monitor) to another
// (a coordinator), through BundleExporter::exportFor and
// BundleImporter::importAll:
// 1. about 100 MB of ops and photos exported and imported, against raw
//    libsodium secretstream encryption / decryption of as many bytes in
//    64 KiB chunks, memory to memory (target <= 2x);
// 2. the peak memory an import adds, for about 25 MB and 100 MB: bounded by
//    the bundle limit, not by the data;
// 3. 100,000 small ops imported, as ops per second, against plain SQLite
//    inserting the same ops into a table like change_op; and (not with
//    `--quick`) the import memory of a bundle at the item limit.
// Every round imports into a coordinator that has never seen the data.
// `--quick`: about an eighth of the data, one round. A release build is what
// matters. Not a pass/fail test.
#include "core/crypto/ProcessHardening.h"
#include "core/crypto/SecretBuffer.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/sync/exchange/BundleExporter.h"
#include "core/sync/exchange/BundleImporter.h"
#include "core/sync/merge/OpLog.h"
#include "core/sync/merge/SqlValue.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/SyncBenchOrg.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sodium.h>
#include <sqlite3.h>

using namespace vigil;
using bench::DataSet;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr double kMemoryBoundMiB = 64 + 16; // the bundle limit and a margin
constexpr double kMemoryGrowthMiB = 16;     // what a 4x larger data set may add

struct Transfer
{
    double exportMs = 1e18, exportCpuMs = 1e18, importMs = 1e18, importCpuMs = 1e18;
    double exportPeakMiB = 0, importPeakMiB = 0;
    double importCacheMiB = 0; // of the import's peak: SQLite page cache it filled
    qint64 bytes = 0, files = 0, ops = 0, blobs = 0;
};

// The page cache of `db`'s connection, which a long write transaction fills
// up to cache_size and keeps after the commit.
double cacheMiB(Database& db)
{
    int used = 0, highest = 0;
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_USED, &used, &highest, 0);
    return double(used) / kMiB;
}

// One export to a coordinator's inbox and its import there.
Transfer transfer(bench::BenchOrg& org, std::size_t coordinator)
{
    bench::BenchDevice& to = org.coordinator(coordinator);
    Transfer t;
    {
        BundleExporter exporter(*org.monitor().vault);
        bench::PeakMemory memory;
        QElapsedTimer timer;
        timer.start();
        const double cpu = bench::threadCpuMs();
        const ExportResult result = bench::take(exporter.exportFor(to.entry, to.inbox()), "export");
        t.exportMs = double(timer.nsecsElapsed()) / 1e6;
        t.exportCpuMs = bench::threadCpuMs() - cpu;
        t.exportPeakMiB = memory.addedMiB();
        for (const ExportedBundle& file : result.files) {
            t.bytes += file.size;
            t.ops += file.ops;
            t.blobs += file.blobs;
            ++t.files;
        }
    }
    BundleImporter importer(*to.vault);
    const double cacheBefore = cacheMiB(to.db());
    bench::PeakMemory memory;
    QElapsedTimer timer;
    timer.start();
    const double cpu = bench::threadCpuMs();
    const QList<ImportReport> reports = bench::take(importer.importAll(to.inbox()), "import");
    t.importMs = double(timer.nsecsElapsed()) / 1e6;
    t.importCpuMs = bench::threadCpuMs() - cpu;
    t.importPeakMiB = memory.addedMiB();
    t.importCacheMiB = cacheMiB(to.db()) - cacheBefore;
    qint64 ops = 0, blobs = 0;
    for (const ImportReport& report : reports) {
        if (report.outcome != ImportReport::Outcome::Imported)
            bench::fail(Error::make(ErrorKind::Internal, report.reason), "import every bundle");
        ops += report.ops;
        blobs += report.blobs;
    }
    if (qsizetype(t.files) != reports.size() || ops != t.ops || blobs != t.blobs)
        bench::fail(Error::make(ErrorKind::Internal, QStringLiteral("counts differ")),
                    "import what was exported");
    return t;
}

// Best of `rounds` transfers, each to a fresh coordinator; the peaks are the highest.
Transfer bestTransfer(const DataSet& data, int rounds)
{
    auto org = bench::makeBenchOrg(rounds);
    bench::fill(org->monitor(), data);
    Transfer best;
    for (int r = 0; r < rounds; ++r) {
        const Transfer t = transfer(*org, std::size_t(r));
        best.exportMs = std::min(best.exportMs, t.exportMs);
        best.exportCpuMs = std::min(best.exportCpuMs, t.exportCpuMs);
        best.importMs = std::min(best.importMs, t.importMs);
        best.importCpuMs = std::min(best.importCpuMs, t.importCpuMs);
        best.exportPeakMiB = std::max(best.exportPeakMiB, t.exportPeakMiB);
        if (t.importPeakMiB > best.importPeakMiB) {
            best.importPeakMiB = t.importPeakMiB;
            best.importCacheMiB = t.importCacheMiB;
        }
        best.bytes = t.bytes;
        best.files = t.files;
        best.ops = t.ops;
        best.blobs = t.blobs;
    }
    std::printf("\n%s data set: %lld ops, %lld photos; %lld bundle(s), %.1f MiB; best of %d\n",
                data.name, static_cast<long long>(best.ops), static_cast<long long>(best.blobs),
                static_cast<long long>(best.files), double(best.bytes) / kMiB, rounds);
    return best;
}

struct Raw
{
    double pushMs = 1e18, pushCpuMs = 1e18, pullMs = 1e18, pullCpuMs = 1e18;
    double sha512CpuMs = 1e18, sha256CpuMs = 1e18; // libsodium, over the same bytes
};

// libsodium hashing `bytes` in 64 KiB chunks: `hash` is init, update, final.
template <typename State>
double hashCpuMs(qint64 bytes, const QByteArray& chunk, int (*init)(State*),
                 int (*update)(State*, const unsigned char*, unsigned long long),
                 int (*final)(State*, unsigned char*))
{
    State state;
    unsigned char digest[64];
    const double cpu = bench::threadCpuMs();
    init(&state);
    for (qint64 done = 0; done < bytes; done += chunk.size())
        update(&state, reinterpret_cast<const unsigned char*>(chunk.constData()),
               std::size_t(std::min<qint64>(chunk.size(), bytes - done)));
    final(&state, digest);
    return bench::threadCpuMs() - cpu;
}

// The floor of a bundle's cost: `bytes` through crypto_secretstream in
// 64 KiB chunks, memory to memory (the bundle also reads, encodes, signs,
// writes and fsyncs).
Raw rawSecretstream(qint64 bytes, int rounds)
{
    using Stream = crypto_secretstream_xchacha20poly1305_state;
    constexpr qint64 kChunk = 64 * 1024;
    constexpr qint64 kSealed = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
    const qint64 chunks = std::max<qint64>(1, (bytes + kChunk - 1) / kChunk);
    const SecretBuffer key = SecretBuffer::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    QByteArray plain(kChunk, Qt::Uninitialized);
    randombytes_buf(plain.data(), std::size_t(plain.size()));
    QByteArray sealed(chunks * kSealed, '\0'); // touched before timing
    QByteArray opened(kChunk, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    Raw best;
    for (int r = 0; r < rounds; ++r) {
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        Stream push{}, pull{};
        QElapsedTimer timer;
        timer.start();
        double cpu = bench::threadCpuMs();
        crypto_secretstream_xchacha20poly1305_init_push(&push, header, key.data());
        for (qint64 i = 0; i < chunks; ++i) {
            const qint64 n = std::min(kChunk, bytes - i * kChunk);
            crypto_secretstream_xchacha20poly1305_push(
                &push, out + i * kSealed, nullptr,
                reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(n), nullptr,
                0, i + 1 == chunks ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        }
        best.pushMs = std::min(best.pushMs, double(timer.nsecsElapsed()) / 1e6);
        best.pushCpuMs = std::min(best.pushCpuMs, bench::threadCpuMs() - cpu);
        timer.restart();
        cpu = bench::threadCpuMs();
        crypto_secretstream_xchacha20poly1305_init_pull(&pull, header, key.data());
        for (qint64 i = 0; i < chunks; ++i) {
            const qint64 n = std::min(kChunk, bytes - i * kChunk);
            unsigned char tag = 0;
            if (crypto_secretstream_xchacha20poly1305_pull(
                    &pull, reinterpret_cast<unsigned char*>(opened.data()), nullptr, &tag,
                    out + i * kSealed,
                    std::size_t(n + crypto_secretstream_xchacha20poly1305_ABYTES), nullptr, 0) != 0)
                bench::fail(Error::make(ErrorKind::Integrity, QStringLiteral("pull")), "decrypt");
        }
        best.pullMs = std::min(best.pullMs, double(timer.nsecsElapsed()) / 1e6);
        best.pullCpuMs = std::min(best.pullCpuMs, bench::threadCpuMs() - cpu);
        best.sha512CpuMs = std::min(best.sha512CpuMs,
                                    hashCpuMs(bytes, plain, crypto_hash_sha512_init,
                                              crypto_hash_sha512_update, crypto_hash_sha512_final));
        best.sha256CpuMs = std::min(best.sha256CpuMs,
                                    hashCpuMs(bytes, plain, crypto_hash_sha256_init,
                                              crypto_hash_sha256_update, crypto_hash_sha256_final));
    }
    return best;
}

void reportBundles(const Transfer& t, int rounds)
{
    const Raw raw = rawSecretstream(t.bytes, std::max(3, rounds));
    const double mib = double(t.bytes) / kMiB;
    bench::reportRatio("export (BundleExporter / raw secretstream push)", t.exportMs, raw.pushMs,
                       2.0);
    bench::reportRatio("  CPU time of this thread", t.exportCpuMs, raw.pushCpuMs, 2.0);
    bench::reportRatio("import (BundleImporter / raw secretstream pull)", t.importMs, raw.pullMs,
                       2.0);
    bench::reportRatio("  CPU time of this thread", t.importCpuMs, raw.pullCpuMs, 2.0);
    bench::report("export throughput", mib / (t.exportMs / 1e3), "MiB/s");
    bench::report("import throughput", mib / (t.importMs / 1e3), "MiB/s");
    bench::report("raw secretstream push / pull throughput", mib / (raw.pushMs / 1e3), "MiB/s");
    // What the format itself asks of every byte, whatever the code: the
    // export signs (Ed25519ph: SHA-512) and digests each blob (SHA-256); the
    // import checks the signature before decrypting and again while
    // decrypting, and each blob's digest (a bundle is known again by its
    // signature, without a pass). How close the code is to that floor, as
    // CPU time.
    std::printf("%-48s %5.0f / %3.0f MiB/s\n", "raw SHA-512 / SHA-256 (libsodium) throughput",
                mib / (raw.sha512CpuMs / 1e3), mib / (raw.sha256CpuMs / 1e3));
    const double exportFloor = raw.pushCpuMs + raw.sha512CpuMs + raw.sha256CpuMs;
    const double importFloor = raw.pullCpuMs + 2 * raw.sha512CpuMs + raw.sha256CpuMs;
    std::printf("%-48s %10.3fx   (%.2f ms vs %.2f ms CPU: push, SHA-512, SHA-256; informational)\n",
                "export / its format's floor", t.exportCpuMs / exportFloor, t.exportCpuMs,
                exportFloor);
    std::printf("%-48s %10.3fx   (%.2f ms vs %.2f ms CPU: pull, 2x SHA-512, SHA-256; "
                "informational)\n",
                "import / its format's floor", t.importCpuMs / importFloor, t.importCpuMs,
                importFloor);
    bench::report("export peak memory added", t.exportPeakMiB, "MiB");
    std::printf("%-48s %10.2f MiB   (target <= %.0f MiB) %s\n", "import peak memory added",
                t.importPeakMiB, kMemoryBoundMiB,
                t.importPeakMiB <= kMemoryBoundMiB ? "ok" : "OVER TARGET");
    bench::report("  of which SQLite page cache filled", t.importCacheMiB, "MiB");
}

// Plain SQLite (no key) inserting `ops` into a table shaped like change_op,
// in one transaction with one prepared statement; CPU time of this thread.
double plainInsertMs(const std::vector<Op>& ops, int rounds)
{
    double best = 1e18;
    for (int r = 0; r < rounds; ++r) {
        QTemporaryDir dir;
        auto db = bench::take(Database::open(dir.filePath(QStringLiteral("plain.db")),
                                             SecretBuffer(), Database::Mode::ReadWriteCreate),
                              "open plain SQLite");
        bench::check(db->exec("CREATE TABLE change_op (device_id TEXT NOT NULL, seq INTEGER NOT "
                              "NULL, hlc INTEGER NOT NULL, entity TEXT NOT NULL, entity_id TEXT "
                              "NOT NULL, field TEXT NOT NULL, value BLOB, base_hlc INTEGER NOT "
                              "NULL, scope TEXT NOT NULL, PRIMARY KEY (device_id, seq)) WITHOUT "
                              "ROWID; CREATE INDEX change_op_field ON change_op(entity_id, field, "
                              "hlc);"),
                     "create the table");
        const double cpu = bench::threadCpuMs();
        auto tx = bench::take(db->beginWrite(), "begin");
        auto insert = bench::take(db->prepare("INSERT INTO change_op VALUES (?, ?, ?, ?, ?, ?, ?, "
                                              "?, ?)"),
                                  "prepare");
        for (const Op& op : ops) {
            insert.bind(1, op.deviceId).bind(2, op.seq).bind(3, op.hlc).bind(4, op.entity);
            insert.bind(5, op.entityId).bind(6, op.field);
            SqlValue::bind(insert, 7, op.value);
            insert.bind(8, op.baseHlc).bind(9, op.scope);
            bench::check(insert.run(), "insert");
            bench::check(insert.reset(), "reset");
        }
        bench::check(tx.commit(), "commit");
        best = std::min(best, bench::threadCpuMs() - cpu);
    }
    return best;
}

void reportOps(const DataSet& data, int rounds)
{
    auto org = bench::makeBenchOrg(rounds);
    const double writeMs = bench::fill(org->monitor(), data);
    Transfer best;
    for (int r = 0; r < rounds; ++r) {
        const Transfer t = transfer(*org, std::size_t(r));
        best.importMs = std::min(best.importMs, t.importMs);
        best.importCpuMs = std::min(best.importCpuMs, t.importCpuMs);
        best.exportMs = std::min(best.exportMs, t.exportMs);
        if (t.importPeakMiB > best.importPeakMiB) {
            best.importPeakMiB = t.importPeakMiB;
            best.importCacheMiB = t.importCacheMiB;
        }
        best.bytes = t.bytes;
        best.files = t.files;
        best.ops = t.ops;
    }
    bench::BenchDevice& monitor = org->monitor();
    const std::vector<Op> ops =
        bench::take(OpLog::read(monitor.db(), monitor.entry.deviceId, 1, best.ops), "read ops");
    const double plainMs = plainInsertMs(ops, std::max(3, rounds));
    std::printf("\n%s: %lld ops in %lld bundle(s), %.1f MiB; best of %d\n", data.name,
                static_cast<long long>(best.ops), static_cast<long long>(best.files),
                double(best.bytes) / kMiB, rounds);
    bench::report("export", best.exportMs, "ms");
    bench::report("import (read, verify, decrypt, merge, commit)", best.importMs, "ms");
    bench::report("import", double(best.ops) / (best.importMs / 1e3), "ops/s");
    bench::report("  by CPU time of this thread", double(best.ops) / (best.importCpuMs / 1e3),
                  "ops/s");
    bench::report("plain SQLite inserts of the same ops (CPU)",
                  double(ops.size()) / (plainMs / 1e3), "ops/s");
    std::printf("%-48s %10.1fx   (%.2f ms vs %.2f ms CPU; reference, no target)\n",
                "import / plain SQLite inserts", best.importCpuMs / plainMs, best.importCpuMs,
                plainMs);
    // The merge writes each record as WriteTx does (row, search index, change
    // log), so writing the same records locally is the closer reference.
    std::printf("%-48s %10.1fx   (%.2f ms vs %.2f ms CPU; reference, no target)\n",
                "import / the same records written locally", best.importCpuMs / writeMs,
                best.importCpuMs, writeMs);
    bench::report("import peak memory added", best.importPeakMiB, "MiB");
    bench::report("  of which SQLite page cache filled", best.importCacheMiB, "MiB");
    bench::report("  the rest per op of the bundle",
                  (best.importPeakMiB - best.importCacheMiB) * kMiB / double(best.ops), "bytes");
}

// The most ops one bundle may hold (BundleLimits::maxItems, 262,144 items):
// the importer keeps a bundle's decoded ops until it commits, so this is
// the worst case of its memory.
void reportFullBundle()
{
    const DataSet data{"Bundles full of small ops", 26300, 1, 0, 0};
    auto org = bench::makeBenchOrg(1);
    bench::fill(org->monitor(), data);
    const Transfer t = transfer(*org, 0);
    std::printf("\n%s: %lld ops in %lld bundle(s), %.1f MiB\n", data.name,
                static_cast<long long>(t.ops), static_cast<long long>(t.files),
                double(t.bytes) / kMiB);
    bench::report("import", double(t.ops) / (t.importMs / 1e3), "ops/s");
    std::printf("%-48s %10.2f MiB   (target <= %.0f MiB) %s\n", "import peak memory added",
                t.importPeakMiB, kMemoryBoundMiB,
                t.importPeakMiB <= kMemoryBoundMiB ? "ok" : "OVER TARGET");
    bench::report("  of which SQLite page cache filled", t.importCacheMiB, "MiB");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!hardenProcess())
        return 1;
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rounds = quick ? 1 : 3;
    // Findings of realistic text (10 ops each) and photos of about 3 MiB.
    const DataSet large = quick ? DataSet{"~12 MB (quick)", 250, 6, 4, 3 * kMiB}
                                : DataSet{"~100 MB", 2000, 6, 30, 3 * kMiB};
    const DataSet small = quick ? DataSet{"~3 MB (quick)", 60, 6, 1, 3 * kMiB}
                                : DataSet{"~25 MB", 500, 6, 8, 23 * kMiB / 8};
    const DataSet many = quick ? DataSet{"10,000 small ops (quick)", 1000, 1, 0, 0}
                               : DataSet{"100,000 small ops", 10000, 1, 0, 0};

    std::printf("Sync bundles from a monitor's vault to a coordinator's, exported and imported\n"
                "through BundleExporter and BundleImporter; the limit is raw libsodium\n"
                "secretstream over the bundles' bytes in 64 KiB chunks, memory to memory.\n");
    const Transfer big = bestTransfer(large, rounds);
    reportBundles(big, rounds);
    const Transfer little = bestTransfer(small, quick ? 1 : 2);
    reportBundles(little, quick ? 1 : 2);

    std::printf("\nImport memory: bounded by the bundle limit, not by the data (the peaks\n"
                "include the SQLite page cache, up to 32 MiB)\n");
    const double growth = big.importPeakMiB - little.importPeakMiB;
    const bool bounded =
        big.importPeakMiB <= kMemoryBoundMiB && little.importPeakMiB <= kMemoryBoundMiB;
    std::printf("%-48s %5.1f / %5.1f MiB   (target <= %.0f MiB) %s\n",
                "import peak memory added, small / large set", little.importPeakMiB,
                big.importPeakMiB, kMemoryBoundMiB, bounded ? "ok" : "OVER TARGET");
    std::printf("%-48s %+10.1f MiB   (%.1fx the data; target <= %+.0f MiB) %s\n",
                "  growth from the small to the large set", growth,
                double(big.bytes) / double(std::max<qint64>(1, little.bytes)), kMemoryGrowthMiB,
                growth <= kMemoryGrowthMiB ? "ok" : "OVER TARGET");
    if (bench::PeakMemory().sampled())
        std::printf(
            "(peaks sampled every millisecond: the high-water mark cannot be reset here)\n");

    reportOps(many, quick ? 1 : 2);
    if (!quick)
        reportFullBundle();
    return 0;
}
