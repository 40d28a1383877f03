// Crash safety: a writer killed with SIGKILL at random moments loses nothing
// it reported as committed, and the vault stays healthy.
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/vault/Vault.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_get_random_seed.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <random>
#include <set>
#include <vector>
#include <string>

using namespace vigil;
using vigil::test::fastKdf;
using vigil::test::secret;

namespace {

std::string describe(const Error& e)
{
    return std::string(errorKindName(e.kind)) + ": " + e.message.toStdString() + " [" +
           e.detail.toStdString() + "]";
}

#define REQUIRE_OK(result)                                                                         \
    do {                                                                                           \
        if (!(result).ok())                                                                        \
            FAIL("expected success, got " << describe((result).error()));                         \
    } while (false)

constexpr const char* kPass = "correct horse battery staple 7&Q";

struct Round
{
    QByteArray out;
    QByteArray err;
    bool killed = false; // still running when the kill came
};

// Runs write-loop; kills it `delayMs` after start, or after its first
// committed row if `afterFirstRow`.
Round runAndKill(const QString& vaultDir, const QString& passFile, int delayMs, bool afterFirstRow)
{
    QProcess child;
    child.setProgram(QString::fromUtf8(VIGIL_TEST_CHILD));
    child.setArguments({QStringLiteral("write-loop"), vaultDir, passFile});
    child.start();
    Round r;
    if (!child.waitForStarted(5000)) {
        r.err = "child did not start: " + child.errorString().toUtf8();
        return r;
    }
    QElapsedTimer timer;
    timer.start();
    auto pump = [&](qint64 untilMs) {
        while (timer.elapsed() < untilMs && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(qMax<qint64>(1, untilMs - timer.elapsed())));
            r.out += child.readAllStandardOutput();
            if (afterFirstRow && r.out.contains('\n'))
                return;
        }
    };
    if (afterFirstRow) {
        pump(10000);
        afterFirstRow = false;
        timer.restart();
    }
    pump(delayMs);
    r.killed = child.state() == QProcess::Running;
    child.kill(); // SIGKILL
    child.waitForFinished(5000);
    r.out += child.readAllStandardOutput();
    r.err += child.readAllStandardError();
    return r;
}

} // namespace

TEST_CASE("Vault crash: rows acknowledged before SIGKILL survive, verify stays clean",
          "[vault][slow]")
{
    auto tmp = vigil::test::tempDir();
    const QString dir = tmp->filePath(QStringLiteral("vault"));
    {
        auto created = Vault::create(dir, secret(kPass), fastKdf());
        REQUIRE_OK(created);
    }
    const QString passFile = vigil::test::writePassphraseFile(tmp->path(), kPass);

    std::mt19937 rng(Catch::getSeed());
    std::uniform_int_distribution<int> delay(20, 150);
    constexpr int kRounds = 60;

    std::set<qint64> acknowledged;
    int roundsWithRows = 0;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < kRounds; ++round) {
        // Most rounds die mid-write; every fourth may die while opening or recovering.
        const bool afterFirstRow = round % 4 != 0;
        const Round r = runAndKill(dir, passFile, delay(rng), afterFirstRow);
        INFO("round " << round << "\nstdout tail: " << r.out.right(300).toStdString()
                      << "\nstderr: " << r.err.toStdString());
        REQUIRE(r.killed); // the child must not have stopped on its own (an error)

        const QList<QByteArray> lines = r.out.split('\n');
        // The last piece has no newline yet: not acknowledged.
        int rows = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            bool ok = false;
            const qint64 id = lines.at(i).toLongLong(&ok);
            REQUIRE(ok);
            REQUIRE(acknowledged.insert(id).second); // ids are never handed out twice
            ++rows;
        }
        if (rows > 0)
            ++roundsWithRows;
    }
    INFO("rounds " << kRounds << ", with rows " << roundsWithRows << ", acknowledged "
                   << acknowledged.size() << ", " << total.elapsed() << " ms");
    CHECK(total.elapsed() < 60000);
    REQUIRE(roundsWithRows >= kRounds / 2); // the kills really landed during writes

    auto opened = Vault::open(dir, secret(kPass));
    REQUIRE_OK(opened);
    Vault& vault = **opened;
    auto problems = vault.verify();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());

    auto st = vault.database().prepare("SELECT id, length(payload) FROM crash_rows");
    REQUIRE_OK(st);
    std::set<qint64> present;
    int shortRows = 0;
    for (;;) {
        auto row = st->step();
        REQUIRE_OK(row);
        if (!*row)
            break;
        present.insert(st->columnInt(0));
        if (st->columnInt(1) < 1000)
            ++shortRows;
    }
    CHECK(shortRows == 0);
    std::vector<qint64> missing;
    for (qint64 id : acknowledged)
        if (!present.count(id))
            missing.push_back(id);
    INFO("present " << present.size() << ", missing " << missing.size()
                    << (missing.empty() ? "" : ", first missing id " + std::to_string(missing.front())));
    CHECK(missing.empty());
}
