// Damage and tampering: one flipped byte anywhere in vault.key or vigil.db must
// be reported as damage (Integrity), never as a wrong passphrase, never as a
// healthy vault, and never crash.
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/vault/Vault.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_get_random_seed.hpp>
#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <random>
#include <set>
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

QString join(const QString& dir, const char* name)
{
    return dir + QLatin1Char('/') + QString::fromUtf8(name);
}

void copyTree(const QString& from, const QString& to)
{
    REQUIRE(QDir().mkpath(to));
    const QDir src(from);
    for (const QFileInfo& entry : src.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = to + QLatin1Char('/') + entry.fileName();
        if (entry.isDir())
            copyTree(entry.filePath(), target);
        else
            REQUIRE(QFile::copy(entry.filePath(), target));
    }
}

void xorByte(const QString& path, qint64 offset, unsigned char mask)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(offset));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(offset));
    REQUIRE(f.putChar(char(c ^ mask)));
    f.close();
}

// A vault with a few dozen pages of data, closed cleanly (no WAL left).
struct Pristine
{
    std::unique_ptr<QTemporaryDir> tmp = vigil::test::tempDir();
    QString dir = tmp->filePath(QStringLiteral("pristine"));

    Pristine()
    {
        auto created = Vault::create(dir, secret(kPass), fastKdf(), QStringLiteral("Tamper"));
        REQUIRE_OK(created);
        Database& db = created->vault->database();
        REQUIRE_OK(db.exec("CREATE TABLE tamper_rows(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
        auto tx = db.beginWrite();
        REQUIRE_OK(tx);
        for (int i = 0; i < 60; ++i) {
            auto st = db.prepare("INSERT INTO tamper_rows(body) VALUES (?)");
            REQUIRE_OK(st);
            st->bind(1, QStringLiteral("row %1 ").arg(i) + QString(1000, QLatin1Char('a' + i % 26)));
            REQUIRE_OK(st->run());
        }
        REQUIRE_OK(tx->commit());
        REQUIRE_OK(db.checkpoint());
        created->vault->lock();
        REQUIRE(QFileInfo(join(dir, Vault::kDatabaseFile)).size() > 16 * 4096);
        // After a clean close everything is in vigil.db, so every byte of it matters.
        REQUIRE(QFileInfo(join(dir, "vigil.db-wal")).size() == 0);
    }
};

// Opens a damaged copy; returns "" if the damage was reported properly,
// otherwise what went wrong.
std::string checkDamageReported(const QString& dir)
{
    auto opened = Vault::open(dir, secret(kPass));
    if (!opened.ok()) {
        if (opened.error().kind == ErrorKind::Integrity)
            return {};
        return "open failed as " + describe(opened.error());
    }
    auto problems = (*opened)->verify();
    if (!problems.ok()) {
        if (problems.error().kind == ErrorKind::Integrity)
            return {};
        return "verify failed as " + describe(problems.error());
    }
    if (problems->isEmpty())
        return "opened and verified clean";
    return {};
}

} // namespace

TEST_CASE("Vault tamper: every flipped byte of vault.key is Integrity", "[vault][slow]")
{
    Pristine pristine;
    const QString keyPath = join(pristine.dir, Vault::kKeyFile);
    const qint64 size = QFileInfo(keyPath).size();
    REQUIRE(size > 0);
    auto work = vigil::test::tempDir();

    QStringList failures;
    int round = 0;
    for (qint64 offset = 0; offset < size; ++offset) {
        for (unsigned char mask : {0x01, 0x80, 0xff}) {
            const QString dir = work->filePath(QStringLiteral("k%1").arg(round++));
            copyTree(pristine.dir, dir);
            xorByte(join(dir, Vault::kKeyFile), offset, mask);
            auto opened = Vault::open(dir, secret(kPass));
            if (opened.ok())
                failures.append(QStringLiteral("offset %1 mask %2: opened").arg(offset).arg(mask));
            else if (opened.error().kind != ErrorKind::Integrity)
                failures.append(QStringLiteral("offset %1 mask %2: %3")
                                    .arg(offset)
                                    .arg(mask)
                                    .arg(QString::fromStdString(describe(opened.error()))));
            QDir(dir).removeRecursively();
        }
    }
    INFO(failures.size() << " of " << round << " flips misreported, first ones: "
                         << failures.mid(0, 20).join(QStringLiteral("\n")).toStdString());
    CHECK(failures.isEmpty());
}

TEST_CASE("Vault tamper: truncated or emptied vault.key is Integrity", "[vault]")
{
    Pristine pristine;
    auto work = vigil::test::tempDir();
    const qint64 size = QFileInfo(join(pristine.dir, Vault::kKeyFile)).size();
    for (qint64 keep : {qint64(0), qint64(1), size / 2, size - 1}) {
        INFO("truncated to " << keep << " of " << size);
        const QString dir = work->filePath(QStringLiteral("t%1").arg(keep));
        copyTree(pristine.dir, dir);
        REQUIRE(QFile::resize(join(dir, Vault::kKeyFile), keep));
        auto opened = Vault::open(dir, secret(kPass));
        REQUIRE_FALSE(opened.ok());
        INFO(describe(opened.error()));
        CHECK(opened.error().kind == ErrorKind::Integrity);
    }
}

TEST_CASE("Vault tamper: flipped bytes in vigil.db are caught at open or by verify",
          "[vault][slow]")
{
    Pristine pristine;
    const QString dbPath = join(pristine.dir, Vault::kDatabaseFile);
    const qint64 size = QFileInfo(dbPath).size();
    auto work = vigil::test::tempDir();

    std::mt19937_64 rng(Catch::getSeed());
    std::uniform_int_distribution<qint64> anywhere(0, size - 1);
    std::set<qint64> offsets;
    for (qint64 i = 0; i < 100; ++i)
        offsets.insert(i);
    while (offsets.size() < 300)
        offsets.insert(anywhere(rng));

    QStringList failures;
    int round = 0;
    for (qint64 offset : offsets) {
        const unsigned char mask = (round % 3 == 2) ? 0xff : (1u << (round % 8));
        const QString dir = work->filePath(QStringLiteral("d%1").arg(round++));
        copyTree(pristine.dir, dir);
        xorByte(join(dir, Vault::kDatabaseFile), offset, mask);
        const std::string problem = checkDamageReported(dir);
        if (!problem.empty())
            failures.append(QStringLiteral("offset %1 (page %2) mask %3: %4")
                                .arg(offset)
                                .arg(offset / 4096 + 1)
                                .arg(mask)
                                .arg(QString::fromStdString(problem)));
        QDir(dir).removeRecursively();
    }
    INFO("seed " << Catch::getSeed() << ", file size " << size << "; " << failures.size() << " of "
                 << round << " flips misreported, first ones:\n"
                 << failures.mid(0, 20).join(QStringLiteral("\n")).toStdString());
    CHECK(failures.isEmpty());
}

TEST_CASE("Vault tamper: a truncated vigil.db is caught", "[vault]")
{
    Pristine pristine;
    auto work = vigil::test::tempDir();
    const qint64 size = QFileInfo(join(pristine.dir, Vault::kDatabaseFile)).size();
    for (qint64 keep : {qint64(0), qint64(100), qint64(4096), size / 2, size - 4096, size - 1}) {
        const QString dir = work->filePath(QStringLiteral("t%1").arg(keep));
        copyTree(pristine.dir, dir);
        REQUIRE(QFile::resize(join(dir, Vault::kDatabaseFile), keep));
        INFO("truncated to " << keep << " of " << size);
        const std::string problem = checkDamageReported(dir);
        INFO(problem);
        CHECK(problem.empty());
    }
}

TEST_CASE("Vault tamper: a missing vigil.db is not silently recreated", "[vault]")
{
    Pristine pristine;
    REQUIRE(QFile::remove(join(pristine.dir, Vault::kDatabaseFile)));
    auto opened = Vault::open(pristine.dir, secret(kPass));
    REQUIRE_FALSE(opened.ok());
    INFO(describe(opened.error()));
    CHECK((opened.error().kind == ErrorKind::Integrity || opened.error().kind == ErrorKind::NotFound));
    CHECK_FALSE(QFileInfo::exists(join(pristine.dir, Vault::kDatabaseFile)));
}

TEST_CASE("Vault tamper: vault.key from another vault is Integrity", "[vault]")
{
    Pristine a;
    auto otherTmp = vigil::test::tempDir();
    const QString other = otherTmp->filePath(QStringLiteral("other"));
    {
        auto created = Vault::create(other, secret(kPass), fastKdf());
        REQUIRE_OK(created);
    }
    // Same passphrase, so the envelope opens; the database key does not fit.
    REQUIRE(QFile::remove(join(a.dir, Vault::kKeyFile)));
    REQUIRE(QFile::copy(join(other, Vault::kKeyFile), join(a.dir, Vault::kKeyFile)));
    auto opened = Vault::open(a.dir, secret(kPass));
    REQUIRE_FALSE(opened.ok());
    INFO(describe(opened.error()));
    CHECK(opened.error().kind == ErrorKind::Integrity);
}
