#include "core/store/Database.h"
#include "core/store/Migrations.h"
#include "core/store/Statement.h"
#include "core/vault/Vault.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <string>
#include <vector>

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

struct Fixture
{
    std::unique_ptr<QTemporaryDir> tmp = vigil::test::tempDir();
    std::unique_ptr<Database> db = open();

    std::unique_ptr<Database> open()
    {
        auto opened = Database::open(tmp->filePath(QStringLiteral("test.db")),
                                     SecretBuffer::random(32), Database::Mode::ReadWriteCreate);
        REQUIRE_OK(opened);
        return std::move(opened).value();
    }
    int version()
    {
        auto v = db->userVersion();
        REQUIRE_OK(v);
        return *v;
    }
    bool hasTable(const char* name)
    {
        auto st = db->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
        REQUIRE_OK(st);
        st->bind(1, name);
        auto row = st->step();
        REQUIRE_OK(row);
        REQUIRE(*row);
        return st->columnInt(0) == 1;
    }
};

const std::vector<Migration> kTwo = {
    {1, "CREATE TABLE a(x INTEGER)"},
    {2, "CREATE TABLE b(y TEXT); INSERT INTO a VALUES (1)"},
};

} // namespace

TEST_CASE("Migrations: apply in order and bump user_version", "[store]")
{
    Fixture f;
    REQUIRE(f.version() == 0);
    REQUIRE_OK(Migrations::apply(*f.db, kTwo));
    CHECK(f.version() == 2);
    CHECK(f.hasTable("a"));
    CHECK(f.hasTable("b"));

    SECTION("applying again changes nothing")
    {
        // Re-running would fail (CREATE TABLE a) or insert a second row.
        REQUIRE_OK(Migrations::apply(*f.db, kTwo));
        CHECK(f.version() == 2);
        auto rows = f.db->scalarInt("SELECT count(*) FROM a");
        REQUIRE_OK(rows);
        CHECK(*rows == 1);
    }
    SECTION("only newer migrations run")
    {
        std::vector<Migration> three = kTwo;
        three.push_back({3, "CREATE TABLE c(z BLOB); INSERT INTO a VALUES (3)"});
        REQUIRE_OK(Migrations::apply(*f.db, three));
        CHECK(f.version() == 3);
        CHECK(f.hasTable("c"));
        auto rows = f.db->scalarInt("SELECT count(*) FROM a");
        REQUIRE_OK(rows);
        CHECK(*rows == 2);
    }
}

TEST_CASE("Migrations: a database newer than the code is refused and left alone", "[store]")
{
    Fixture f;
    REQUIRE_OK(f.db->setUserVersion(5));
    auto result = Migrations::apply(*f.db, kTwo);
    REQUIRE_FALSE(result.ok());
    INFO(describe(result.error()));
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(f.version() == 5);
    CHECK_FALSE(f.hasTable("a"));
    CHECK_FALSE(f.hasTable("b"));
}

TEST_CASE("Migrations: a failing migration rolls back with its version bump", "[store]")
{
    Fixture f;
    const std::vector<Migration> broken = {
        {1, "CREATE TABLE a(x INTEGER)"},
        {2, "CREATE TABLE half_done(y); INSERT INTO no_such_table VALUES (1)"},
        {3, "CREATE TABLE never(z)"},
    };
    auto result = Migrations::apply(*f.db, broken);
    REQUIRE_FALSE(result.ok());
    CHECK(f.version() == 1);     // migration 1 committed on its own
    CHECK(f.hasTable("a"));
    CHECK_FALSE(f.hasTable("half_done")); // migration 2 left no trace
    CHECK_FALSE(f.hasTable("never"));
    // The connection is not stuck inside a transaction.
    REQUIRE_OK(f.db->exec("CREATE TABLE after(x)"));
    CHECK(f.hasTable("after"));
}

TEST_CASE("Migrations: the vault schema is numbered 1..n and a new vault is at n",
          "[store][vault]")
{
    const auto schema = Migrations::vaultSchema();
    REQUIRE_FALSE(schema.empty());
    for (std::size_t i = 0; i < schema.size(); ++i) {
        INFO("migration #" << i);
        CHECK(schema[i].version == int(i) + 1);
        REQUIRE(schema[i].sql != nullptr);
    }
    const int newest = schema.back().version;

    Fixture f;
    REQUIRE_OK(Migrations::apply(*f.db, schema));
    CHECK(f.version() == newest);
    auto fk = f.db->prepare("PRAGMA foreign_key_check");
    REQUIRE_OK(fk);
    auto row = fk->step();
    REQUIRE_OK(row);
    CHECK_FALSE(*row);

    auto tmp = vigil::test::tempDir();
    const QString dir = tmp->filePath(QStringLiteral("vault"));
    auto created = Vault::create(dir, secret("correct horse battery staple 7&Q"), fastKdf());
    REQUIRE_OK(created);
    auto v = created->vault->database().userVersion();
    REQUIRE_OK(v);
    CHECK(*v == newest);
    auto info = created->vault->info();
    REQUIRE_OK(info);
    CHECK(info->schemaVersion == newest);
}
