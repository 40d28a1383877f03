#pragma once

#include <cstdint>

namespace vigil {

// Argon2id cost parameters, stored in the key envelope so a vault opens with
// the parameters it was created with.
struct KdfParams
{
    std::uint64_t opsLimit = 3;
    std::uint64_t memLimitBytes = 256ull * 1024 * 1024;

    // Calibrated so a mid-range laptop unlocks in about a second (DESIGN.md §4).
    static KdfParams defaults() { return {}; }
    // For tests and benchmarks only; never the default of anything users see.
    static KdfParams fastInsecure() { return {1, 8ull * 1024 * 1024}; }

    bool isWithinLimits() const; // what an envelope may ask of this machine
    bool operator==(const KdfParams&) const = default;
};

} // namespace vigil
