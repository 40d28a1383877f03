#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

namespace vigil {

// The recovery key: 32 random bytes written for humans as 8 groups of 8
// Crockford base-32 characters. Each group carries 4 bytes and a CRC-8 over
// (group index, bytes), so a mistyped character or a swapped group is always
// caught and its group named.
class RecoveryKey
{
    Q_DECLARE_TR_FUNCTIONS(vigil::RecoveryKey)
public:
    static constexpr std::size_t kBytes = 32;
    static constexpr int kGroups = 8;
    static constexpr int kGroupChars = 8;

    static SecretBuffer generate();
    // "XXXXXXXX-XXXXXXXX-..." (71 ASCII characters), as a secret.
    static SecretBuffer format(const SecretBuffer& bytes);
    // Accepts lower case, spaces or dashes anywhere, and O/I/L for 0/1/1.
    // A Validation error names the first wrong group (1-based) in its message.
    static Result<SecretBuffer> parse(const SecretBuffer& text);
};

} // namespace vigil
