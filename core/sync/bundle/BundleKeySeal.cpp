#include "core/sync/bundle/BundleKeySeal.h"

#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleRandomness.h"

#include <cstring>
#include <sodium.h>

namespace vigil {

static_assert(BundleFormat::kSealedKeySize ==
              qsizetype(crypto_box_SEALBYTES + BundleFormat::kBundleKeySize));

namespace {

Error unusableKey()
{
    return BundleError::make(BundleErrorCode::InvalidInput,
                             QStringLiteral("a recipient's public key is unusable"));
}

// crypto_box_seal with a given ephemeral secret key: the same construction
// as libsodium's (which draws the key itself), so crypto_box_seal_open opens it.
Result<QByteArray> sealWithEphemeral(const SecretBuffer& message, const unsigned char* pk,
                                     const SecretBuffer& ephemeralSecret)
{
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES + message.size()), Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    if (crypto_scalarmult_base(out, ephemeralSecret.data()) != 0)
        return unusableKey();
    unsigned char both[2 * crypto_box_PUBLICKEYBYTES];
    std::memcpy(both, out, crypto_box_PUBLICKEYBYTES);
    std::memcpy(both + crypto_box_PUBLICKEYBYTES, pk, crypto_box_PUBLICKEYBYTES);
    unsigned char nonce[crypto_box_NONCEBYTES];
    crypto_generichash(nonce, sizeof nonce, both, sizeof both, nullptr, 0);
    if (crypto_box_easy(out + crypto_box_PUBLICKEYBYTES, message.data(), message.size(), nonce, pk,
                        ephemeralSecret.data()) != 0)
        return unusableKey();
    return sealed;
}

} // namespace

Result<QByteArray> BundleKeySeal::seal(const SecretBuffer& bundleKey,
                                       const QByteArray& recipientPublicKey,
                                       BundleRandomness* randomness)
{
    if (recipientPublicKey.size() != qsizetype(crypto_box_PUBLICKEYBYTES) ||
        bundleKey.size() != std::size_t(BundleFormat::kBundleKeySize))
        return unusableKey();
    const auto* pk = reinterpret_cast<const unsigned char*>(recipientPublicKey.constData());
    if (randomness) {
        SecretBuffer ephemeral(crypto_box_SECRETKEYBYTES);
        randomness->fill(ephemeral.data(), ephemeral.size());
        return sealWithEphemeral(bundleKey, pk, ephemeral);
    }
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES + bundleKey.size()), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), bundleKey.data(),
                        bundleKey.size(), pk) != 0)
        return unusableKey();
    return sealed;
}

std::optional<SecretBuffer> BundleKeySeal::open(const QByteArray& sealed,
                                                const QByteArray& publicKey,
                                                const SecretBuffer& secretKey)
{
    if (sealed.size() != BundleFormat::kSealedKeySize ||
        publicKey.size() != qsizetype(crypto_box_PUBLICKEYBYTES) ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return std::nullopt;
    SecretBuffer key{std::size_t(BundleFormat::kBundleKeySize)};
    if (crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             std::size_t(sealed.size()),
                             reinterpret_cast<const unsigned char*>(publicKey.constData()),
                             secretKey.data()) != 0)
        return std::nullopt;
    return key;
}

} // namespace vigil
