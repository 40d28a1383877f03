// The inbox list as the inbox screen shows it: newest first, one row per
// file content, the sender's name from the roster and the reason in words.
#include "core/sync/exchange/InboxRepository.h"

#include "core/sync/exchange/Quarantine.h"
#include "tests/core/sync/exchange/BundleImportFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

InboxEntry entry(const char* name, char shaByte, const QString& sender, qint64 at,
                 const char* state, const char* reason = "")
{
    InboxEntry e;
    e.fileName = QString::fromLatin1(name);
    e.sha256 = QByteArray(32, shaByte);
    e.senderId = sender;
    e.firstSeq = 1;
    e.lastSeq = 4;
    e.createdAt = at - 10;
    e.receivedAt = at;
    e.state = QString::fromLatin1(state);
    e.reason = QString::fromLatin1(reason);
    e.ops = 4;
    return e;
}

} // namespace

TEST_CASE("the inbox lists bundles newest first with sender names and reasons", "[import]")
{
    Org org;
    org.sendRoster(org.a); // one imported row already, received at Member::kNow
    InboxRepository inbox(org.a.db());
    const QString stranger(32, QLatin1Char('f'));
    REQUIRE(inbox.record(entry("b.vgb", 'b', org.b.id, Member::kNow + 2, "waiting", "gap")).ok());
    REQUIRE(inbox
                .record(entry("x.vgb", 'x', stranger, Member::kNow + 1, "quarantined",
                              "unknown-sender"))
                .ok());

    auto rows = inbox.list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3);
    CHECK(rows->at(0).fileName == QStringLiteral("b.vgb"));
    CHECK(rows->at(0).senderName == QStringLiteral("Laptop"));
    CHECK(rows->at(0).reasonText == Quarantine::reasonText(QStringLiteral("gap")));
    CHECK(rows->at(1).senderName.isEmpty()); // not in the roster
    CHECK(rows->at(1).state == QStringLiteral("quarantined"));
    CHECK(rows->at(1).reasonText == Quarantine::reasonText(QStringLiteral("unknown-sender")));
    CHECK(rows->at(2).isImported());
    CHECK(rows->at(2).senderName == QStringLiteral("Secretariat"));
    CHECK(rows->at(2).reasonText.isEmpty());

    // The waiting file imported later is the same row, first seen when it was.
    InboxEntry done = entry("b.vgb", 'b', org.b.id, Member::kNow + 50, "imported");
    done.conflicts = 2;
    REQUIRE(inbox.record(done).ok());
    auto found = inbox.findBySha256(QByteArray(32, 'b'));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK((*found)->id == rows->at(0).id);
    CHECK((*found)->receivedAt == Member::kNow + 2);
    CHECK((*found)->isImported());
    CHECK((*found)->reason.isEmpty());
    CHECK((*found)->conflicts == 2);

    auto missing = inbox.findBySha256(QByteArray(32, 'z'));
    REQUIRE(missing.ok());
    CHECK(!missing->has_value());
}
