#pragma once

// Shared tools of the [merge] tests: hand-made ops with chosen stamps, the
// whole change log of a vault, delivery of ops in one write transaction, and
// the state digest.
#include "core/repo/EntitySpec.h"
#include "core/sync/Hlc.h"
#include "core/sync/merge/MergeStats.h"
#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QVariant>
#include <span>
#include <utility>
#include <vector>

namespace vigil {
class Database;
class RecordContext;
} // namespace vigil

namespace vigil::test {

// A stamp `ms` milliseconds after a fixed instant.
inline qint64 stamp(qint64 ms, int counter = 0)
{
    return Hlc::make(1'700'000'000'000LL + ms, counter);
}

// One device's ops, numbered from 1 in the order they are made.
class OpMaker
{
public:
    explicit OpMaker(char digit) : device(32, QLatin1Char(digit)) {}

    // One record change: an op per value, all with the stamp `hlc`.
    std::vector<Op> change(qint64 hlc, const EntitySpec& spec, const QString& id,
                           const std::vector<std::pair<const char*, QVariant>>& values,
                           qint64 base = 0);
    Op tombstone(qint64 hlc, const EntitySpec& spec, const QString& id, bool deleted = true);

    QString device;
    qint64 seq = 0;
};

// Every op of the vault's change log, by device and seq.
std::vector<Op> allOps(Database& db);
// Applies `ops` in one write transaction and commits it.
Result<MergeStats> deliver(RecordContext& ctx, std::span<const Op> ops);
QByteArray digestOf(Database& db);
qint64 count(Database& db, const char* sql);
QVariant scalar(Database& db, const QString& sql);

// The ops of a new place (name, type, operator) and a visit on it.
std::vector<Op> newPlace(OpMaker& maker, qint64 hlc, const QString& id,
                         const char* name = "Lakeside");
std::vector<Op> newVisit(OpMaker& maker, qint64 hlc, const QString& id, const QString& placeId);
std::vector<Op> newFinding(OpMaker& maker, qint64 hlc, const QString& id, const QString& visitId,
                           const char* facts);

// Concatenation, for building batches.
std::vector<Op> join(std::initializer_list<std::vector<Op>> parts);

} // namespace vigil::test
