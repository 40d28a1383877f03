#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>

#include <sqlite3.h>

#include <string>

using namespace vigil;

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

struct Fixture
{
    std::unique_ptr<QTemporaryDir> tmp = vigil::test::tempDir();
    QString path = tmp->filePath(QStringLiteral("test.db"));
    SecretBuffer key = SecretBuffer::random(32);
    std::unique_ptr<Database> db = connect();

    std::unique_ptr<Database> connect()
    {
        auto opened = Database::open(path, key, Database::Mode::ReadWriteCreate);
        REQUIRE_OK(opened);
        auto result = std::move(opened).value();
        REQUIRE_OK(result->exec("CREATE TABLE IF NOT EXISTS t(x INTEGER)"));
        return result;
    }

    qint64 count(Database& on)
    {
        auto n = on.scalarInt("SELECT count(*) FROM t");
        REQUIRE_OK(n);
        return *n;
    }
    qint64 count() { return count(*db); }
};

} // namespace

TEST_CASE("Transaction: rolls back unless committed", "[store]")
{
    Fixture f;

    SECTION("destroyed without commit")
    {
        {
            auto tx = f.db->beginWrite();
            REQUIRE_OK(tx);
            CHECK(tx->isActive());
            REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (1)"));
            CHECK(f.count() == 1); // visible inside the transaction
        }
        CHECK(f.count() == 0);
        // The connection is usable again: no transaction left open.
        REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (2)"));
        CHECK(f.count() == 1);
    }
    SECTION("explicit rollback")
    {
        auto tx = f.db->beginWrite();
        REQUIRE_OK(tx);
        REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (1)"));
        tx->rollback();
        CHECK_FALSE(tx->isActive());
        CHECK(f.count() == 0);
        tx->rollback(); // harmless twice
        CHECK(f.count() == 0);
    }
    SECTION("commit persists, across connections")
    {
        {
            auto tx = f.db->beginWrite();
            REQUIRE_OK(tx);
            REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (1)"));
            REQUIRE_OK(tx->commit());
            CHECK_FALSE(tx->isActive());
        }
        CHECK(f.count() == 1);
        f.db.reset();
        f.db = f.connect();
        CHECK(f.count() == 1);
    }
    SECTION("a read transaction also ends with its scope")
    {
        {
            auto tx = f.db->beginRead();
            REQUIRE_OK(tx);
            CHECK(tx->isActive());
        }
        auto again = f.db->beginWrite();
        REQUIRE_OK(again);
        REQUIRE_OK(again->commit());
    }
}

TEST_CASE("Transaction: moving hands over the duty to roll back", "[store]")
{
    Fixture f;
    auto tx = f.db->beginWrite();
    REQUIRE_OK(tx);
    REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (1)"));
    {
        Transaction moved(std::move(*tx));
        CHECK(moved.isActive());
        CHECK_FALSE(tx->isActive()); // NOLINT(bugprone-use-after-move)
    }
    CHECK(f.count() == 0); // the moved-to transaction rolled back
    // The moved-from one has nothing to do: a new transaction is possible.
    auto next = f.db->beginWrite();
    REQUIRE_OK(next);
    REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (2)"));
    REQUIRE_OK(next->commit());
    CHECK(f.count() == 1);
}

TEST_CASE("Transaction: nested beginWrite on one connection is refused", "[store]")
{
    Fixture f;
    auto outer = f.db->beginWrite();
    REQUIRE_OK(outer);
    auto inner = f.db->beginWrite();
    CHECK_FALSE(inner.ok());
    REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (1)"));
    REQUIRE_OK(outer->commit());
    CHECK(f.count() == 1);
}

TEST_CASE("Transaction: beginWrite is BEGIN IMMEDIATE", "[store]")
{
    Fixture f;
    auto other = f.connect();
    // Keep the second connection from waiting out a long busy timeout.
    sqlite3_busy_timeout(other->handle(), 50);

    auto writer = f.db->beginWrite();
    REQUIRE_OK(writer);
    // Nothing written yet, yet the write lock is already held: a deferred BEGIN
    // would let the other connection write here.
    CHECK(sqlite3_get_autocommit(f.db->handle()) == 0);
    REQUIRE_ERROR(other->exec("INSERT INTO t VALUES (99)"), ErrorKind::Locked);
    {
        auto otherWriter = other->beginWrite();
        REQUIRE_ERROR(otherWriter, ErrorKind::Locked);
    }
    // Readers are not blocked (WAL).
    {
        auto reader = other->beginRead();
        REQUIRE_OK(reader);
        CHECK(f.count(*other) == 0);
    }

    REQUIRE_OK(f.db->exec("INSERT INTO t VALUES (1)"));
    REQUIRE_OK(writer->commit());
    // Once committed, the other connection can write.
    REQUIRE_OK(other->exec("INSERT INTO t VALUES (2)"));
    CHECK(f.count() == 2);
}

TEST_CASE("Transaction: beginRead is deferred and sees a stable snapshot", "[store]")
{
    Fixture f;
    auto other = f.connect();
    sqlite3_busy_timeout(other->handle(), 50);

    auto reader = f.db->beginRead();
    REQUIRE_OK(reader);
    CHECK(f.count() == 0); // starts the read snapshot
    // A deferred read transaction takes no write lock.
    REQUIRE_OK(other->exec("INSERT INTO t VALUES (1)"));
    CHECK(f.count() == 0); // still the old snapshot
    reader->rollback();
    CHECK(f.count() == 1);
}
