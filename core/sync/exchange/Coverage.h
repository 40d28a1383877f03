#pragma once

#include "core/util/Result.h"

#include <QCborMap>
#include <QString>
#include <vector>

namespace vigil {

// One origin's range a bundle vouches for (docs/sync-protocol.md): every op
// of `originId` with seq in [from, to] that the recipient is entitled to is
// in the bundle.
struct CoverageRange
{
    QString originId;
    qint64 from = 1;
    qint64 to = 0;
};

// The coverage config item (kind 4, {1: "coverage", 2: [[id, from, to]...]}).
namespace CoverageItem {
QCborMap encode(const std::vector<CoverageRange>& ranges);
// Whether a config item body is a coverage item at all.
bool isCoverage(const QCborMap& body);
Result<std::vector<CoverageRange>> decode(const QCborMap& body);
} // namespace CoverageItem

} // namespace vigil
