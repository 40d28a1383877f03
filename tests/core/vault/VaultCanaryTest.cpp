// No plaintext at rest: canary strings written through a vault must not appear
// in any file the vault or the process leaves behind — after a clean lock, in
// a copy taken while the WAL is live, and after a writer is killed.
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/vault/Vault.h"

#include "tests/support/CanaryScan.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <string>

using namespace vigil;
using vigil::test::fastKdf;
using vigil::test::makeCanary;
using vigil::test::scanForCanaries;

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

SecretBuffer bufferOf(const QByteArray& b)
{
    return SecretBuffer::copyOf(b.constData(), std::size_t(b.size()));
}

QByteArray bytesOf(const SecretBuffer& b)
{
    return QByteArray(b.chars(), qsizetype(b.size()));
}

// Every file below `dirs` that contains one of `needles` byte for byte (for
// binary secrets such as raw keys, which the text scanner does not target).
QStringList scanForBytes(const QStringList& dirs, const QList<QByteArray>& needles)
{
    QStringList hits;
    for (const QString& dir : dirs) {
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            for (const QByteArray& n : needles)
                if (bytes.contains(n))
                    hits.append(f.fileName());
        }
    }
    return hits;
}

void insertCanaries(Database& db, const QList<QByteArray>& canaries)
{
    REQUIRE_OK(db.exec("CREATE TABLE IF NOT EXISTS canary_rows("
                       "id INTEGER PRIMARY KEY, body TEXT NOT NULL, raw BLOB)"));
    auto tx = db.beginWrite();
    REQUIRE_OK(tx);
    for (const QByteArray& c : canaries) {
        auto st = db.prepare("INSERT INTO canary_rows(body, raw) VALUES (?, ?)");
        REQUIRE_OK(st);
        st->bind(1, QStringLiteral("note: ") + QString::fromUtf8(c) + QStringLiteral(" end"));
        st->bindBlob(2, QByteArray("blob:") + c);
        REQUIRE_OK(st->run());
    }
    REQUIRE_OK(tx->commit());
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

struct CanaryVault
{
    std::unique_ptr<QTemporaryDir> tmp = vigil::test::tempDir();
    QString dir = tmp->filePath(QStringLiteral("vault"));
    QByteArray passphrase = makeCanary("passphrase");
    QByteArray name = makeCanary("vault-name");
    QList<QByteArray> rows = {makeCanary("row-a"), makeCanary("row-b"), makeCanary("row-c")};
    QByteArray recoveryText;
    QByteArray dbKeyHex;
    std::unique_ptr<Vault> vault;

    CanaryVault()
    {
        auto created = Vault::create(dir, bufferOf(passphrase), fastKdf(), QString::fromUtf8(name));
        REQUIRE_OK(created);
        recoveryText = bytesOf(created->recoveryKey);
        vault = std::move(created->vault);
        dbKeyHex = bytesOf(vault->databaseKeyHex());
        insertCanaries(vault->database(), rows);
    }

    QList<QByteArray> textCanaries() const
    {
        QList<QByteArray> all = rows;
        all << passphrase << name << recoveryText << recoveryText.toLower() << dbKeyHex
            << dbKeyHex.toUpper();
        return all;
    }
    QList<QByteArray> binaryCanaries() const
    {
        QList<QByteArray> all{QByteArray::fromHex(dbKeyHex)};
        if (vault && vault->isOpen())
            all << bytesOf(vault->attachmentKey()) << bytesOf(vault->localIdentityKey());
        return all;
    }
};

} // namespace

TEST_CASE("Vault canaries: nothing readable in the vault folder after lock", "[vault]")
{
    CanaryVault v;
    const QList<QByteArray> binary = v.binaryCanaries();
    // Reopen and write once more, so both a fresh and a reopened vault are covered.
    v.vault->lock();
    auto reopened = Vault::open(v.dir, bufferOf(v.passphrase));
    REQUIRE_OK(reopened);
    const QByteArray late = makeCanary("after-reopen");
    insertCanaries((*reopened)->database(), {late});
    (*reopened)->lock();

    QList<QByteArray> canaries = v.textCanaries();
    canaries << late;
    INFO("files: " << filesIn(v.dir).join(QStringLiteral(", ")).toStdString());
    CHECK(scanForCanaries({v.dir}, canaries) == QStringList());
    CHECK(scanForBytes({v.dir}, binary) == QStringList());
    // The scanner itself works: plant a canary and find it.
    QFile planted(v.tmp->filePath(QStringLiteral("planted.txt")));
    REQUIRE(planted.open(QIODevice::WriteOnly));
    planted.write(QString::fromUtf8(late).toUtf8());
    planted.close();
    CHECK(scanForCanaries({v.tmp->path()}, {late}).size() == 1);
}

TEST_CASE("Vault canaries: nothing readable in a copy taken with a live WAL", "[vault]")
{
    CanaryVault v;
    REQUIRE(QFileInfo(v.dir + QStringLiteral("/vigil.db-wal")).size() > 0);
    REQUIRE(QFileInfo::exists(v.dir + QStringLiteral("/vigil.db-shm")));

    // What a thief imaging the disk right now (or a crash) would leave.
    auto copyTmp = vigil::test::tempDir();
    const QString copy = copyTmp->filePath(QStringLiteral("copy"));
    REQUIRE(QDir().mkpath(copy));
    for (const QString& name : filesIn(v.dir))
        REQUIRE(QFile::copy(v.dir + QLatin1Char('/') + name, copy + QLatin1Char('/') + name));
    INFO("copied: " << filesIn(copy).join(QStringLiteral(", ")).toStdString());
    CHECK(filesIn(copy).contains(QStringLiteral("vigil.db-wal")));

    const QList<QByteArray> binary = v.binaryCanaries();
    CHECK(scanForCanaries({copy, v.dir}, v.textCanaries()) == QStringList());
    CHECK(scanForBytes({copy, v.dir}, binary) == QStringList());

    // The copy is a working vault: the WAL really held the rows.
    v.vault.reset();
    auto opened = Vault::open(copy, bufferOf(v.passphrase));
    REQUIRE_OK(opened);
    auto n = (*opened)->database().scalarInt("SELECT count(*) FROM canary_rows");
    REQUIRE_OK(n);
    CHECK(*n == v.rows.size());
}

TEST_CASE("Vault canaries: nothing readable after a writer is killed, anywhere it could write",
          "[vault][slow]")
{
    auto tmp = vigil::test::tempDir();
    // Everything the child may touch lives under env/; the passphrase file does not.
    const QString env = tmp->filePath(QStringLiteral("env"));
    const QString secrets = tmp->filePath(QStringLiteral("secrets"));
    QProcessEnvironment childEnv = QProcessEnvironment::systemEnvironment();
    for (const char* var : {"HOME", "TMPDIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                            "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = env + QLatin1Char('/') + QString::fromLatin1(var).toLower();
        REQUIRE(QDir().mkpath(path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        childEnv.insert(QString::fromLatin1(var), path);
    }
    REQUIRE(QDir().mkpath(secrets));
    const QByteArray passphrase = makeCanary("passphrase");
    const QString passFile = vigil::test::writePassphraseFile(secrets, passphrase.constData());
    const QString dir = env + QStringLiteral("/vault");
    {
        auto created = Vault::create(dir, bufferOf(passphrase), fastKdf());
        REQUIRE_OK(created);
    }

    const QByteArray payload = makeCanary("payload");
    QProcess child;
    child.setProcessEnvironment(childEnv);
    child.setWorkingDirectory(env);
    child.start(QString::fromUtf8(VIGIL_TEST_CHILD),
                {QStringLiteral("write-loop"), dir, passFile, QString::fromUtf8(payload)});
    REQUIRE(child.waitForStarted(5000));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (out.count('\n') < 30 && timer.elapsed() < 20000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
    }
    const bool wasRunning = child.state() == QProcess::Running;
    child.kill();
    child.waitForFinished(5000);
    INFO("child stdout tail: " << out.right(200).toStdString()
                               << "\nstderr: " << child.readAllStandardError().toStdString());
    REQUIRE(wasRunning);
    REQUIRE(out.count('\n') >= 30);

    // The kill left the WAL behind, as a crash would.
    CHECK(QFileInfo(dir + QStringLiteral("/vigil.db-wal")).size() > 0);
    INFO("vault files: " << filesIn(dir).join(QStringLiteral(", ")).toStdString());
    CHECK(scanForCanaries({env}, {payload, passphrase}) == QStringList());
    // Sanity: the passphrase file, outside the scanned tree, does hold the canary.
    CHECK(scanForCanaries({secrets}, {passphrase}).size() == 1);

    // And the rows are there for the rightful owner.
    auto opened = Vault::open(dir, bufferOf(passphrase));
    REQUIRE_OK(opened);
    auto st = (*opened)->database().prepare("SELECT count(*) FROM crash_rows WHERE instr(payload, ?) > 0");
    REQUIRE_OK(st);
    st->bind(1, QString::fromUtf8(payload));
    auto row = st->step();
    REQUIRE_OK(row);
    REQUIRE(*row);
    CHECK(st->columnInt(0) >= 30);
}
