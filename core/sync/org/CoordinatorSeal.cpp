#include "core/sync/org/CoordinatorSeal.h"

#include "core/sync/bundle/BundleHeader.h"

#include <cstring>
#include <sodium.h>

namespace vigil {

namespace {

constexpr char kMagic[] = {'V', 'I', 'D', '2'};
constexpr std::size_t kMagicSize = sizeof kMagic;
constexpr std::size_t kNonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kKeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t kSealedKeySize = crypto_box_SEALBYTES + kKeySize;
constexpr std::size_t kEntrySize = 16 + kSealedKeySize;
constexpr int kMaxRecipients = 32;

std::size_t headerSize(int recipients)
{
    return kMagicSize + kNonceSize + 1 + std::size_t(recipients) * kEntrySize;
}

Error damaged()
{
    return Error::make(ErrorKind::Integrity,
                       CoordinatorSeal::tr("The identity entry is damaged or was tampered with."),
                       QStringLiteral("identity entry (coordinator seal) does not open"));
}

QByteArray associated(QByteArrayView ad, const unsigned char* header, std::size_t size)
{
    QByteArray out(ad.data(), ad.size());
    out.append(reinterpret_cast<const char*>(header), qsizetype(size));
    return out;
}

} // namespace

bool CoordinatorSeal::looksSealed(const QByteArray& blob)
{
    if (std::size_t(blob.size()) < kMagicSize + kNonceSize + 1
        || std::memcmp(blob.constData(), kMagic, kMagicSize) != 0)
        return false;
    const int n = static_cast<unsigned char>(blob.at(qsizetype(kMagicSize + kNonceSize)));
    return n >= 1 && n <= kMaxRecipients
        && std::size_t(blob.size()) > headerSize(n) + kTagSize;
}

bool CoordinatorSeal::isRecipient(const QByteArray& blob, const QString& deviceId)
{
    const auto id = DeviceIdCodec::toBytes(deviceId);
    if (!looksSealed(blob) || !id)
        return false;
    const auto* in = reinterpret_cast<const unsigned char*>(blob.constData());
    const int n = in[kMagicSize + kNonceSize];
    for (int i = 0; i < n; ++i) {
        if (std::memcmp(in + kMagicSize + kNonceSize + 1 + std::size_t(i) * kEntrySize,
                        id->constData(), 16)
            == 0)
            return true;
    }
    return false;
}

Result<QByteArray> CoordinatorSeal::seal(const SecretBuffer& plain, QByteArrayView ad,
                                         const QList<RosterEntry>& coordinators)
{
    if (coordinators.isEmpty() || coordinators.size() > kMaxRecipients)
        return Error::make(ErrorKind::Internal,
                           tr("The identity entry could not be encrypted for the coordinators."),
                           QStringLiteral("coordinator seal: %1 recipients").arg(coordinators.size()));
    const int n = int(coordinators.size());
    QByteArray out(qsizetype(headerSize(n) + plain.size() + kTagSize), Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    std::memcpy(o, kMagic, kMagicSize);
    randombytes_buf(o + kMagicSize, kNonceSize);
    o[kMagicSize + kNonceSize] = static_cast<unsigned char>(n);
    SecretBuffer key = SecretBuffer::random(kKeySize);
    unsigned char* entry = o + kMagicSize + kNonceSize + 1;
    for (const RosterEntry& c : coordinators) {
        const auto id = DeviceIdCodec::toBytes(c.deviceId);
        if (!id || c.boxPublic.size() != crypto_box_PUBLICKEYBYTES)
            return Error::make(ErrorKind::Internal,
                               tr("The identity entry could not be encrypted for the "
                                  "coordinators."),
                               QStringLiteral("coordinator seal: bad roster entry"));
        std::memcpy(entry, id->constData(), 16);
        if (crypto_box_seal(entry + 16, key.data(), kKeySize,
                            reinterpret_cast<const unsigned char*>(c.boxPublic.constData()))
            != 0)
            return Error::make(ErrorKind::Crypto,
                               tr("The identity entry could not be encrypted."));
        entry += kEntrySize;
    }
    const std::size_t head = headerSize(n);
    const QByteArray aad = associated(ad, o, head);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            o + head, &written, plain.data(), plain.size(),
            reinterpret_cast<const unsigned char*>(aad.constData()), std::size_t(aad.size()),
            nullptr, o + kMagicSize, key.data())
        != 0)
        return Error::make(ErrorKind::Crypto, tr("The identity entry could not be encrypted."));
    return out;
}

Result<SecretBuffer> CoordinatorSeal::open(const QByteArray& blob, QByteArrayView ad,
                                           const QString& deviceId,
                                           const SecretBuffer& boxSecretKey,
                                           const QByteArray& boxPublicKey)
{
    if (!looksSealed(blob) || boxPublicKey.size() != crypto_box_PUBLICKEYBYTES
        || boxSecretKey.size() != crypto_box_SECRETKEYBYTES)
        return damaged();
    const auto* in = reinterpret_cast<const unsigned char*>(blob.constData());
    const int n = in[kMagicSize + kNonceSize];
    const auto id = DeviceIdCodec::toBytes(deviceId);
    const unsigned char* mine = nullptr;
    for (int i = 0; i < n && id; ++i) {
        const unsigned char* entry = in + kMagicSize + kNonceSize + 1 + std::size_t(i) * kEntrySize;
        if (std::memcmp(entry, id->constData(), 16) == 0)
            mine = entry + 16;
    }
    if (!mine)
        return Error::make(ErrorKind::NotFound,
                           tr("This identity entry was sealed for the organisation's "
                              "coordinators; it cannot be read on this device."));
    SecretBuffer key(kKeySize);
    if (crypto_box_seal_open(key.data(), mine, kSealedKeySize,
                             reinterpret_cast<const unsigned char*>(boxPublicKey.constData()),
                             boxSecretKey.data())
        != 0)
        return damaged();
    const std::size_t head = headerSize(n);
    const std::size_t cipherSize = std::size_t(blob.size()) - head;
    const QByteArray aad = associated(ad, in, head);
    SecretBuffer plain(cipherSize - kTagSize);
    unsigned long long opened = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            plain.data(), &opened, nullptr, in + head, cipherSize,
            reinterpret_cast<const unsigned char*>(aad.constData()), std::size_t(aad.size()),
            in + kMagicSize, key.data())
        != 0)
        return damaged();
    return plain;
}

} // namespace vigil
