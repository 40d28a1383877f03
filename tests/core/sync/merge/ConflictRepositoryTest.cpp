#include "core/sync/merge/ConflictRepository.h"

#include "core/model/Finding.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/sync/merge/ConflictDetector.h"
#include "tests/core/repo/RecordSeed.h"
#include "tests/core/sync/merge/MergeTestSupport.h"
#include "tests/support/VaultFixture.h"

#include <QDateTime>
#include <QThread>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

// Two devices sharing a finding, each with its own vault.
struct Pair
{
    VaultFixture one, two;
    QString finding;

    Pair()
    {
        const QString visit = seedVisit(one.records(), seedPlace(one.records()), 3);
        Finding draft;
        draft.visitId = visit;
        draft.category = QStringLiteral("treatment");
        draft.title = QStringLiteral("Use of restraints");
        draft.facts = QStringLiteral("Restraints seen in cell 4.");
        auto id = FindingRepository(one.records()).create(draft);
        REQUIRE(id.ok());
        finding = *id;
        exchange();
    }
    // Each vault receives every op of the other.
    void exchange()
    {
        const auto fromOne = allOps(one.db());
        const auto fromTwo = allOps(two.db());
        REQUIRE(deliver(two.records(), fromOne).ok());
        REQUIRE(deliver(one.records(), fromTwo).ok());
    }
    void writeFacts(VaultFixture& v, const char* text)
    {
        FindingRepository repo(v.records());
        auto f = repo.get(finding);
        REQUIRE(f.ok());
        f->facts = QString::fromUtf8(text);
        REQUIRE(repo.update(*f).ok());
    }
    QString facts(VaultFixture& v)
    {
        auto f = FindingRepository(v.records()).get(finding);
        REQUIRE(f.ok());
        return f->facts;
    }
    std::vector<Conflict> open(VaultFixture& v)
    {
        auto list = ConflictRepository(v.records()).listOpen();
        REQUIRE(list.ok());
        return *list;
    }
};

} // namespace

TEST_CASE("both devices list the same conflict and a resolution settles it everywhere", "[merge]")
{
    Pair p;
    p.writeFacts(p.one, "Restraints seen in cells 4 and 5.");
    p.writeFacts(p.two, "Restraints seen in cell 4, used for hours.");
    p.exchange();
    const auto onOne = p.open(p.one);
    const auto onTwo = p.open(p.two);
    REQUIRE(onOne.size() == 1);
    REQUIRE(onTwo.size() == 1);
    CHECK(onOne[0].id == onTwo[0].id);
    const Conflict& c = onOne[0];
    CHECK(c.kind == QLatin1StringView(ConflictDetector::kProse));
    CHECK(c.field == QStringLiteral("facts"));
    CHECK(c.recordExists);
    // Both versions are there: one in the field, the other in the conflict.
    QStringList versions{c.currentValue.toString(), c.losingValue.toString()};
    versions.sort();
    CHECK(versions == QStringList{QStringLiteral("Restraints seen in cell 4, used for hours."),
                                  QStringLiteral("Restraints seen in cells 4 and 5.")});
    CHECK(p.facts(p.one) == p.facts(p.two));
    CHECK(digestOf(p.one.db()) == digestOf(p.two.db()));

    ConflictRepository conflicts(p.one.records());
    const QString merged = QStringLiteral("Restraints seen in cells 4 and 5, used for hours.");
    REQUIRE(conflicts.resolve(c.id, merged).ok());
    CHECK(p.open(p.one).empty());
    CHECK(p.facts(p.one) == merged);
    auto again = conflicts.resolve(c.id, merged);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Usage);

    p.exchange();
    CHECK(p.open(p.two).empty());
    CHECK(p.facts(p.two) == merged);
    CHECK(digestOf(p.one.db()) == digestOf(p.two.db()));
    auto settled = ConflictRepository(p.two.records()).get(c.id);
    REQUIRE(settled.ok());
    CHECK_FALSE(settled->open);
    CHECK(settled->resolution == QStringLiteral("chose_text"));
    CHECK(settled->resolvedAt > 0);
}

TEST_CASE("keeping the current text closes the conflict and changes nothing else", "[merge]")
{
    Pair p;
    p.writeFacts(p.one, "Version one.");
    p.writeFacts(p.two, "Version two.");
    p.exchange();
    const QString before = p.facts(p.two);
    const auto open = p.open(p.two);
    REQUIRE(open.size() == 1);
    auto wrongWay = ConflictRepository(p.two.records()).restoreRecord(open[0].id);
    REQUIRE_FALSE(wrongWay.ok());
    CHECK(wrongWay.error().kind == ErrorKind::Usage);
    REQUIRE(ConflictRepository(p.two.records()).keepCurrent(open[0].id).ok());
    CHECK(p.facts(p.two) == before);
    p.exchange();
    CHECK(p.open(p.one).empty());
    CHECK(digestOf(p.one.db()) == digestOf(p.two.db()));
}

TEST_CASE("resolutions made on two devices at once converge and keep the other choice", "[merge]")
{
    Pair p;
    p.writeFacts(p.one, "Version one.");
    p.writeFacts(p.two, "Version two.");
    p.exchange();
    const auto open = p.open(p.one);
    REQUIRE(open.size() == 1);
    REQUIRE(ConflictRepository(p.one.records())
                .resolve(open[0].id, QStringLiteral("Merged on one."))
                .ok());
    REQUIRE(ConflictRepository(p.two.records())
                .resolve(open[0].id, QStringLiteral("Merged on two."))
                .ok());
    p.exchange();
    CHECK(digestOf(p.one.db()) == digestOf(p.two.db()));
    // The first conflict is settled; the two resolutions conflict in turn, and the losing one is
    // kept.
    const auto now = p.open(p.one);
    REQUIRE(now.size() == 1);
    CHECK(now[0].id != open[0].id);
    QStringList versions{now[0].currentValue.toString(), now[0].losingValue.toString()};
    versions.sort();
    CHECK(versions ==
          QStringList{QStringLiteral("Merged on one."), QStringLiteral("Merged on two.")});
}

TEST_CASE("an edit racing a deletion can bring the record back", "[merge]")
{
    Pair p;
    REQUIRE(FindingRepository(p.one.records()).remove(p.finding).ok());
    // The edit must be stamped after the deletion, as it is when made later in real time.
    const qint64 deletedAt = Hlc::millis(p.one.records().clock().last());
    while (QDateTime::currentMSecsSinceEpoch() <= deletedAt)
        QThread::yieldCurrentThread();
    p.writeFacts(p.two, "Written offline after the visit.");
    p.exchange();
    const auto open = p.open(p.one);
    REQUIRE(open.size() == 1);
    CHECK(open[0].kind == QLatin1StringView(ConflictDetector::kDeletion));
    CHECK(open[0].recordDeleted);
    CHECK(open[0].losingValue.toString() == QStringLiteral("Written offline after the visit."));
    auto wrongWay = ConflictRepository(p.one.records()).resolve(open[0].id, QStringLiteral("x"));
    REQUIRE_FALSE(wrongWay.ok());
    CHECK(wrongWay.error().kind == ErrorKind::Usage);

    REQUIRE(ConflictRepository(p.one.records()).restoreRecord(open[0].id).ok());
    p.exchange();
    CHECK(p.open(p.two).empty());
    CHECK(p.facts(p.two) == QStringLiteral("Written offline after the visit."));
    CHECK(count(p.two.db(), "SELECT deleted FROM finding") == 0);
    CHECK(digestOf(p.one.db()) == digestOf(p.two.db()));
}

TEST_CASE("an unknown conflict id is reported as not found", "[merge]")
{
    VaultFixture f;
    auto missing = ConflictRepository(f.records())
                       .keepCurrent(QStringLiteral("00112233445566778899aabbccddeeff"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}

TEST_CASE("resolving a conflict between two ops that share a stamp leaves nothing open", "[merge]")
{
    // Two devices wrote in the same millisecond with the same counter: the
    // resolution's base names that stamp, which cannot say whose text the
    // writer had. The resolver had both on screen, so nothing is open after.
    VaultFixture here;
    OpMaker a{'a'}, b{'b'};
    const QString place = QStringLiteral("0190a000-0000-7000-8000-000000000001");
    const QString visit = QStringLiteral("0190a000-0000-7000-8000-000000000002");
    const QString finding = QStringLiteral("0190a000-0000-7000-8000-000000000003");
    const auto ops = join({newPlace(a, stamp(1), place), newVisit(a, stamp(2), visit, place),
                           newFinding(a, stamp(10), finding, visit, "f0"),
                           a.change(stamp(20), catalog::kFinding, finding,
                                    {{"facts", QStringLiteral("Seen by a.")}}, stamp(10)),
                           b.change(stamp(20), catalog::kFinding, finding,
                                    {{"facts", QStringLiteral("Seen by b.")}}, stamp(10))});
    REQUIRE(deliver(here.records(), ops).ok());
    ConflictRepository conflicts(here.records());
    auto open = conflicts.listOpen();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);

    const QString merged = QStringLiteral("Seen by a and by b.");
    REQUIRE(conflicts.resolve(open->front().id, merged).ok());
    auto after = conflicts.listOpen();
    REQUIRE(after.ok());
    CHECK(after->empty());

    // A device that receives the resolution agrees.
    VaultFixture other;
    REQUIRE(deliver(other.records(), allOps(here.db())).ok());
    auto there = ConflictRepository(other.records()).listOpen();
    REQUIRE(there.ok());
    CHECK(there->empty());
    CHECK(digestOf(other.db()) == digestOf(here.db()));
}

TEST_CASE("resolving settles only the versions the screen showed", "[merge]")
{
    // Three devices share a stamp: a lost to b, b lost to c. The conflict
    // a/b shows a's text and the current one (c's), never b's: resolving it
    // leaves b's conflict open, whether the resolution writes a new text or
    // keeps the current one.
    VaultFixture here;
    OpMaker a{'a'}, b{'b'}, c{'c'};
    const QString place = QStringLiteral("0190a000-0000-7000-8000-000000000001");
    const QString visit = QStringLiteral("0190a000-0000-7000-8000-000000000002");
    const QString finding = QStringLiteral("0190a000-0000-7000-8000-000000000003");
    const auto facts = [&](OpMaker& m, const char* text) {
        return m.change(stamp(20), catalog::kFinding, finding, {{"facts", QString::fromUtf8(text)}},
                        stamp(10));
    };
    const auto ops = join({newPlace(a, stamp(1), place), newVisit(a, stamp(2), visit, place),
                           newFinding(a, stamp(10), finding, visit, "f0"), facts(a, "Seen by a."),
                           facts(b, "Seen by b."), facts(c, "Seen by c.")});
    REQUIRE(deliver(here.records(), ops).ok());
    ConflictRepository conflicts(here.records());
    auto open = conflicts.listOpen();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 2);
    const auto losing = [&](const char* text) {
        auto list = conflicts.listOpen();
        REQUIRE(list.ok());
        QStringList out;
        for (const Conflict& x : *list)
            out << x.losingValue.toString();
        out.sort();
        return out == QStringList{QString::fromUtf8(text)};
    };
    const auto of = [&](const char* text) {
        for (const Conflict& x : *open)
            if (x.losingValue.toString() == QString::fromUtf8(text))
                return x;
        FAIL("no conflict loses " << text);
        return Conflict{};
    };
    const Conflict aLost = of("Seen by a.");
    CHECK(aLost.currentValue.toString() == QStringLiteral("Seen by c."));
    const QString chosen =
        GENERATE(QStringLiteral("Seen by a and c."), QStringLiteral("Seen by c."));
    CAPTURE(chosen);
    REQUIRE(conflicts.resolve(aLost.id, chosen).ok());
    CHECK(losing("Seen by b."));
}
