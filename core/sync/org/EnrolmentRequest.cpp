#include "core/sync/org/EnrolmentRequest.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/org/FlatCborMap.h"

#include <QtEndian>
#include <sodium.h>

namespace vigil {

namespace {

constexpr char kMagic[] = "VIGILENR";
constexpr qsizetype kMagicSize = 8;
constexpr quint16 kVersion = 1;
constexpr qsizetype kPrefixSize = kMagicSize + 2 + 4;
constexpr qsizetype kIdSize = 16;
constexpr qsizetype kKeySize = 32;
constexpr qsizetype kMacSize = crypto_generichash_BYTES; // BLAKE2b-256
constexpr qsizetype kSecretSize = 32;

enum Key
{
    KeyInvitation = 1,
    KeyName,
    KeySignPublic,
    KeyBoxPublic,
    KeyCreated,
    KeyMac,
    KeySignature,
};
constexpr int kSignedFields = 5;
constexpr int kFieldCount = 7;

Error damaged(const QString& detail)
{
    return Error::make(ErrorKind::Integrity,
                       EnrolmentRequest::tr("This enrolment request is damaged or was changed on "
                                            "the way."),
                       QStringLiteral("enrolment request: ") + detail);
}

const unsigned char* uchars(const char* data)
{
    return reinterpret_cast<const unsigned char*>(data);
}

// The MAC over `fields` (the CBOR map of keys 1-5) with the one-time secret.
QByteArray macOf(QByteArrayView fields, const SecretBuffer& secret)
{
    QByteArray mac(kMacSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), std::size_t(kMacSize),
                       uchars(fields.data()), std::size_t(fields.size()), secret.data(),
                       secret.size());
    return mac;
}

} // namespace

QString EnrolmentRequest::deviceId() const
{
    return DeviceIdentity::idFor(signPublic);
}

Result<QByteArray> EnrolmentRequest::seal(const EnrolmentRequest& request,
                                          const SecretBuffer& oneTimeSecret,
                                          const SecretBuffer& deviceSignSecret,
                                          const QByteArray& coordinatorBoxPublic)
{
    auto refuse = [](const char* detail) {
        return Error::make(ErrorKind::Usage, tr("The enrolment request could not be written."),
                           QStringLiteral("enrolment request: ") + QLatin1StringView(detail));
    };
    const auto invitationBytes = DeviceIdCodec::toBytes(request.invitationId);
    if (!invitationBytes)
        return refuse("invitation id is not 32 lowercase hex digits");
    if (request.deviceName.trimmed().isEmpty() || request.deviceName.size() > kMaxNameLength)
        return refuse("device name is empty or too long");
    if (request.signPublic.size() != kKeySize || request.boxPublic.size() != kKeySize ||
        coordinatorBoxPublic.size() != kKeySize)
        return refuse("a public key is not 32 bytes");
    if (request.createdAt < 0)
        return refuse("created is negative");
    if (oneTimeSecret.size() != std::size_t(kSecretSize))
        return refuse("one-time secret is not 32 bytes");
    if (deviceSignSecret.size() != crypto_sign_SECRETKEYBYTES)
        return refuse("signing key is not 64 bytes");
    unsigned char signerPublic[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(signerPublic, deviceSignSecret.data());
    if (QByteArrayView(reinterpret_cast<const char*>(signerPublic), kKeySize) !=
        QByteArrayView(request.signPublic))
        return refuse("the signing key is not the device's");

    QByteArray fields; // keys 1-5 as a map: what the MAC and the signature cover
    FlatCborMap::appendHead(fields, FlatCborMap::Map, kSignedFields);
    FlatCborMap::appendBytes(fields, KeyInvitation, *invitationBytes);
    FlatCborMap::appendText(fields, KeyName, request.deviceName);
    FlatCborMap::appendBytes(fields, KeySignPublic, request.signPublic);
    FlatCborMap::appendBytes(fields, KeyBoxPublic, request.boxPublic);
    FlatCborMap::appendUnsigned(fields, KeyCreated, quint64(request.createdAt));
    const QByteArray mac = macOf(fields, oneTimeSecret);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, uchars(fields.constData()), std::size_t(fields.size()),
                         deviceSignSecret.data());

    QByteArray body;
    FlatCborMap::appendHead(body, FlatCborMap::Map, kFieldCount);
    body.append(QByteArrayView(fields).sliced(1)); // the map head of five is one byte
    FlatCborMap::appendBytes(body, KeyMac, mac);
    FlatCborMap::appendBytes(body, KeySignature, reinterpret_cast<const char*>(signature),
                             crypto_sign_BYTES);

    const qsizetype sealedSize = body.size() + qsizetype(crypto_box_SEALBYTES);
    if (sealedSize > kMaxSealedSize)
        return refuse("request over the size limit");
    QByteArray file;
    file.reserve(kPrefixSize + sealedSize);
    file.append(kMagic, kMagicSize);
    file.append(char(kVersion >> 8)).append(char(kVersion & 0xff));
    file.append(4, '\0');
    qToBigEndian(quint32(sealedSize), file.data() + kMagicSize + 2);
    file.resize(kPrefixSize + sealedSize);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(file.data() + kPrefixSize),
                        uchars(body.constData()), std::size_t(body.size()),
                        uchars(coordinatorBoxPublic.constData())) != 0)
        return Error::make(ErrorKind::Crypto, tr("The enrolment request could not be encrypted."),
                           QStringLiteral("enrolment request: crypto_box_seal failed"));
    return file;
}

Result<EnrolmentRequest> EnrolmentRequest::open(const QByteArray& file,
                                                const QByteArray& coordinatorBoxPublic,
                                                const SecretBuffer& coordinatorBoxSecret,
                                                const SecretLookup& lookup)
{
    if (coordinatorBoxPublic.size() != kKeySize ||
        coordinatorBoxSecret.size() != crypto_box_SECRETKEYBYTES)
        return Error::make(ErrorKind::Usage, tr("The enrolment request could not be opened."),
                           QStringLiteral("enrolment request: coordinator box keys wrong size"));
    if (!file.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        if (!file.isEmpty() && QByteArrayView(kMagic, kMagicSize).startsWith(file))
            return damaged(QStringLiteral("truncated in the magic"));
        return Error::make(ErrorKind::Integrity, tr("This file is not a Vigil enrolment request."),
                           QStringLiteral("enrolment request: no VIGILENR magic"));
    }
    if (file.size() < kPrefixSize)
        return damaged(QStringLiteral("truncated in the prefix"));
    const quint16 version = qFromBigEndian<quint16>(file.constData() + kMagicSize);
    if (version != kVersion)
        return Error::make(ErrorKind::Integrity,
                           tr("This enrolment request was made by a newer version of Vigil. "
                              "Update Vigil and open it again."),
                           QStringLiteral("enrolment request: version %1").arg(version));
    const quint32 sealedSize = qFromBigEndian<quint32>(file.constData() + kMagicSize + 2);
    if (sealedSize <= crypto_box_SEALBYTES || sealedSize > quint32(kMaxSealedSize))
        return damaged(QStringLiteral("sealed length %1 out of range").arg(sealedSize));
    if (file.size() != kPrefixSize + qsizetype(sealedSize))
        return damaged(QStringLiteral("file is %1 bytes, the frame says %2")
                           .arg(file.size())
                           .arg(kPrefixSize + qsizetype(sealedSize)));

    QByteArray body(qsizetype(sealedSize - crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(
            reinterpret_cast<unsigned char*>(body.data()), uchars(file.constData() + kPrefixSize),
            sealedSize, uchars(coordinatorBoxPublic.constData()), coordinatorBoxSecret.data()) != 0)
        return Error::make(ErrorKind::Integrity,
                           tr("This enrolment request is not addressed to this coordinator, or "
                              "it is damaged."),
                           QStringLiteral("enrolment request: crypto_box_seal_open failed"));

    const auto fields = FlatCborMap::read(body, kFieldCount);
    if (!fields)
        return damaged(QStringLiteral("body is not a map of keys 1..7 in canonical form"));
    const QList<FlatCborMap::Value>& v = *fields;
    auto field = [&v](Key key) -> const FlatCborMap::Value& {
        return v[key - 1];
    };
    const auto name = field(KeyName).text(kMaxNameLength);
    if (!field(KeyInvitation).isBytes(kIdSize) || !name || name->trimmed().isEmpty() ||
        !field(KeySignPublic).isBytes(kKeySize) || !field(KeyBoxPublic).isBytes(kKeySize) ||
        !field(KeyCreated).isUnsigned() || field(KeyCreated).number > quint64(INT64_MAX) ||
        !field(KeyMac).isBytes(kMacSize) || !field(KeySignature).isBytes(crypto_sign_BYTES))
        return damaged(QStringLiteral("a field has the wrong type or size"));

    EnrolmentRequest request;
    request.invitationId = QString::fromLatin1(field(KeyInvitation).bytes.toByteArray().toHex());
    request.deviceName = *name;
    request.signPublic = field(KeySignPublic).bytes.toByteArray();
    request.boxPublic = field(KeyBoxPublic).bytes.toByteArray();
    request.createdAt = qint64(field(KeyCreated).number);

    auto secret = lookup(request.invitationId);
    if (!secret)
        return secret.error();
    if (secret->size() != std::size_t(kSecretSize))
        return Error::make(ErrorKind::Internal, tr("The enrolment request could not be checked."),
                           QStringLiteral("enrolment request: stored secret is not 32 bytes"));
    // Keys 1-5 as a map of five: the body's bytes after its head, up to key 6.
    QByteArray signedFields;
    FlatCborMap::appendHead(signedFields, FlatCborMap::Map, kSignedFields);
    signedFields.append(QByteArrayView(body).sliced(1, field(KeyMac).keyOffset - 1));
    const QByteArray mac = macOf(signedFields, *secret);
    if (crypto_verify_32(uchars(mac.constData()), uchars(field(KeyMac).bytes.data())) != 0)
        return Error::make(ErrorKind::Integrity,
                           tr("This enrolment request does not match the invitation it names: it "
                              "may be forged. Ask the person to join again with the invitation "
                              "you gave them."),
                           QStringLiteral("enrolment request: MAC does not verify"));
    if (crypto_sign_verify_detached(
            uchars(field(KeySignature).bytes.data()), uchars(signedFields.constData()),
            std::size_t(signedFields.size()), uchars(request.signPublic.constData())) != 0)
        return damaged(QStringLiteral("device signature does not verify"));
    return request;
}

} // namespace vigil
