// The enrolment request (.vge): only the coordinator it is sealed to opens
// it, only the holder of the invitation's one-time secret can make one the
// coordinator accepts, and only for keys the device really holds.
#include "core/sync/org/EnrolmentRequest.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/FlatCborMap.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>
#include <sodium.h>

using namespace vigil;

namespace {

struct Keys
{
    QByteArray signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    SecretBuffer signSecret = SecretBuffer(crypto_sign_SECRETKEYBYTES);
    QByteArray boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    SecretBuffer boxSecret = SecretBuffer(crypto_box_SECRETKEYBYTES);
    Keys()
    {
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(signPublic.data()), signSecret.data());
        crypto_box_keypair(reinterpret_cast<unsigned char*>(boxPublic.data()), boxSecret.data());
    }
};

const QString kInvitation = QStringLiteral("00112233445566778899aabbccddeeff");

EnrolmentRequest requestFrom(const Keys& device)
{
    EnrolmentRequest r;
    r.invitationId = kInvitation;
    r.deviceName = QStringLiteral("حاسوب أمينة"); // "Amina's laptop"
    r.signPublic = device.signPublic;
    r.boxPublic = device.boxPublic;
    r.createdAt = 1'700'000'123'456;
    return r;
}

// The coordinator's side: the invitation it issued, by id.
struct Issued
{
    SecretBuffer secret = SecretBuffer::random(32);
    int lookups = 0;
    EnrolmentRequest::SecretLookup lookup()
    {
        return [this](const QString& id) -> Result<SecretBuffer> {
            ++lookups;
            if (id != kInvitation)
                return Error::make(ErrorKind::NotFound, QStringLiteral("unknown invitation"));
            return SecretBuffer::copyOf(secret.data(), secret.size());
        };
    }
};

QByteArray sealOk(const EnrolmentRequest& r, const SecretBuffer& secret, const Keys& device,
                  const Keys& coordinator)
{
    auto file = EnrolmentRequest::seal(r, secret, device.signSecret, coordinator.boxPublic);
    REQUIRE(file.ok());
    return *file;
}

// A request body built by hand (MAC and signature chosen by the test), sealed
// and framed properly: what a forger holding some of the pieces could send.
QByteArray forge(const EnrolmentRequest& r, const SecretBuffer& macKey,
                 const SecretBuffer& signingKey, const QByteArray& coordinatorBox)
{
    QByteArray fields;
    FlatCborMap::appendHead(fields, FlatCborMap::Map, 5);
    FlatCborMap::appendBytes(fields, 1, QByteArray::fromHex(r.invitationId.toLatin1()));
    FlatCborMap::appendText(fields, 2, r.deviceName);
    FlatCborMap::appendBytes(fields, 3, r.signPublic);
    FlatCborMap::appendBytes(fields, 4, r.boxPublic);
    FlatCborMap::appendUnsigned(fields, 5, quint64(r.createdAt));
    QByteArray mac(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), 32,
                       reinterpret_cast<const unsigned char*>(fields.constData()),
                       std::size_t(fields.size()), macKey.data(), macKey.size());
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(fields.constData()),
                         std::size_t(fields.size()), signingKey.data());
    QByteArray body;
    FlatCborMap::appendHead(body, FlatCborMap::Map, 7);
    body += fields.mid(1);
    FlatCborMap::appendBytes(body, 6, mac);
    FlatCborMap::appendBytes(body, 7, signature);

    QByteArray file("VIGILENR\0\1", 10);
    char length[4];
    qToBigEndian(quint32(body.size() + crypto_box_SEALBYTES), length);
    file.append(length, 4);
    QByteArray sealed(body.size() + qsizetype(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                    reinterpret_cast<const unsigned char*>(body.constData()),
                    std::size_t(body.size()),
                    reinterpret_cast<const unsigned char*>(coordinatorBox.constData()));
    return file + sealed;
}

void requireRefused(const QByteArray& file, const Keys& coordinator, Issued& issued)
{
    auto opened =
        EnrolmentRequest::open(file, coordinator.boxPublic, coordinator.boxSecret, issued.lookup());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Integrity);
    CHECK_FALSE(opened.error().message.isEmpty());
}

} // namespace

TEST_CASE("enrolment request: the coordinator reads what the device sent", "[org][enrolment]")
{
    const Keys device, coordinator;
    Issued issued;
    const EnrolmentRequest sent = requestFrom(device);
    const QByteArray file = sealOk(sent, issued.secret, device, coordinator);
    CHECK(file.startsWith("VIGILENR"));

    auto opened =
        EnrolmentRequest::open(file, coordinator.boxPublic, coordinator.boxSecret, issued.lookup());
    REQUIRE(opened.ok());
    CHECK(opened->invitationId == sent.invitationId);
    CHECK(opened->deviceName == sent.deviceName);
    CHECK(opened->signPublic == sent.signPublic);
    CHECK(opened->boxPublic == sent.boxPublic);
    CHECK(opened->createdAt == sent.createdAt);
    CHECK(opened->deviceId() == DeviceIdentity::idFor(device.signPublic));

    // The same bytes a forger would assemble by hand: the format is the document's.
    REQUIRE(
        EnrolmentRequest::open(forge(sent, issued.secret, device.signSecret, coordinator.boxPublic),
                               coordinator.boxPublic, coordinator.boxSecret, issued.lookup())
            .ok());
}

TEST_CASE("enrolment request: nothing readable on the way", "[org][enrolment]")
{
    const Keys device, coordinator;
    Issued issued;
    EnrolmentRequest sent = requestFrom(device);
    sent.deviceName = QStringLiteral("laptop-canary-7f3a9c");
    const QByteArray file = sealOk(sent, issued.secret, device, coordinator);
    CHECK_FALSE(file.contains("laptop-canary-7f3a9c"));
    CHECK_FALSE(file.contains(device.signPublic));
    CHECK_FALSE(file.contains(QByteArray(issued.secret.chars(), 32)));
}

TEST_CASE("enrolment request: a wrong one-time secret is refused", "[org][enrolment]")
{
    const Keys device, coordinator;
    Issued issued;
    const SecretBuffer guessed = SecretBuffer::random(32);
    const QByteArray file = sealOk(requestFrom(device), guessed, device, coordinator);
    auto opened =
        EnrolmentRequest::open(file, coordinator.boxPublic, coordinator.boxSecret, issued.lookup());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Integrity);
    CHECK(opened.error().detail.contains(QStringLiteral("MAC")));
}

TEST_CASE("enrolment request: keys the device does not hold are refused", "[org][enrolment]")
{
    const Keys device, other, coordinator;
    Issued issued;
    SECTION("signed by another key than the one enrolled")
    {
        // The holder of the secret tries to enrol someone else's public key.
        requireRefused(
            forge(requestFrom(device), issued.secret, other.signSecret, coordinator.boxPublic),
            coordinator, issued);
    }
    SECTION("the writer will not sign for another key")
    {
        auto file = EnrolmentRequest::seal(requestFrom(device), issued.secret, other.signSecret,
                                           coordinator.boxPublic);
        REQUIRE_FALSE(file.ok());
        CHECK(file.error().kind == ErrorKind::Usage);
    }
}

TEST_CASE("enrolment request: an unknown invitation is refused by the lookup", "[org][enrolment]")
{
    const Keys device, coordinator;
    Issued issued;
    EnrolmentRequest r = requestFrom(device);
    r.invitationId = QStringLiteral("ffffffffffffffffffffffffffffffff");
    auto opened =
        EnrolmentRequest::open(sealOk(r, issued.secret, device, coordinator), coordinator.boxPublic,
                               coordinator.boxSecret, issued.lookup());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::NotFound);
}

TEST_CASE("enrolment request: only the coordinator it is sealed to opens it", "[org][enrolment]")
{
    const Keys device, coordinator, stranger;
    Issued issued;
    const QByteArray file = sealOk(requestFrom(device), issued.secret, device, coordinator);
    auto opened =
        EnrolmentRequest::open(file, stranger.boxPublic, stranger.boxSecret, issued.lookup());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Integrity);
    CHECK(issued.lookups == 0);
}

TEST_CASE("enrolment request: every changed byte and every cut is refused", "[org][enrolment]")
{
    const Keys device, coordinator;
    Issued issued;
    const QByteArray file = sealOk(requestFrom(device), issued.secret, device, coordinator);
    for (qsizetype i = 0; i < file.size(); ++i) {
        for (const quint8 delta : {quint8(0x01), quint8(0xff)}) {
            QByteArray changed = file;
            changed[i] = char(quint8(changed[i]) ^ delta);
            INFO("byte " << i << " xor " << int(delta));
            requireRefused(changed, coordinator, issued);
        }
    }
    for (qsizetype length = 0; length < file.size(); ++length) {
        INFO("length " << length);
        requireRefused(file.left(length), coordinator, issued);
    }
    requireRefused(file + '\0', coordinator, issued);
    CHECK(issued.lookups == 0); // nothing got past the seal
}

TEST_CASE("enrolment request: sealed bodies in any other form are refused", "[org][enrolment]")
{
    const Keys device, coordinator;
    Issued issued;
    auto sealBody = [&coordinator](const QByteArray& body) {
        QByteArray file("VIGILENR\0\1", 10);
        char length[4];
        qToBigEndian(quint32(body.size() + crypto_box_SEALBYTES), length);
        file.append(length, 4);
        QByteArray sealed(body.size() + qsizetype(crypto_box_SEALBYTES), '\0');
        crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                        reinterpret_cast<const unsigned char*>(body.constData()),
                        std::size_t(body.size()),
                        reinterpret_cast<const unsigned char*>(coordinator.boxPublic.constData()));
        return file + sealed;
    };
    // Open a good request's body to vary it.
    const QByteArray good =
        forge(requestFrom(device), issued.secret, device.signSecret, coordinator.boxPublic);
    QByteArray body(good.size() - 14 - qsizetype(crypto_box_SEALBYTES), '\0');
    REQUIRE(crypto_box_seal_open(
                reinterpret_cast<unsigned char*>(body.data()),
                reinterpret_cast<const unsigned char*>(good.constData() + 14),
                std::size_t(good.size() - 14),
                reinterpret_cast<const unsigned char*>(coordinator.boxPublic.constData()),
                coordinator.boxSecret.data()) == 0);
    REQUIRE(EnrolmentRequest::open(sealBody(body), coordinator.boxPublic, coordinator.boxSecret,
                                   issued.lookup())
                .ok());

    SECTION("an empty body")
    {
        requireRefused(sealBody(QByteArray()), coordinator, issued);
    }
    SECTION("a map of six")
    {
        requireRefused(sealBody(char(0xa6) + body.mid(1)), coordinator, issued);
    }
    SECTION("a long-form map head")
    {
        requireRefused(sealBody(QByteArray("\xb8\x07", 2) + body.mid(1)), coordinator, issued);
    }
    SECTION("trailing bytes")
    {
        requireRefused(sealBody(body + '\0'), coordinator, issued);
    }
    SECTION("random bodies")
    {
        QRandomGenerator random(77);
        for (int round = 0; round < 300; ++round) {
            QByteArray changed = body;
            changed[qsizetype(random.bounded(quint32(changed.size())))] = char(random.bounded(256));
            if (changed == body)
                continue;
            INFO("round " << round);
            auto opened = EnrolmentRequest::open(sealBody(changed), coordinator.boxPublic,
                                                 coordinator.boxSecret, issued.lookup());
            CHECK_FALSE(opened.ok());
        }
    }
}
