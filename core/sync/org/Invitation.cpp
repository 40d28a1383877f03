#include "core/sync/org/Invitation.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/org/FlatCborMap.h"
#include "core/sync/org/OrgNames.h"

#include <QtEndian>
#include <sodium.h>

namespace vigil {

namespace {

constexpr char kMagic[] = "VIGILINV";
constexpr qsizetype kMagicSize = 8;
constexpr quint16 kVersion = 1;
constexpr qsizetype kPrefixSize = kMagicSize + 2 + 4;
constexpr qsizetype kSignatureSize = crypto_sign_BYTES;
constexpr int kFieldCount = 15;

enum Key
{
    KeyInvitation = 1,
    KeyOrg,
    KeyOrgName,
    KeyRole,
    KeyPerson,
    KeyLabel,
    KeySignPublic,
    KeyBoxPublic,
    KeyTransportKind,
    KeyTransportLocation,
    KeyTransportUser,
    KeyTransportPin,
    KeyCreated,
    KeyExpires,
    KeySecret,
};

constexpr qsizetype kIdSize = 16;
constexpr qsizetype kKeySize = 32;
constexpr qsizetype kSecretSize = 32;
constexpr qsizetype kPinSize = 32;
constexpr qsizetype kMaxOrgName = 200;
constexpr qsizetype kMaxPerson = 64;
constexpr qsizetype kMaxLabel = 200;
constexpr qsizetype kMaxLocation = 2000;
constexpr qsizetype kMaxUser = 200;

Error damaged(const QString& detail)
{
    return Error::make(
        ErrorKind::Integrity,
        InvitationFile::tr("This invitation file is damaged or was changed after it was signed."),
        QStringLiteral("invitation: ") + detail);
}

// What is wrong with the fields, if anything: the same rules for writing and
// reading, so a file Vigil writes is always one it reads.
std::optional<QString> problemWith(const Invitation& inv)
{
    if (!DeviceIdCodec::toBytes(inv.invitationId) || !DeviceIdCodec::toBytes(inv.orgId))
        return QStringLiteral("invitation or organisation id is not 32 lowercase hex digits");
    if (inv.orgName.isEmpty() || inv.orgName.size() > kMaxOrgName)
        return QStringLiteral("organisation name is empty or too long");
    if (!OrgNames::isRole(inv.role))
        return QStringLiteral("unknown role");
    if (inv.personId.size() > kMaxPerson || inv.label.size() > kMaxLabel)
        return QStringLiteral("person id or label too long");
    if (inv.coordinatorSignPublic.size() != kKeySize || inv.coordinatorBoxPublic.size() != kKeySize)
        return QStringLiteral("a coordinator key is not 32 bytes");
    if (!OrgNames::isTransportKind(inv.transportKind) ||
        inv.transportLocation.size() > kMaxLocation || inv.transportUser.size() > kMaxUser)
        return QStringLiteral("transport settings out of range");
    if (!inv.transportPin.isEmpty() && inv.transportPin.size() != kPinSize)
        return QStringLiteral("certificate pin is not 32 bytes");
    if (inv.createdAt < 0 || inv.expiresAt <= inv.createdAt)
        return QStringLiteral("expiry is not after creation");
    if (inv.secret.size() != std::size_t(kSecretSize))
        return QStringLiteral("one-time secret is not 32 bytes");
    return std::nullopt;
}

} // namespace

Result<QByteArray> InvitationFile::write(const Invitation& invitation,
                                         const SecretBuffer& signSecretKey)
{
    if (const auto problem = problemWith(invitation))
        return Error::make(ErrorKind::Usage, tr("The invitation could not be written."),
                           QStringLiteral("invitation: ") + *problem);
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return Error::make(ErrorKind::Usage, tr("The invitation could not be written."),
                           QStringLiteral("invitation: signing key is not 64 bytes"));
    // The signer must be the coordinator the invitation names, or every join fails.
    unsigned char signerPublic[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(signerPublic, signSecretKey.data());
    if (QByteArrayView(reinterpret_cast<const char*>(signerPublic), kKeySize) !=
        QByteArrayView(invitation.coordinatorSignPublic))
        return Error::make(ErrorKind::Usage, tr("The invitation could not be written."),
                           QStringLiteral("invitation: the signing key is not the coordinator's"));

    // One buffer, reserved once, so the secret is not left behind in
    // reallocated copies; the file itself necessarily holds it.
    QByteArray file;
    file.reserve(kPrefixSize + kMaxSize + kSignatureSize);
    file.append(kMagic, kMagicSize);
    file.append(char(kVersion >> 8)).append(char(kVersion & 0xff));
    file.append(4, '\0'); // body length, filled in below
    FlatCborMap::appendHead(file, FlatCborMap::Map, kFieldCount);
    FlatCborMap::appendBytes(file, KeyInvitation, *DeviceIdCodec::toBytes(invitation.invitationId));
    FlatCborMap::appendBytes(file, KeyOrg, *DeviceIdCodec::toBytes(invitation.orgId));
    FlatCborMap::appendText(file, KeyOrgName, invitation.orgName);
    FlatCborMap::appendText(file, KeyRole, invitation.role);
    FlatCborMap::appendText(file, KeyPerson, invitation.personId);
    FlatCborMap::appendText(file, KeyLabel, invitation.label);
    FlatCborMap::appendBytes(file, KeySignPublic, invitation.coordinatorSignPublic);
    FlatCborMap::appendBytes(file, KeyBoxPublic, invitation.coordinatorBoxPublic);
    FlatCborMap::appendText(file, KeyTransportKind, invitation.transportKind);
    FlatCborMap::appendText(file, KeyTransportLocation, invitation.transportLocation);
    FlatCborMap::appendText(file, KeyTransportUser, invitation.transportUser);
    FlatCborMap::appendBytes(file, KeyTransportPin, invitation.transportPin);
    FlatCborMap::appendUnsigned(file, KeyCreated, quint64(invitation.createdAt));
    FlatCborMap::appendUnsigned(file, KeyExpires, quint64(invitation.expiresAt));
    FlatCborMap::appendBytes(file, KeySecret, invitation.secret.chars(),
                             qsizetype(invitation.secret.size()));
    const qsizetype bodySize = file.size() - kPrefixSize;
    if (bodySize > kMaxSize) {
        sodium_memzero(file.data(), std::size_t(file.size()));
        return Error::make(ErrorKind::Usage, tr("The invitation could not be written."),
                           QStringLiteral("invitation: body over 16 KiB"));
    }
    qToBigEndian(quint32(bodySize), file.data() + kMagicSize + 2);

    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr,
                         reinterpret_cast<const unsigned char*>(file.constData()),
                         std::size_t(file.size()), signSecretKey.data());
    file.append(reinterpret_cast<const char*>(signature), kSignatureSize);
    return file;
}

Result<Invitation> InvitationFile::parse(const QByteArray& bytes)
{
    if (!bytes.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        // A copy cut short inside the magic is damaged; anything else is another kind of file.
        if (!bytes.isEmpty() && QByteArrayView(kMagic, kMagicSize).startsWith(bytes))
            return damaged(QStringLiteral("truncated in the magic"));
        return Error::make(ErrorKind::Integrity, tr("This file is not a Vigil invitation."),
                           QStringLiteral("invitation: no VIGILINV magic"));
    }
    if (bytes.size() < kPrefixSize)
        return damaged(QStringLiteral("truncated in the prefix"));
    const quint16 version = qFromBigEndian<quint16>(bytes.constData() + kMagicSize);
    if (version != kVersion)
        return Error::make(ErrorKind::Integrity,
                           tr("This invitation was made by a newer version of Vigil. Update "
                              "Vigil and open it again."),
                           QStringLiteral("invitation: version %1").arg(version));
    const quint32 bodySize = qFromBigEndian<quint32>(bytes.constData() + kMagicSize + 2);
    if (bodySize == 0 || bodySize > quint32(kMaxSize))
        return damaged(QStringLiteral("body length %1 out of range").arg(bodySize));
    if (bytes.size() != kPrefixSize + qsizetype(bodySize) + kSignatureSize)
        return damaged(QStringLiteral("file is %1 bytes, the frame says %2")
                           .arg(bytes.size())
                           .arg(kPrefixSize + qsizetype(bodySize) + kSignatureSize));

    const QByteArrayView body = QByteArrayView(bytes).sliced(kPrefixSize, bodySize);
    const auto fields = FlatCborMap::read(body, kFieldCount);
    if (!fields)
        return damaged(QStringLiteral("body is not a map of keys 1..15 in canonical form"));
    const QList<FlatCborMap::Value>& v = *fields;
    auto field = [&v](Key key) -> const FlatCborMap::Value& {
        return v[key - 1];
    };

    Invitation inv;
    if (!field(KeyInvitation).isBytes(kIdSize) || !field(KeyOrg).isBytes(kIdSize) ||
        !field(KeySignPublic).isBytes(kKeySize) || !field(KeyBoxPublic).isBytes(kKeySize) ||
        !field(KeySecret).isBytes(kSecretSize) ||
        field(KeyTransportPin).major != FlatCborMap::ByteString)
        return damaged(QStringLiteral("an id, key, pin or secret has the wrong type or size"));
    inv.invitationId = QString::fromLatin1(field(KeyInvitation).bytes.toByteArray().toHex());
    inv.orgId = QString::fromLatin1(field(KeyOrg).bytes.toByteArray().toHex());
    inv.coordinatorSignPublic = field(KeySignPublic).bytes.toByteArray();
    inv.coordinatorBoxPublic = field(KeyBoxPublic).bytes.toByteArray();
    inv.transportPin = field(KeyTransportPin).bytes.toByteArray();
    inv.secret = SecretBuffer::copyOf(field(KeySecret).bytes.data(), kSecretSize);

    const auto orgName = field(KeyOrgName).text(kMaxOrgName);
    const auto role = field(KeyRole).text(kMaxOrgName);
    const auto person = field(KeyPerson).text(kMaxPerson);
    const auto label = field(KeyLabel).text(kMaxLabel);
    const auto kind = field(KeyTransportKind).text(kMaxUser);
    const auto location = field(KeyTransportLocation).text(kMaxLocation);
    const auto user = field(KeyTransportUser).text(kMaxUser);
    if (!orgName || !role || !person || !label || !kind || !location || !user)
        return damaged(QStringLiteral("a text field is not valid UTF-8 of the allowed length"));
    inv.orgName = *orgName;
    inv.role = *role;
    inv.personId = *person;
    inv.label = *label;
    inv.transportKind = *kind;
    inv.transportLocation = *location;
    inv.transportUser = *user;

    if (!field(KeyCreated).isUnsigned() || !field(KeyExpires).isUnsigned() ||
        field(KeyCreated).number > quint64(INT64_MAX) ||
        field(KeyExpires).number > quint64(INT64_MAX))
        return damaged(QStringLiteral("created or expires is not an unsigned 63-bit integer"));
    inv.createdAt = qint64(field(KeyCreated).number);
    inv.expiresAt = qint64(field(KeyExpires).number);
    if (const auto problem = problemWith(inv))
        return damaged(*problem);

    const qsizetype signedSize = kPrefixSize + qsizetype(bodySize);
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(bytes.constData() + signedSize),
            reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(signedSize),
            reinterpret_cast<const unsigned char*>(inv.coordinatorSignPublic.constData())) != 0)
        return damaged(QStringLiteral("signature does not verify"));
    inv.coordinatorId = DeviceIdentity::idFor(inv.coordinatorSignPublic);
    return inv;
}

bool InvitationFile::isExpired(const Invitation& invitation, qint64 nowMs)
{
    return nowMs >= invitation.expiresAt;
}

} // namespace vigil
