#include "core/sync/merge/ConflictDetector.h"

#include "core/repo/EntityCatalog.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/util/Uuid7.h"
#include "tests/core/sync/merge/MergeTestSupport.h"
#include "tests/support/VaultFixture.h"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <numeric>

using namespace vigil;
using namespace vigil::test;

namespace {

// A finding created by device a at stamp 10, and the devices that edit it.
struct Scene
{
    VaultFixture f;
    OpMaker a{'a'}, b{'b'}, c{'c'};
    QString place = Uuid7::generate();
    QString visit = Uuid7::generate();
    QString finding = Uuid7::generate();
    std::vector<Op> base;

    Scene()
    {
        base = join({newPlace(a, stamp(1), place), newVisit(a, stamp(2), visit, place),
                     newFinding(a, stamp(10), finding, visit, "f0")});
    }
    std::vector<Op> facts(OpMaker& m, qint64 at, qint64 baseHlc, const char* text)
    {
        return m.change(at, catalog::kFinding, finding, {{"facts", QString::fromUtf8(text)}},
                        baseHlc);
    }
    QStringList losing(const char* kind = ConflictDetector::kProse)
    {
        QStringList out;
        auto stmt =
            f.db().prepare("SELECT losing_value, kind FROM sync_conflict ORDER BY losing_value");
        REQUIRE(stmt.ok());
        while (*stmt->step()) {
            if (stmt->columnText(1) == QLatin1StringView(kind))
                out.append(stmt->columnText(0));
        }
        return out;
    }
    QString current(const char* field = "facts")
    {
        return scalar(f.db(),
                      QStringLiteral("SELECT %1 FROM finding").arg(QLatin1StringView(field)))
            .toString();
    }
};

// Delivers the batches in the order given by `order`, one transaction each.
void deliverInOrder(Scene& s, const std::vector<std::vector<Op>>& batches, std::vector<int> order)
{
    for (int i : order)
        REQUIRE(deliver(s.f.records(), batches[std::size_t(i)]).ok());
}

} // namespace

TEST_CASE("concurrent prose edits are a conflict, whichever order they arrive in", "[merge]")
{
    Scene s;
    const std::vector<std::vector<Op>> batches = {s.base, s.facts(s.a, stamp(20), stamp(10), "fa"),
                                                  s.facts(s.b, stamp(25), stamp(10), "fb")};
    std::vector<int> order = GENERATE(std::vector<int>{0, 1, 2}, std::vector<int>{2, 1, 0},
                                      std::vector<int>{1, 0, 2}, std::vector<int>{2, 0, 1});
    deliverInOrder(s, batches, order);
    CHECK(s.current() == QStringLiteral("fb"));
    CHECK(s.losing() == QStringList{QStringLiteral("fa")});
    const QString expectedId = ConflictDetector::conflictId(
        ConflictDetector::kProse, s.b.device, batches[2][0].seq, s.a.device, batches[1][0].seq);
    CHECK(scalar(s.f.db(), QStringLiteral("SELECT id FROM sync_conflict")).toString() ==
          expectedId);
    CHECK(scalar(s.f.db(), QStringLiteral("SELECT field FROM sync_conflict")).toString() ==
          QStringLiteral("facts"));
}

TEST_CASE("an edit that saw the text it replaced, or wrote the same text, is no conflict",
          "[merge]")
{
    Scene s;
    SECTION("sequential edits on two devices")
    {
        deliverInOrder(s,
                       {s.base, s.facts(s.a, stamp(20), stamp(10), "fa"),
                        s.facts(s.b, stamp(25), stamp(20), "fb")},
                       {2, 0, 1});
        CHECK(s.current() == QStringLiteral("fb"));
    }
    SECTION("the same text on two devices")
    {
        deliverInOrder(s,
                       {s.base, s.facts(s.a, stamp(20), stamp(10), "same"),
                        s.facts(s.b, stamp(25), stamp(10), "same")},
                       {0, 2, 1});
    }
    SECTION("concurrent edits of a field that is not prose")
    {
        deliverInOrder(s,
                       {s.base,
                        s.a.change(stamp(20), catalog::kFinding, s.finding,
                                   {{"title", QStringLiteral("A")}}, stamp(10)),
                        s.b.change(stamp(25), catalog::kFinding, s.finding,
                                   {{"title", QStringLiteral("B")}}, stamp(10))},
                       {0, 2, 1});
        CHECK(s.current("title") == QStringLiteral("B"));
    }
    CHECK(count(s.f.db(), "SELECT count(*) FROM sync_conflict") == 0);
}

TEST_CASE("an op that arrives later can show that an earlier pair was no conflict", "[merge]")
{
    Scene s;
    const auto fromA = s.facts(s.a, stamp(20), stamp(10), "fa");
    const auto fromB = s.facts(s.b, stamp(25), stamp(20), "fb"); // saw fa
    const auto fromC = s.facts(s.c, stamp(30), stamp(25), "fc"); // saw fb
    REQUIRE(deliver(s.f.records(), join({s.base, fromA, fromC})).ok());
    // Without fb, fc seems to have replaced fa unseen.
    CHECK(s.losing() == QStringList{QStringLiteral("fa")});
    auto later = deliver(s.f.records(), fromB);
    REQUIRE(later.ok());
    CHECK(later->conflictsRemoved == 1);
    CHECK(count(s.f.db(), "SELECT count(*) FROM sync_conflict") == 0);
    CHECK(s.current() == QStringLiteral("fc"));
}

TEST_CASE("two devices saving as they type side by side make one conflict", "[merge]")
{
    Scene s;
    std::vector<std::vector<Op>> batches{s.base};
    qint64 baseA = stamp(10), baseB = stamp(10);
    for (int i = 1; i <= 5; ++i) {
        const QByteArray a = "a" + QByteArray::number(i), b = "b" + QByteArray::number(i);
        batches.push_back(s.facts(s.a, stamp(18 + 2 * i), baseA, a.constData()));
        batches.push_back(s.facts(s.b, stamp(19 + 2 * i), baseB, b.constData()));
        baseA = stamp(18 + 2 * i);
        baseB = stamp(19 + 2 * i);
    }
    std::vector<int> order(batches.size());
    std::iota(order.begin(), order.end(), 0);
    if (GENERATE(false, true))
        std::reverse(order.begin(), order.end());
    deliverInOrder(s, batches, order);
    CHECK(s.current() == QStringLiteral("b5"));
    CHECK(s.losing() == QStringList{QStringLiteral("a5")});
}

TEST_CASE("a base naming a stamp that two devices share counts as seeing neither", "[merge]")
{
    Scene s;
    // a and b edit at the same stamp without seeing each other; c then saw
    // the stamp 20, but a base cannot tell whose version: both are kept.
    deliverInOrder(s,
                   {s.base, s.facts(s.a, stamp(20), stamp(10), "fa"),
                    s.facts(s.b, stamp(20), stamp(10), "fb"),
                    s.facts(s.c, stamp(30), stamp(20), "fc")},
                   {3, 1, 0, 2});
    CHECK(s.current() == QStringLiteral("fc"));
    CHECK(s.losing() == QStringList{QStringLiteral("fa"), QStringLiteral("fb")});
}

TEST_CASE("a local edit after a shared stamp records its conflict at once", "[merge]")
{
    Scene s;
    const auto ops = join({s.base, s.facts(s.a, stamp(20), stamp(10), "fa"),
                           s.facts(s.b, stamp(20), stamp(10), "fb")});
    REQUIRE(deliver(s.f.records(), ops).ok());
    CHECK(s.losing() == QStringList{QStringLiteral("fa")});
    REQUIRE(s.f.records()
                .updateOne(catalog::kFinding, s.finding, {{"facts", QStringLiteral("edited here")}})
                .ok());
    CHECK(s.losing() == QStringList{QStringLiteral("fa"), QStringLiteral("fb")});
    // Another vault that merges the same ops agrees.
    VaultFixture other;
    REQUIRE(deliver(other.records(), allOps(s.f.db())).ok());
    CHECK(digestOf(other.db()) == digestOf(s.f.db()));
}

TEST_CASE("an edit racing a deletion is a conflict; an edit before it is not", "[merge]")
{
    Scene s;
    const Op deletion = s.a.tombstone(stamp(40), catalog::kFinding, s.finding);
    SECTION("the edit is stamped after the deletion")
    {
        const auto edit = s.facts(s.b, stamp(50), stamp(10), "written offline");
        deliverInOrder(s, {s.base, edit, {deletion}}, {0, 1, 2});
        CHECK(s.losing(ConflictDetector::kDeletion) ==
              QStringList{QStringLiteral("written offline")});
        CHECK(scalar(s.f.db(), QStringLiteral("SELECT winner_device FROM sync_conflict"))
                  .toString() == s.a.device);
        CHECK(scalar(s.f.db(), QStringLiteral("SELECT deleted FROM finding")).toLongLong() == 1);
        // The text is not lost: the deleted row still holds it.
        CHECK(s.current() == QStringLiteral("written offline"));

        // A later restore brings the record back; the race stays on record
        // until someone resolves it, as a local restore could not remove it.
        const Op restore = s.a.tombstone(stamp(60), catalog::kFinding, s.finding, false);
        auto restored = deliver(s.f.records(), std::vector<Op>{restore});
        REQUIRE(restored.ok());
        CHECK(restored->conflictsRemoved == 0);
        CHECK(scalar(s.f.db(), QStringLiteral("SELECT deleted FROM finding")).toLongLong() == 0);
        CHECK(count(s.f.db(), "SELECT count(*) FROM sync_conflict") == 1);
    }
    SECTION("the edit came after a restore")
    {
        const Op restore = s.a.tombstone(stamp(45), catalog::kFinding, s.finding, false);
        const auto edit = s.facts(s.b, stamp(50), stamp(10), "after the restore");
        deliverInOrder(s, {s.base, edit, {restore}, {deletion}}, {0, 1, 2, 3});
        CHECK(count(s.f.db(), "SELECT count(*) FROM sync_conflict") == 0);
    }
    SECTION("the edit came first")
    {
        const auto edit = s.facts(s.b, stamp(30), stamp(10), "before");
        deliverInOrder(s, {s.base, {deletion}, edit}, {0, 1, 2});
        CHECK(count(s.f.db(), "SELECT count(*) FROM sync_conflict") == 0);
    }
}
