#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <optional>

namespace vigil {

class BundleRandomness;

// Seals a bundle key to a recipient's X25519 public key and opens it again.
// The sealed form is crypto_box_seal's: ephemeral public key (32) |
// crypto_box_easy(key, nonce = BLAKE2b-192(epk | recipient pk)) (48).
namespace BundleKeySeal {

// With `randomness`, the ephemeral secret key comes from it (test vectors);
// without, crypto_box_seal draws it. Fails only for an unusable public key.
Result<QByteArray> seal(const SecretBuffer& bundleKey, const QByteArray& recipientPublicKey,
                        BundleRandomness* randomness);

// The bundle key, or nullopt if `sealed` does not open with this key pair.
std::optional<SecretBuffer> open(const QByteArray& sealed, const QByteArray& publicKey,
                                 const SecretBuffer& secretKey);

} // namespace BundleKeySeal

} // namespace vigil
