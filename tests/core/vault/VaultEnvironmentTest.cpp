// A hostile environment: a missing folder, a read-only folder, a full disk.
// Each is reported by its own error kind and leaves the vault as it was.
#include "core/crypto/RecoveryKey.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/vault/Vault.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace vigil;
using vigil::test::fastKdf;
using vigil::test::hashTree;
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

#define REQUIRE_ERROR(result, expectedKind)                                                        \
    do {                                                                                           \
        REQUIRE_FALSE((result).ok());                                                              \
        INFO(describe((result).error()));                                                          \
        REQUIRE(std::string(errorKindName((result).error().kind)) ==                              \
                errorKindName(expectedKind));                                                      \
    } while (false)

constexpr const char* kPass = "correct horse battery staple 7&Q";

const QStringList kNotes = {QStringLiteral("before the fault: one"),
                            QStringLiteral("before the fault: two"),
                            QStringLiteral("before the fault: three")};

void createWithNotes(const QString& dir)
{
    auto created = Vault::create(dir, secret(kPass), fastKdf());
    REQUIRE_OK(created);
    Database& db = created->vault->database();
    REQUIRE_OK(db.exec("CREATE TABLE env_notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL)"));
    auto tx = db.beginWrite();
    REQUIRE_OK(tx);
    for (const QString& note : kNotes) {
        auto st = db.prepare("INSERT INTO env_notes(body) VALUES (?)");
        REQUIRE_OK(st);
        st->bind(1, note);
        REQUIRE_OK(st->run());
    }
    REQUIRE_OK(tx->commit());
    created->vault->lock();
}

// Opens with the original passphrase, checks health and the notes.
void checkIntact(const QString& dir)
{
    auto opened = Vault::open(dir, secret(kPass));
    REQUIRE_OK(opened);
    auto problems = (*opened)->verify();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    auto st = (*opened)->database().prepare("SELECT body FROM env_notes ORDER BY id");
    REQUIRE_OK(st);
    QStringList notes;
    for (;;) {
        auto row = st->step();
        REQUIRE_OK(row);
        if (!*row)
            break;
        notes.append(st->columnText(0));
    }
    CHECK(notes == kNotes);
}

struct ChildResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

ChildResult runChild(const QStringList& args, int timeoutMs = 60000)
{
    QProcess child;
    child.start(QString::fromUtf8(VIGIL_TEST_CHILD), args);
    ChildResult r;
    if (!child.waitForStarted(5000) || !child.waitForFinished(timeoutMs)) {
        child.kill();
        child.waitForFinished(5000);
        r.err = "child did not finish: " + child.errorString().toUtf8();
        return r;
    }
    r.exitCode = child.exitCode();
    r.crashed = child.exitStatus() != QProcess::NormalExit;
    r.out = child.readAllStandardOutput();
    r.err = child.readAllStandardError();
    return r;
}

// chmod/chown a tree; directories get `dirMode`, files `fileMode`.
void setTreeModes(const QString& root, mode_t dirMode, mode_t fileMode, uid_t uid, gid_t gid)
{
    QStringList dirs{root};
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        const QString path = it.next();
        (QFileInfo(path).isDir() ? dirs : files).append(path);
    }
    const bool root_ = ::geteuid() == 0;
    for (const QString& f : files) {
        if (root_)
            REQUIRE(::chown(QFile::encodeName(f).constData(), uid, gid) == 0);
        REQUIRE(::chmod(QFile::encodeName(f).constData(), fileMode) == 0);
    }
    for (const QString& d : dirs) {
        if (root_)
            REQUIRE(::chown(QFile::encodeName(d).constData(), uid, gid) == 0);
        REQUIRE(::chmod(QFile::encodeName(d).constData(), dirMode) == 0);
    }
}

} // namespace

TEST_CASE("Vault environment: a missing folder is NotFound", "[vault]")
{
    auto tmp = vigil::test::tempDir();
    const QString missing = tmp->filePath(QStringLiteral("no/such/vault"));
    CHECK_FALSE(Vault::existsAt(missing));
    REQUIRE_ERROR(Vault::open(missing, secret(kPass)), ErrorKind::NotFound);
    CHECK_FALSE(QFileInfo::exists(missing)); // not created by looking
    REQUIRE_ERROR(Vault::recover(missing, RecoveryKey::format(RecoveryKey::generate()), secret(kPass),
                                 fastKdf()),
                  ErrorKind::NotFound);
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("Vault environment: a folder without a vault is NotFound", "[vault]")
{
    auto tmp = vigil::test::tempDir();
    SECTION("empty folder")
    {
        REQUIRE_ERROR(Vault::open(tmp->path(), secret(kPass)), ErrorKind::NotFound);
    }
    SECTION("only a database, no key file")
    {
        const QString dir = tmp->filePath(QStringLiteral("vault"));
        createWithNotes(dir);
        REQUIRE(QFile::remove(dir + QStringLiteral("/vault.key")));
        CHECK_FALSE(Vault::existsAt(dir));
        const auto before = hashTree(dir);
        REQUIRE_ERROR(Vault::open(dir, secret(kPass)), ErrorKind::NotFound);
        CHECK(hashTree(dir) == before);
    }
}

TEST_CASE("Vault environment: a read-only vault folder is ReadOnly and left as it was",
          "[vault]")
{
    auto tmp = vigil::test::tempDir();
    // The unprivileged child must be able to reach the vault.
    REQUIRE(::chmod(QFile::encodeName(tmp->path()).constData(), 0755) == 0);
    const QString dir = tmp->filePath(QStringLiteral("vault"));
    createWithNotes(dir);
    const QString passFile = vigil::test::writePassphraseFile(tmp->path(), kPass);
    // Hand the vault to the user the child becomes (root ignores modes).
    const uid_t owner = ::geteuid() == 0 ? 65534 : ::geteuid();
    const gid_t group = ::geteuid() == 0 ? 65534 : ::getegid();

    SECTION("the folder is read-only")
    {
        setTreeModes(dir, 0555, 0600, owner, group);
    }
    SECTION("the folder and its files are read-only")
    {
        setTreeModes(dir, 0555, 0400, owner, group);
    }
    const auto before = hashTree(dir);
    const ChildResult r = runChild({QStringLiteral("open-unprivileged"), dir, passFile});
    INFO("child exit " << r.exitCode << ", stdout: " << r.out.toStdString()
                       << ", stderr: " << r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.out.startsWith("read-only"));
    CHECK(hashTree(dir) == before);

    setTreeModes(dir, 0700, 0600, ::geteuid(), ::getegid());
    CHECK(hashTree(dir) == before);
    checkIntact(dir);
}

TEST_CASE("Vault environment: a full disk is DiskFull and committed rows survive",
          "[vault][slow]")
{
    auto tmp = vigil::test::tempDir();
    const QString dir = tmp->filePath(QStringLiteral("vault"));
    createWithNotes(dir);
    const QString passFile = vigil::test::writePassphraseFile(tmp->path(), kPass);
    const QByteArray keyHash = hashTree(dir).value(QStringLiteral("vault.key"));
    REQUIRE_FALSE(keyHash.isEmpty());

    const qint64 dbSize = QFileInfo(dir + QStringLiteral("/vigil.db")).size();
    const qint64 limit = dbSize + 300 * 1024;
    const ChildResult r = runChild({QStringLiteral("fill"), dir, passFile, QString::number(limit)});
    INFO("db " << dbSize << " bytes, limit " << limit << "; child exit " << r.exitCode
               << ", stdout: " << r.out.toStdString() << ", stderr: " << r.err.toStdString());
    CHECK_FALSE(r.crashed);
    CHECK(r.out.startsWith("disk-full"));
    CHECK(r.exitCode == 0);

    CHECK(hashTree(dir).value(QStringLiteral("vault.key")) == keyHash);
    checkIntact(dir);

    // Whatever the child did commit is whole.
    auto opened = Vault::open(dir, secret(kPass));
    REQUIRE_OK(opened);
    auto st = (*opened)->database().prepare(
        "SELECT count(*), coalesce(min(length(payload)), 65536), coalesce(max(length(payload)), 65536) "
        "FROM fill_rows");
    REQUIRE_OK(st);
    auto row = st->step();
    REQUIRE_OK(row);
    REQUIRE(*row);
    INFO("fill rows committed: " << st->columnInt(0));
    CHECK(st->columnInt(1) == 65536);
    CHECK(st->columnInt(2) == 65536);
    // And the vault takes writes again once there is room.
    REQUIRE_OK((*opened)->database().exec("INSERT INTO env_notes(body) VALUES ('after')"));
}
