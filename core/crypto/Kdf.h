#pragma once

#include "core/crypto/KdfParams.h"
#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <array>
#include <cstdint>

namespace vigil {

// Key derivation: Argon2id for passphrases, BLAKE2b for the recovery key,
// crypto_kdf for the sub-keys of the data-encryption key.
namespace Kdf {

inline constexpr std::size_t kSaltSize = 16;
inline constexpr std::size_t kKeySize = 32;
using Salt = std::array<std::uint8_t, kSaltSize>;

Salt randomSalt();

// Argon2id(passphrase, salt) -> 32-byte key. Slow on purpose.
Result<SecretBuffer> fromPassphrase(const SecretBuffer& passphrase, const Salt& salt,
                                    const KdfParams& params);

// BLAKE2b (personalised) of the 32 recovery bytes -> 32-byte key.
SecretBuffer fromRecoveryKey(const SecretBuffer& recoveryBytes);

// Sub-keys of the data-encryption key (crypto_kdf_derive_from_key).
enum class SubKey : std::uint64_t { Database = 1, Attachments = 2, LocalIdentity = 3 };
SecretBuffer deriveSubKey(const SecretBuffer& dek, SubKey which);

} // namespace Kdf
} // namespace vigil
