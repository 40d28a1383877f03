#include "core/crypto/KdfParams.h"

#include <sodium.h>

namespace vigil {

bool KdfParams::isWithinLimits() const
{
    // Upper bounds protect against a crafted envelope asking for, say,
    // 1 TiB of memory or a year of CPU before the checksum is even useful.
    constexpr std::uint64_t kMaxOps = 64;
    constexpr std::uint64_t kMaxMem = 4ull * 1024 * 1024 * 1024;
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= kMaxOps &&
           memLimitBytes >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimitBytes <= kMaxMem;
}

} // namespace vigil
