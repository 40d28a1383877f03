#include "ui/sync/SyncBackoff.h"

#include <QRandomGenerator>
#include <algorithm>

namespace vigil {

std::chrono::milliseconds SyncBackoff::delay(int failures, double unit)
{
    if (failures <= 0)
        return kRegular;
    // Doubling stops well before overflow: 2 min × 2^5 already passes an hour.
    const int doublings = std::min(failures - 1, 16);
    const std::chrono::milliseconds base =
        std::min<std::chrono::milliseconds>(kFirstRetry * (qint64(1) << doublings), kMaxRetry);
    const double factor = 1.0 + kJitter * std::clamp(unit, -1.0, 1.0);
    return std::chrono::milliseconds(qint64(double(base.count()) * factor));
}

std::chrono::milliseconds SyncBackoff::delay(int failures)
{
    return delay(failures, QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
}

} // namespace vigil
