#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/vault/Vault.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

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

#define REQUIRE_ERROR(result, expectedKind)                                                        \
    do {                                                                                           \
        REQUIRE_FALSE((result).ok());                                                              \
        INFO(describe((result).error()));                                                          \
        REQUIRE(std::string(errorKindName((result).error().kind)) ==                              \
                errorKindName(expectedKind));                                                      \
    } while (false)

std::unique_ptr<Database> openDb(const QString& path, const SecretBuffer& key,
                                 Database::Mode mode = Database::Mode::ReadWriteCreate)
{
    auto db = Database::open(path, key, mode);
    REQUIRE_OK(db);
    return std::move(db).value();
}

QString pragmaText(Database& db, const char* sql)
{
    auto st = db.prepare(sql);
    REQUIRE_OK(st);
    auto row = st->step();
    REQUIRE_OK(row);
    REQUIRE(*row);
    return st->columnText(0);
}

qint64 pragmaInt(Database& db, const char* sql)
{
    auto v = db.scalarInt(sql);
    REQUIRE_OK(v);
    return *v;
}

// The settings DESIGN.md §4 promises on every connection.
void checkSettings(Database& db)
{
    CHECK(pragmaText(db, "PRAGMA journal_mode").toLower() == QStringLiteral("wal"));
    CHECK(pragmaInt(db, "PRAGMA synchronous") == 2);   // FULL
    CHECK(pragmaInt(db, "PRAGMA foreign_keys") == 1);
    CHECK(pragmaInt(db, "PRAGMA secure_delete") == 1);
    CHECK(pragmaInt(db, "PRAGMA temp_store") == 2);    // MEMORY
}

QByteArray fileHead(const QString& path, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(n);
}

} // namespace

TEST_CASE("Database: an encrypted database has the documented settings", "[store]")
{
    auto tmp = vigil::test::tempDir();
    const QString path = tmp->filePath(QStringLiteral("test.db"));
    SecretBuffer key = SecretBuffer::random(32);
    {
        auto db = openDb(path, key);
        checkSettings(*db);
        CHECK_FALSE(pragmaText(*db, "PRAGMA cipher_version").isEmpty());
        REQUIRE_OK(db->exec("CREATE TABLE t(x)"));
    }
    // Encrypted: no SQLite header at the start of the file.
    CHECK(fileHead(path, 16) != QByteArray("SQLite format 3\0", 16));
    auto db = openDb(path, key, Database::Mode::ReadWrite);
    checkSettings(*db);
}

TEST_CASE("Database: a vault's connection has the documented settings", "[store][vault]")
{
    auto tmp = vigil::test::tempDir();
    const QString dir = tmp->filePath(QStringLiteral("vault"));
    auto created = Vault::create(dir, secret("correct horse battery staple 7&Q"), fastKdf());
    REQUIRE_OK(created);
    checkSettings(created->vault->database());
    created->vault->lock();
    auto opened = Vault::open(dir, secret("correct horse battery staple 7&Q"));
    REQUIRE_OK(opened);
    checkSettings((*opened)->database());
}

TEST_CASE("Database: an empty key opens plain SQLite", "[store]")
{
    auto tmp = vigil::test::tempDir();
    const QString path = tmp->filePath(QStringLiteral("plain.db"));
    {
        auto db = openDb(path, SecretBuffer());
        REQUIRE_OK(db->exec("CREATE TABLE t(x); INSERT INTO t VALUES (42)"));
    }
    CHECK(fileHead(path, 16) == QByteArray("SQLite format 3\0", 16));
}

TEST_CASE("Database: the wrong raw key does not open the database", "[store]")
{
    auto tmp = vigil::test::tempDir();
    const QString path = tmp->filePath(QStringLiteral("test.db"));
    SecretBuffer key = SecretBuffer::random(32);
    {
        auto db = openDb(path, key);
        REQUIRE_OK(db->exec("CREATE TABLE t(x); INSERT INTO t VALUES ('hello')"));
    }
    SecretBuffer other = SecretBuffer::random(32);
    auto wrong = Database::open(path, other);
    REQUIRE_FALSE(wrong.ok());
    INFO(describe(wrong.error()));
    CHECK_FALSE(wrong.error().message.isEmpty());
    // Nor does no key at all.
    REQUIRE_FALSE(Database::open(path, SecretBuffer()).ok());
    // And the right key still does.
    auto db = openDb(path, key, Database::Mode::ReadWrite);
    CHECK(pragmaInt(*db, "SELECT count(*) FROM t") == 1);
}

TEST_CASE("Database: open modes", "[store]")
{
    auto tmp = vigil::test::tempDir();
    const QString path = tmp->filePath(QStringLiteral("test.db"));
    SecretBuffer key = SecretBuffer::random(32);

    SECTION("ReadWrite does not create a missing file")
    {
        auto db = Database::open(path, key, Database::Mode::ReadWrite);
        REQUIRE_FALSE(db.ok());
        CHECK_FALSE(QFileInfo::exists(path));
    }
    SECTION("ReadOnly refuses writes with ReadOnly")
    {
        {
            auto db = openDb(path, key);
            REQUIRE_OK(db->exec("CREATE TABLE t(x)"));
        }
        auto db = openDb(path, key, Database::Mode::ReadOnly);
        CHECK(pragmaInt(*db, "SELECT count(*) FROM t") == 0);
        REQUIRE_ERROR(db->exec("INSERT INTO t VALUES (1)"), ErrorKind::ReadOnly);
    }
}

TEST_CASE("Database: statements bind and read every type", "[store]")
{
    auto tmp = vigil::test::tempDir();
    auto db = openDb(tmp->filePath(QStringLiteral("test.db")), SecretBuffer::random(32));
    REQUIRE_OK(db->exec("CREATE TABLE t(i INTEGER, d REAL, s TEXT, c TEXT, b BLOB, n)"));
    auto insert = db->prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)");
    REQUIRE_OK(insert);
    const QString text = QStringLiteral("Zelle 4 \u2014 \u00fcberbelegt");
    const QByteArray blob("\x00\x01\xfe\xff", 4);
    insert->bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, text).bind(4, "utf8 \xc3\xa4").bindBlob(5, blob).bindNull(6);
    REQUIRE_OK(insert->run());
    CHECK(db->changes() == 1);
    CHECK(db->lastInsertRowId() == 1);

    auto select = db->prepare("SELECT i, d, s, c, b, n FROM t");
    REQUIRE_OK(select);
    auto row = select->step();
    REQUIRE_OK(row);
    REQUIRE(*row);
    CHECK(select->columnCount() == 6);
    CHECK(select->columnInt(0) == (qint64(1) << 40));
    CHECK(select->columnDouble(1) == 2.5);
    CHECK(select->columnText(2) == text);
    CHECK(select->columnText(3) == QStringLiteral("utf8 \u00e4"));
    CHECK(select->columnBlob(4) == blob);
    CHECK(select->isNull(5));
    CHECK_FALSE(select->isNull(0));
    auto done = select->step();
    REQUIRE_OK(done);
    CHECK_FALSE(*done);

    SECTION("reset allows a second run")
    {
        REQUIRE_OK(insert->reset());
        insert->bind(1, 7).bind(2, 0.0).bind(3, QString()).bind(4, "").bindBlob(5, QByteArray()).bindNull(6);
        REQUIRE_OK(insert->run());
        CHECK(pragmaInt(*db, "SELECT count(*) FROM t") == 2);
    }
    SECTION("a bad bind index is reported by step")
    {
        auto st = db->prepare("SELECT ?");
        REQUIRE_OK(st);
        st->bind(5, 1);
        CHECK_FALSE(st->step().ok());
    }
    SECTION("bad SQL is an error, not a crash")
    {
        auto st = db->prepare("SELEKT nonsense");
        REQUIRE_FALSE(st.ok());
        CHECK_FALSE(db->exec("INSERT INTO missing_table VALUES (1)").ok());
    }
}

TEST_CASE("Database: forEachRow visits every row and leaves the statement ready again",
          "[store]")
{
    auto tmp = vigil::test::tempDir();
    auto db = openDb(tmp->filePath(QStringLiteral("rows.db")), SecretBuffer::random(32));
    REQUIRE_OK(db->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)"));
    auto select = db->cached("SELECT x FROM t ORDER BY x");
    REQUIRE_OK(select);
    qint64 sum = 0;
    REQUIRE_OK((*select)->forEachRow([&sum](Statement& row) -> Status {
        sum += row.columnInt(0);
        return {};
    }));
    CHECK(sum == 6);
    // A callback's error stops the walk and is the result; the statement
    // is reset either way, so the cached one runs again from the start.
    int seen = 0;
    auto stopped = (*select)->forEachRow([&seen](Statement& row) -> Status {
        ++seen;
        if (row.columnInt(0) == 2)
            return Error::make(ErrorKind::Validation, QStringLiteral("two"));
        return {};
    });
    REQUIRE_ERROR(stopped, ErrorKind::Validation);
    CHECK(seen == 2);
    sum = 0;
    REQUIRE_OK((*select)->forEachRow([&sum](Statement& row) -> Status {
        sum += row.columnInt(0);
        return {};
    }));
    CHECK(sum == 6);
}

TEST_CASE("Database: user_version", "[store]")
{
    auto tmp = vigil::test::tempDir();
    auto db = openDb(tmp->filePath(QStringLiteral("test.db")), SecretBuffer::random(32));
    auto v = db->userVersion();
    REQUIRE_OK(v);
    CHECK(*v == 0);
    REQUIRE_OK(db->setUserVersion(7));
    v = db->userVersion();
    REQUIRE_OK(v);
    CHECK(*v == 7);
}

TEST_CASE("Database: integrityProblems is empty for a healthy database; checkpoint works",
          "[store]")
{
    auto tmp = vigil::test::tempDir();
    const QString path = tmp->filePath(QStringLiteral("test.db"));
    auto db = openDb(path, SecretBuffer::random(32));
    REQUIRE_OK(db->exec("CREATE TABLE t(x); INSERT INTO t VALUES (randomblob(5000))"));
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    REQUIRE_OK(db->checkpoint());
    auto problems = db->integrityProblems();
    REQUIRE_OK(problems);
    CHECK(problems->isEmpty());
    CHECK(QFileInfo(path).size() > 4096);
}

TEST_CASE("Database: SQLite result codes map to error kinds", "[store]")
{
    const QString detail = QStringLiteral("test");
    auto kind = [&](int rc) { return std::string(errorKindName(Database::errorForCode(rc, detail).kind)); };
    CHECK(kind(SQLITE_FULL) == "disk-full");
    CHECK(kind(SQLITE_READONLY) == "read-only");
    CHECK(kind(SQLITE_BUSY) == "locked");
    CHECK(kind(SQLITE_CORRUPT) == "integrity");
    CHECK(kind(SQLITE_IOERR) == "io");
    CHECK(kind(SQLITE_IOERR_READ) == "io");   // extended codes keep their primary meaning
    CHECK(kind(SQLITE_READONLY_DBMOVED) == "read-only");
    CHECK_FALSE(Database::errorForCode(SQLITE_FULL, detail).message.isEmpty());
}
