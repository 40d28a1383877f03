// The signed invitation file (.vgi): what a coordinator writes is read back
// exactly, and anything else (a changed byte, a cut copy, a body that is
// signed but not in the one accepted form) is refused with a plain message.
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/FlatCborMap.h"
#include "core/sync/org/Invitation.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <sodium.h>
#include <utility>
#include <vector>

using namespace vigil;

namespace {

struct SignKeys
{
    QByteArray publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    SecretBuffer secretKey = SecretBuffer(crypto_sign_SECRETKEYBYTES);
    SignKeys()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    }
};

Invitation sampleInvitation(const SignKeys& keys)
{
    Invitation inv;
    inv.invitationId = QStringLiteral("0123456789abcdef0123456789abcdef");
    inv.orgId = QStringLiteral("fedcba9876543210fedcba9876543210");
    inv.orgName = QStringLiteral("Westland NPM — الآلية الوقائية");
    inv.role = QStringLiteral("monitor");
    inv.personId = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    inv.label = QStringLiteral("Amina Haddad");
    inv.coordinatorSignPublic = keys.publicKey;
    inv.coordinatorBoxPublic = QByteArray(32, '\x42');
    inv.transportKind = QStringLiteral("webdav");
    inv.transportLocation = QStringLiteral("https://cloud.example.org/remote.php/dav/files/npm/");
    inv.transportUser = QStringLiteral("npm-sync");
    inv.transportPin = QByteArray(32, '\x07');
    inv.createdAt = 1'700'000'000'000;
    inv.expiresAt = inv.createdAt + 14LL * 24 * 3600 * 1000;
    inv.secret = SecretBuffer::random(32);
    return inv;
}

QByteArray writeOk(const Invitation& inv, const SignKeys& keys)
{
    auto file = InvitationFile::write(inv, keys.secretKey);
    REQUIRE(file.ok());
    return *file;
}

// One map entry, already encoded, so a test can build bodies Vigil would
// never write and sign them properly.
using Entries = std::vector<std::pair<quint64, QByteArray>>;

QByteArray text(const QByteArray& utf8)
{
    QByteArray out;
    FlatCborMap::appendHead(out, FlatCborMap::TextString, quint64(utf8.size()));
    return out + utf8;
}
QByteArray bytes(const QByteArray& raw)
{
    QByteArray out;
    FlatCborMap::appendHead(out, FlatCborMap::ByteString, quint64(raw.size()));
    return out + raw;
}
QByteArray number(quint64 n)
{
    QByteArray out;
    FlatCborMap::appendHead(out, FlatCborMap::UnsignedInt, n);
    return out;
}

Entries entriesOf(const Invitation& inv)
{
    return {{1, bytes(QByteArray::fromHex(inv.invitationId.toLatin1()))},
            {2, bytes(QByteArray::fromHex(inv.orgId.toLatin1()))},
            {3, text(inv.orgName.toUtf8())},
            {4, text(inv.role.toUtf8())},
            {5, text(inv.personId.toUtf8())},
            {6, text(inv.label.toUtf8())},
            {7, bytes(inv.coordinatorSignPublic)},
            {8, bytes(inv.coordinatorBoxPublic)},
            {9, text(inv.transportKind.toUtf8())},
            {10, text(inv.transportLocation.toUtf8())},
            {11, text(inv.transportUser.toUtf8())},
            {12, bytes(inv.transportPin)},
            {13, number(quint64(inv.createdAt))},
            {14, number(quint64(inv.expiresAt))},
            {15, bytes(QByteArray(inv.secret.chars(), qsizetype(inv.secret.size())))}};
}

QByteArray encode(const Entries& entries)
{
    QByteArray body;
    FlatCborMap::appendHead(body, FlatCborMap::Map, entries.size());
    for (const auto& [key, value] : entries)
        body += number(key) + value;
    return body;
}

// A correctly framed and signed file around any body.
QByteArray frame(const QByteArray& body, const SignKeys& keys, quint16 version = 1)
{
    QByteArray file("VIGILINV");
    char prefix[6];
    qToBigEndian(version, prefix);
    qToBigEndian(quint32(body.size()), prefix + 2);
    file.append(prefix, 6);
    file += body;
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr,
                         reinterpret_cast<const unsigned char*>(file.constData()),
                         std::size_t(file.size()), keys.secretKey.data());
    return file + QByteArray(reinterpret_cast<const char*>(signature), crypto_sign_BYTES);
}

void requireRefused(const QByteArray& file)
{
    auto parsed = InvitationFile::parse(file);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().kind == ErrorKind::Integrity);
    CHECK_FALSE(parsed.error().message.isEmpty());
}

} // namespace

TEST_CASE("invitation file: what is written is read back", "[org][invitation]")
{
    const SignKeys keys;
    const Invitation inv = sampleInvitation(keys);
    const QByteArray file = writeOk(inv, keys);
    CHECK(file.startsWith("VIGILINV"));
    CHECK(file.size() <= 14 + InvitationFile::kMaxSize + 64);

    auto parsed = InvitationFile::parse(file);
    REQUIRE(parsed.ok());
    CHECK(parsed->invitationId == inv.invitationId);
    CHECK(parsed->orgId == inv.orgId);
    CHECK(parsed->orgName == inv.orgName);
    CHECK(parsed->role == inv.role);
    CHECK(parsed->personId == inv.personId);
    CHECK(parsed->label == inv.label);
    CHECK(parsed->coordinatorId == DeviceIdentity::idFor(keys.publicKey));
    CHECK(parsed->coordinatorSignPublic == inv.coordinatorSignPublic);
    CHECK(parsed->coordinatorBoxPublic == inv.coordinatorBoxPublic);
    CHECK(parsed->transportKind == inv.transportKind);
    CHECK(parsed->transportLocation == inv.transportLocation);
    CHECK(parsed->transportUser == inv.transportUser);
    CHECK(parsed->transportPin == inv.transportPin);
    CHECK(parsed->createdAt == inv.createdAt);
    CHECK(parsed->expiresAt == inv.expiresAt);
    CHECK(parsed->secret.equals(inv.secret));

    // The writer's body is exactly the canonical map of the document.
    CHECK(file.mid(14, file.size() - 78) == encode(entriesOf(inv)));
}

TEST_CASE("invitation file: optional fields may be empty", "[org][invitation]")
{
    const SignKeys keys;
    Invitation inv = sampleInvitation(keys);
    inv.personId.clear();
    inv.label.clear();
    inv.transportKind.clear();
    inv.transportLocation.clear();
    inv.transportUser.clear();
    inv.transportPin.clear();
    auto parsed = InvitationFile::parse(writeOk(inv, keys));
    REQUIRE(parsed.ok());
    CHECK(parsed->personId.isEmpty());
    CHECK(parsed->transportKind.isEmpty());
    CHECK(parsed->transportPin.isEmpty());
}

TEST_CASE("invitation file: the writer refuses what the reader would refuse", "[org][invitation]")
{
    const SignKeys keys, other;
    SECTION("another key than the coordinator's")
    {
        auto file = InvitationFile::write(sampleInvitation(keys), other.secretKey);
        REQUIRE_FALSE(file.ok());
        CHECK(file.error().kind == ErrorKind::Usage);
    }
    const std::vector<std::pair<const char*, std::function<void(Invitation&)>>> breakers = {
        {"role",
         [](Invitation& i) {
             i.role = QStringLiteral("admin");
         }},
        {"org name",
         [](Invitation& i) {
             i.orgName.clear();
         }},
        {"label",
         [](Invitation& i) {
             i.label = QString(201, QLatin1Char('x'));
         }},
        {"pin",
         [](Invitation& i) {
             i.transportPin = QByteArray(16, '\1');
         }},
        {"kind",
         [](Invitation& i) {
             i.transportKind = QStringLiteral("ftp");
         }},
        {"expiry",
         [](Invitation& i) {
             i.expiresAt = i.createdAt;
         }},
        {"secret",
         [](Invitation& i) {
             i.secret = SecretBuffer::random(16);
         }},
        {"id",
         [](Invitation& i) {
             i.orgId = i.orgId.toUpper();
         }},
    };
    for (const auto& [name, breakIt] : breakers) {
        DYNAMIC_SECTION(name)
        {
            Invitation inv = sampleInvitation(keys);
            breakIt(inv);
            auto file = InvitationFile::write(inv, keys.secretKey);
            REQUIRE_FALSE(file.ok());
            CHECK(file.error().kind == ErrorKind::Usage);
        }
    }
}

TEST_CASE("invitation file: every changed byte is refused", "[org][invitation]")
{
    const SignKeys keys;
    const QByteArray file = writeOk(sampleInvitation(keys), keys);
    for (qsizetype i = 0; i < file.size(); ++i) {
        for (const quint8 delta : {quint8(0x01), quint8(0x80), quint8(0xff)}) {
            QByteArray changed = file;
            changed[i] = char(quint8(changed[i]) ^ delta);
            INFO("byte " << i << " xor " << int(delta));
            requireRefused(changed);
        }
    }
}

TEST_CASE("invitation file: a cut or extended copy is refused", "[org][invitation]")
{
    const SignKeys keys;
    const QByteArray file = writeOk(sampleInvitation(keys), keys);
    for (qsizetype length = 0; length < file.size(); ++length) {
        INFO("length " << length);
        requireRefused(file.left(length));
    }
    requireRefused(file + '\0');
    requireRefused(file + file);
}

TEST_CASE("invitation file: plain messages for another file or a newer version",
          "[org][invitation]")
{
    const SignKeys keys;
    const Invitation inv = sampleInvitation(keys);
    auto notOurs = InvitationFile::parse(QByteArray("%PDF-1.7 not an invitation at all"));
    REQUIRE_FALSE(notOurs.ok());
    CHECK(notOurs.error().message.contains(QStringLiteral("not a Vigil invitation")));

    auto newer = InvitationFile::parse(frame(encode(entriesOf(inv)), keys, 2));
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().kind == ErrorKind::Integrity);
    CHECK(newer.error().message.contains(QStringLiteral("newer version")));

    auto damaged = InvitationFile::parse(writeOk(inv, keys).chopped(1));
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message ==
          QStringLiteral("This invitation file is damaged or was changed after it was signed."));
}

TEST_CASE("invitation file: signed bodies in any other form are refused", "[org][invitation]")
{
    const SignKeys keys;
    const Invitation inv = sampleInvitation(keys);
    // The unchanged body, framed by the test, is accepted: the cases below
    // fail for their one change only.
    REQUIRE(InvitationFile::parse(frame(encode(entriesOf(inv)), keys)).ok());

    auto refusedWith = [&](const std::function<void(Entries&)>& change) {
        Entries entries = entriesOf(inv);
        change(entries);
        requireRefused(frame(encode(entries), keys));
    };
    SECTION("a key missing")
    {
        refusedWith([](Entries& e) { e.erase(e.begin() + 4); });
    }
    SECTION("an unknown key")
    {
        refusedWith([](Entries& e) { e.emplace_back(16, number(0)); });
    }
    SECTION("keys out of order")
    {
        refusedWith([](Entries& e) { std::swap(e[2], e[3]); });
    }
    SECTION("a key twice")
    {
        refusedWith([](Entries& e) { e[3].first = 3; });
    }
    SECTION("a long-form integer")
    {
        refusedWith([](Entries& e) { e[12].second = QByteArray("\x1b\0\0\0\0\0\0\0\x05", 9); });
    }
    SECTION("a long-form string length")
    {
        refusedWith([](Entries& e) { e[3].second = QByteArray("\x78\x07monitor", 9); });
    }
    SECTION("a text where bytes belong")
    {
        refusedWith([](Entries& e) { e[0].second = text(QByteArray(16, 'a')); });
    }
    SECTION("an id of 15 bytes")
    {
        refusedWith([](Entries& e) { e[1].second = bytes("123456789012345"); });
    }
    SECTION("a secret of 31 bytes")
    {
        refusedWith([](Entries& e) { e[14].second = bytes(QByteArray(31, '\x11')); });
    }
    SECTION("a pin of 16 bytes")
    {
        refusedWith([](Entries& e) { e[11].second = bytes(QByteArray(16, '\1')); });
    }
    SECTION("an unknown role")
    {
        refusedWith([](Entries& e) { e[3].second = text("root"); });
    }
    SECTION("an unknown transport")
    {
        refusedWith([](Entries& e) { e[8].second = text("ftp"); });
    }
    SECTION("invalid UTF-8")
    {
        refusedWith([](Entries& e) { e[5].second = text("Amina \xc3\x28"); });
    }
    SECTION("an overlong UTF-8 sequence")
    {
        refusedWith([](Entries& e) { e[5].second = text("\xc0\xaf"); });
    }
    SECTION("a negative number")
    {
        refusedWith([](Entries& e) { e[12].second = QByteArray("\x20", 1); });
    }
    SECTION("a number beyond 63 bits")
    {
        refusedWith([](Entries& e) { e[13].second = number(~quint64(0)); });
    }
    SECTION("expiry before creation")
    {
        refusedWith([&inv](Entries& e) { e[13].second = number(quint64(inv.createdAt - 1)); });
    }
    SECTION("a nested map as a value")
    {
        refusedWith([](Entries& e) { e[5].second = QByteArray("\xa0", 1); });
    }
    SECTION("a label over 200 characters")
    {
        refusedWith([](Entries& e) { e[5].second = text(QByteArray(201, 'x')); });
    }
    SECTION("an indefinite-length map")
    {
        QByteArray body = encode(entriesOf(inv));
        body[0] = char(0xbf);
        requireRefused(frame(body + char(0xff), keys));
    }
    SECTION("bytes after the map")
    {
        requireRefused(frame(encode(entriesOf(inv)) + number(0), keys));
    }
    SECTION("signed by another key than the one inside")
    {
        const SignKeys other;
        requireRefused(frame(encode(entriesOf(inv)), other));
    }
}

TEST_CASE("invitation file: random damage never gets through", "[org][invitation]")
{
    const SignKeys keys;
    const QByteArray file = writeOk(sampleInvitation(keys), keys);
    QRandomGenerator random(20240607);
    for (int round = 0; round < 2000; ++round) {
        QByteArray changed = file;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(random.bounded(quint32(changed.size())));
            switch (random.bounded(3)) {
            case 0:
                changed[at] = char(random.bounded(256));
                break;
            case 1:
                changed.remove(at, 1 + qsizetype(random.bounded(4)));
                break;
            default:
                changed.insert(at, char(random.bounded(256)));
                break;
            }
        }
        if (changed == file)
            continue;
        INFO("round " << round);
        requireRefused(changed);
    }
    for (int round = 0; round < 200; ++round) {
        QByteArray noise(qsizetype(random.bounded(600)), Qt::Uninitialized);
        for (char& c : noise)
            c = char(random.bounded(256));
        requireRefused(QByteArray("VIGILINV") + noise);
    }
}

TEST_CASE("invitation file: expiry", "[org][invitation]")
{
    const SignKeys keys;
    const Invitation inv = sampleInvitation(keys);
    CHECK_FALSE(InvitationFile::isExpired(inv, inv.createdAt));
    CHECK_FALSE(InvitationFile::isExpired(inv, inv.expiresAt - 1));
    CHECK(InvitationFile::isExpired(inv, inv.expiresAt));
    CHECK(InvitationFile::isExpired(inv, inv.expiresAt + 1));
}
