#include "core/sync/exchange/PeerState.h"

#include "core/store/Statement.h"
#include "tests/core/repo/InterviewFixture.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

const QString kPeer = QString(32, QLatin1Char('b'));
const QString kOrigin = QString(32, QLatin1Char('c'));
const QString kOther = QString(32, QLatin1Char('d'));

BundlePut put(qint64 number, qint64 from, qint64 to)
{
    BundlePut p;
    p.number = number;
    p.coverage = {CoverageRange{kOrigin, from, to}};
    p.stateDigest = QByteArray(32, char(number));
    return p;
}

qint64 after(PeerState& peers, const QString& origin)
{
    auto map = peers.sendAfter(kPeer);
    REQUIRE_OK(map);
    const auto it = map->find(origin);
    return it == map->end() ? 0 : it->second;
}

} // namespace

TEST_CASE("a put records what was sent, the bundle count, the visits and the state digest",
          "[exchange]")
{
    test::VaultFixture f;
    PeerState peers(f.db());
    CHECK(peers.vectors(kPeer)->empty());
    CHECK(peers.times(kPeer)->bundlesPut == 0);
    CHECK(peers.lastPutDigest(kPeer)->isEmpty());

    BundlePut first = put(1, 1, 40);
    first.visits = QStringList{QStringLiteral("v1"), QStringLiteral("v2")};
    REQUIRE_OK(peers.markPut(kPeer, first, 100));
    BundlePut second = put(2, 41, 90);
    second.coverage.push_back(CoverageRange{kOther, 1, 0}); // empty: nothing recorded
    REQUIRE_OK(peers.markPut(kPeer, second, 200));

    auto vectors = peers.vectors(kPeer);
    REQUIRE_OK(vectors);
    REQUIRE(vectors->size() == 1);
    CHECK(vectors->front().originId == kOrigin);
    CHECK(vectors->front().sent == 90);
    CHECK(vectors->front().acked == 0);
    const PeerTimes times = *peers.times(kPeer);
    CHECK(times.bundlesPut == 2);
    CHECK(times.lastPutAt == 200);
    CHECK_FALSE(times.goneNoticedAt.has_value());
    CHECK(*peers.sentVisits(kPeer) == QStringList{QStringLiteral("v1"), QStringLiteral("v2")});
    CHECK(*peers.lastPutDigest(kPeer) == second.stateDigest);
    CHECK(after(peers, kOrigin) == 90);

    // A later export's visits replace the list: a visit the peer left is forgotten,
    // so joining it again sends it whole again.
    BundlePut third = put(3, 91, 95);
    third.visits = QStringList{QStringLiteral("v2")};
    REQUIRE_OK(peers.markPut(kPeer, third, 300));
    CHECK(*peers.sentVisits(kPeer) == QStringList{QStringLiteral("v2")});
}

TEST_CASE("acks only rise and let an export skip what the peer holds", "[exchange]")
{
    test::VaultFixture f;
    PeerState peers(f.db());
    REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 30}, {kOther, 5}}, 100));
    REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 20}}, 150)); // an older bundle imported late
    auto vectors = peers.vectors(kPeer);
    REQUIRE_OK(vectors);
    REQUIRE(vectors->size() == 2);
    CHECK(vectors->at(0).acked == 30);
    CHECK(vectors->at(1).acked == 5);
    CHECK(peers.times(kPeer)->ackReceivedAt == 150);
    // Nothing sent yet, but the peer has 30 of kOrigin (from another device).
    CHECK(after(peers, kOrigin) == 30);

    // Inside a caller's transaction, rolled back with it.
    {
        auto tx = f.db().beginWrite();
        REQUIRE_OK(tx);
        REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 99}}, 200));
    }
    CHECK(peers.vectors(kPeer)->at(0).acked == 30);
}

TEST_CASE("the re-send rule: what the peer fetched and still does not acknowledge is sent "
          "again",
          "[exchange]")
{
    test::VaultFixture f;
    PeerState peers(f.db());
    REQUIRE_OK(peers.markPut(kPeer, put(1, 1, 50), 100));

    // An ack before our bundle was seen fetched proves nothing.
    REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 20}}, 150));
    CHECK(after(peers, kOrigin) == 50);

    // Fetched (the inbox is empty), and the next ack still lacks 21..50: lost.
    REQUIRE_OK(peers.noticeGone(kPeer, 200));
    CHECK(peers.delivered(kPeer)->at(kOrigin) == 50);
    CHECK(peers.times(kPeer)->goneNoticedAt == 200);
    REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 20}}, 300));
    CHECK(peers.vectors(kPeer)->front().sent == 20);
    CHECK(after(peers, kOrigin) == 20);
    CHECK(peers.delivered(kPeer)->empty()); // checked once

    // The re-sent bundle goes out; further acks from before it arrived change nothing.
    REQUIRE_OK(peers.markPut(kPeer, put(2, 21, 60), 400));
    REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 20}}, 450));
    CHECK(after(peers, kOrigin) == 60);
}

TEST_CASE("a busy peer whose acks lag one exchange is not sent everything again", "[exchange]")
{
    test::VaultFixture f;
    PeerState peers(f.db());
    REQUIRE_OK(peers.markPut(kPeer, put(1, 1, 50), 100));
    REQUIRE_OK(peers.noticeGone(kPeer, 200));              // bundle 1 fetched
    REQUIRE_OK(peers.markPut(kPeer, put(2, 51, 80), 250)); // bundle 2 still in the inbox
    // The peer's bundle covers bundle 1 only: bundle 2 is not lost, just not there yet.
    REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 50}}, 300));
    CHECK(peers.vectors(kPeer)->front().sent == 80);
    CHECK(after(peers, kOrigin) == 80);

    // Another origin the peer never acknowledged at all counts as lost too.
    BundlePut other = put(3, 1, 10);
    other.coverage = {CoverageRange{kOther, 1, 10}};
    REQUIRE_OK(peers.markPut(kPeer, other, 400));
    REQUIRE_OK(peers.noticeGone(kPeer, 500));
    REQUIRE_OK(peers.recordAck(kPeer, {{kOrigin, 80}}, 600));
    CHECK(after(peers, kOrigin) == 80);
    CHECK(after(peers, kOther) == 0);
}
