// Encryption overhead: the same insert/select workload on a keyed SQLCipher
// database and on the same library with no key (plain SQLite), as a ratio.
#include "core/crypto/ProcessHardening.h"
#include "core/crypto/SecretBuffer.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "tests/bench/BenchSupport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace vigil;

namespace {

constexpr int kRows = 50000;
constexpr int kBatch = 500;
constexpr int kLookups = 20000;

void check(const Status& st)
{
    if (!st) {
        std::fprintf(stderr, "benchmark failed: %s\n", qPrintable(st.error().detail));
        std::exit(1);
    }
}

struct Timings
{
    double insertMs = 0, lookupMs = 0, coldLookupMs = 0, scanMs = 0;
};

double timeLookups(Database& db, Statement& lookup, int count)
{
    QRandomGenerator rng(42);
    const double start = bench::threadCpuMs();
    for (int i = 0; i < count; ++i) {
        lookup.bind(1, QStringLiteral("visit-%1").arg(rng.bounded(997)));
        (void)lookup.step();
        check(lookup.reset());
    }
    (void)db;
    return bench::threadCpuMs() - start;
}

Timings runWorkload(const QString& path, const SecretBuffer& key)
{
    auto opened = Database::open(path, key, Database::Mode::ReadWriteCreate);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().detail));
        std::exit(1);
    }
    Database& db = **opened;
    check(db.exec("CREATE TABLE note(id INTEGER PRIMARY KEY, visit TEXT NOT NULL, body TEXT NOT NULL);"
                  "CREATE INDEX note_visit ON note(visit);"));
    const QString body = QString(QStringLiteral("Observed conditions in unit B; ")).repeated(8);
    Timings t;
    double started = bench::threadCpuMs();
    for (int start = 0; start < kRows; start += kBatch) {
        auto tx = db.beginWrite();
        auto stmt = db.prepare("INSERT INTO note(visit, body) VALUES (?, ?)");
        for (int i = start; i < start + kBatch; ++i) {
            stmt->bind(1, QStringLiteral("visit-%1").arg(i % 997)).bind(2, body);
            check(stmt->run());
            check(stmt->reset());
        }
        check(tx->commit());
    }
    t.insertMs = bench::threadCpuMs() - started;

    // Warm: the working set is in the page cache, as while a monitor works.
    auto lookup = db.prepare("SELECT count(*), sum(length(body)) FROM note WHERE visit = ?");
    (void)timeLookups(db, *lookup, kLookups);
    t.lookupMs = timeLookups(db, *lookup, kLookups);
    // Cold: the page cache dropped, so every page is read (and decrypted) again,
    // as right after unlocking.
    check(db.exec("PRAGMA shrink_memory"));
    t.coldLookupMs = timeLookups(db, *lookup, kLookups / 10);
    check(db.exec("PRAGMA shrink_memory"));
    started = bench::threadCpuMs();
    auto scan = db.prepare("SELECT sum(length(body)) FROM note WHERE body LIKE '%unit C%'");
    (void)scan->step();
    t.scanMs = bench::threadCpuMs() - started;
    return t;
}

Timings bestOf(int rounds, const SecretBuffer& key)
{
    Timings best{1e18, 1e18, 1e18, 1e18};
    for (int r = 0; r < rounds; ++r) {
        QTemporaryDir dir;
        const Timings t = runWorkload(dir.filePath(QStringLiteral("bench.db")), key);
        best.insertMs = std::min(best.insertMs, t.insertMs);
        best.lookupMs = std::min(best.lookupMs, t.lookupMs);
        best.scanMs = std::min(best.scanMs, t.scanMs);
        best.coldLookupMs = std::min(best.coldLookupMs, t.coldLookupMs);
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (!hardenProcess())
        return 1;
    std::printf("Store encryption overhead: %d rows in batches of %d, %d indexed lookups, one scan;\n"
                "same library and settings, keyed vs no key (plain SQLite); CPU time of this thread\n",
                kRows, kBatch, kLookups);
    const Timings plain = bestOf(3, SecretBuffer());
    const Timings keyed = bestOf(3, SecretBuffer::random(32));
    bench::reportRatio("insert (SQLCipher / plain SQLite)", keyed.insertMs, plain.insertMs, 1.15);
    bench::reportRatio("indexed lookup, warm cache", keyed.lookupMs, plain.lookupMs, 1.15);
    bench::reportRatio("indexed lookup, cold cache", keyed.coldLookupMs, plain.coldLookupMs, 1.15);
    bench::reportRatio("full scan (SQLCipher / plain SQLite)", keyed.scanMs, plain.scanMs, 1.15);
    const double total = keyed.insertMs + keyed.lookupMs + keyed.coldLookupMs + keyed.scanMs;
    const double base = plain.insertMs + plain.lookupMs + plain.coldLookupMs + plain.scanMs;
    bench::reportRatio("whole workload (SQLCipher / plain SQLite)", total, base, 1.15);
    return 0;
}
