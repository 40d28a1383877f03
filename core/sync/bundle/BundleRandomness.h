#pragma once

#include <cstddef>
#include <cstdint>

namespace vigil {

// A source of the random bytes a BundleWriter needs, for tests only: the test
// vectors in docs/bundle-format.md are reproduced byte for byte by injecting
// fixed values. Production code passes no randomness, and the writer then
// uses libsodium's generator directly (keygen, init_push, crypto_box_seal).
//
// The writer asks, in this order: the bundle key (32 bytes), the
// secretstream header (24), then one ephemeral X25519 secret key (32) per
// recipient, in the header's recipient order.
class BundleRandomness
{
public:
    virtual ~BundleRandomness() = default;
    virtual void fill(std::uint8_t* out, std::size_t size) = 0;
};

} // namespace vigil
