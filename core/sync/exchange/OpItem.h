#pragma once

#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <QCborMap>

// An op as a bundle item body (docs/sync-protocol.md "What a bundle
// carries"): a map of keys 1..9 (device id as 16 bytes, seq, hlc, entity,
// entity id, field, value, base hlc, scope).
namespace vigil::OpItem {

QCborMap encode(const Op& op);
// Validation error naming the bad key; never trusts the input's shape.
Result<Op> decode(const QCborMap& body);

} // namespace vigil::OpItem
