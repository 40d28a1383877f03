#pragma once

#include <chrono>

namespace vigil {

// When automatic sync tries again (DESIGN.md §6.5): a regular interval after
// a success; after failures an exponential backoff (2 minutes doubling up to
// an hour) with ±20 % jitter, so a hundred laptops that lost the same server
// do not come back at the same second.
class SyncBackoff
{
public:
    static constexpr std::chrono::milliseconds kRegular = std::chrono::minutes(15);
    static constexpr std::chrono::milliseconds kFirstRetry = std::chrono::minutes(2);
    static constexpr std::chrono::milliseconds kMaxRetry = std::chrono::hours(1);
    static constexpr double kJitter = 0.2;

    // The delay before the next try after `failures` failures in a row
    // (0: the regular interval). `unit` in [-1, 1] places it inside the
    // jitter band; the overload draws it at random.
    static std::chrono::milliseconds delay(int failures, double unit);
    static std::chrono::milliseconds delay(int failures);

    void recordSuccess() { m_failures = 0; }
    void recordFailure() { ++m_failures; }
    int failures() const { return m_failures; }
    std::chrono::milliseconds next() const { return delay(m_failures); }

private:
    int m_failures = 0;
};

} // namespace vigil
