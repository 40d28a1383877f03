// Wrong parties: bundles from unknown or revoked senders, bundles for other
// devices, and forgeries are refused before anything is decrypted.
#include "core/sync/bundle/BundleFormat.h"
#include "tests/core/sync/bundle/BundleTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QCborMap>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

struct Parties
{
    std::unique_ptr<QTemporaryDir> dir = tempDir();
    TestDevice sender = TestDevice::generate();
    TestDevice me = TestDevice::generate();
    TestDevice peer = TestDevice::generate();
    TestDevice stranger = TestDevice::generate();
    QString path = dir->filePath(QStringLiteral("b.vgb"));

    Parties()
    {
        writeBundle(path, sender, {&me, &peer}, [](BundleWriter& w) {
            REQUIRE(w.addItem(BundleItemKind::Op, QCborMap{{1, 2}}).ok());
        });
    }

    std::optional<BundleErrorCode> read(const BundleReader& reader, RecordingSink& sink) const
    {
        return codeOf(reader.read(path, sink));
    }
};

} // namespace

TEST_CASE("bundles from unknown or revoked senders are refused", "[bundle]")
{
    Parties p;
    RecordingSink sink;
    SECTION("unknown")
    {
        CHECK(p.read(p.me.reader(rosterOf({&p.peer})), sink) == BundleErrorCode::UnknownSender);
        CHECK(p.read(p.me.reader(SenderLookup{}), sink) == BundleErrorCode::UnknownSender);
    }
    SECTION("revoked")
    {
        CHECK(p.read(p.me.reader(rosterOf({&p.peer}, {&p.sender})), sink) ==
              BundleErrorCode::RevokedSender);
    }
    SECTION("a roster entry whose key does not match the sender's id")
    {
        const SenderLookup wrongKey = [&](const BundleHeader&) -> std::optional<SenderKeys> {
            return SenderKeys{p.stranger.signPublic, false};
        };
        CHECK(p.read(p.me.reader(wrongKey), sink) == BundleErrorCode::UnknownSender);
    }
    SECTION("the lookup sees the claimed header, to judge revocation by seq range")
    {
        QList<quint64> seen;
        const SenderLookup bySeq = [&](const BundleHeader& h) -> std::optional<SenderKeys> {
            seen.append(h.lastSeq);
            return SenderKeys{p.sender.signPublic, h.lastSeq > 2};
        };
        CHECK(p.read(p.me.reader(bySeq), sink) == BundleErrorCode::RevokedSender);
        CHECK(seen == QList<quint64>{3});
    }
    CHECK(sink.calls == 0);
}

TEST_CASE("bundles for other devices or keys are refused", "[bundle]")
{
    Parties p;
    RecordingSink sink;
    const SenderLookup roster = rosterOf({&p.sender});
    SECTION("not addressed to this device")
    {
        CHECK(p.read(p.stranger.reader(roster), sink) == BundleErrorCode::NotAddressed);
    }
    SECTION("a recipient's id with a different device's key pair")
    {
        const BundleReader impostor(p.me.id, p.stranger.boxPublic, p.stranger.boxSecret, roster);
        CHECK(p.read(impostor, sink) == BundleErrorCode::NotAddressed);
        const BundleReader swapped(p.me.id, p.peer.boxPublic, p.peer.boxSecret, roster);
        CHECK(p.read(swapped, sink) == BundleErrorCode::NotAddressed);
    }
    CHECK(sink.calls == 0);
    SECTION("both addressees can read it")
    {
        CHECK(p.me.reader(roster).read(p.path, sink).ok());
        CHECK(p.peer.reader(roster).read(p.path, sink).ok());
        CHECK(sink.items.size() == 2);
    }
}

TEST_CASE("a bundle signed by another device than its sender is refused", "[bundle]")
{
    // The stranger takes a genuine bundle, keeps the sender's id in the
    // header and signs it with its own key.
    Parties p;
    const QByteArray genuine = readFile(p.path);
    writeFile(p.path, resign(genuine.left(genuine.size() - BundleFormat::kTrailerSize),
                             p.stranger.signSecret));
    RecordingSink sink;
    CHECK(p.read(p.me.reader(rosterOf({&p.sender, &p.stranger})), sink) ==
          BundleErrorCode::Damaged);
    CHECK(sink.calls == 0);
}
