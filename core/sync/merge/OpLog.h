#pragma once

#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <utility>
#include <vector>

namespace vigil {

class Database;

// Reading the change log for sending, and the received vector for acks
// (DESIGN.md §6.3): per device, the highest seq up to which every op is here.
class OpLog
{
public:
    // The ops of `deviceId` with seq in [firstSeq, lastSeq], in seq order.
    static Result<std::vector<Op>> read(Database& db, const QString& deviceId, qint64 firstSeq,
                                        qint64 lastSeq);
    // The received vector, sorted by device id. `localDeviceId`'s entry is
    // its own newest seq (its ops have no gaps).
    static Result<std::vector<std::pair<QString, qint64>>>
    receivedVector(Database& db, const QString& localDeviceId);
    // Moves `deviceId`'s entry up over the ops now contiguous (inside the
    // caller's transaction; the merge engine calls it after storing ops).
    static Status advanceReceived(Database& db, const QString& deviceId);
};

} // namespace vigil
