#pragma once

// The organisation the sync benchmarks run in: real vaults, as
// tests/core/sync/exchange/ExchangeTestSupport's makeOrg sets them up (the
// coordinator-signed roster in every vault, an enrolled sync_org row), without
// Catch2 and without the persons: a coordinator receives everything, whoever
// is on a visit's team. One monitor writes the data; each coordinator receives
// it once, so every round imports into a vault that has never seen it.
#include "core/store/Database.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"
#include "core/vault/Vault.h"

#include <QString>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

namespace vigil::bench {

struct BenchDevice
{
    std::unique_ptr<Vault> vault;
    RosterEntry entry; // as the coordinator signed it

    Database& db() { return vault->database(); }
    // Where this device's bundles are exported to (its mailbox folder).
    QString inbox() const { return vault->path() + QStringLiteral("-inbox"); }
};

struct BenchOrg
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::vector<std::unique_ptr<BenchDevice>> devices; // [0] the monitor, then coordinators

    BenchDevice& monitor() { return *devices.at(0); }
    BenchDevice& coordinator(std::size_t i) { return *devices.at(1 + i); }
};

// A monitor and `coordinators` coordinators (at least one).
std::unique_ptr<BenchOrg> makeBenchOrg(int coordinators);

// What the monitor writes: one visit with `findings` findings (10 ops each:
// every field set, the prose `proseSentences` sentences long) and `photos`
// attachments of `photoBytes` random bytes each (incompressible, as JPEG
// is), imported through AttachmentStore and attached to the findings in turn.
// Returns the CPU time (this thread) the findings took to write, in ms: what
// writing the same records locally costs, for comparison with importing them.
struct DataSet
{
    const char* name;
    int findings;
    int proseSentences;
    int photos;
    qint64 photoBytes;
};
double fill(BenchDevice& device, const DataSet& data);

// Benchmarks stop at the first failure, with its detail.
[[noreturn]] void fail(const Error& error, const char* what);
inline void check(const Status& status, const char* what)
{
    if (!status)
        fail(status.error(), what);
}
template <typename T> T take(Result<T> result, const char* what)
{
    if (!result)
        fail(result.error(), what);
    return std::move(*result);
}

} // namespace vigil::bench
