#pragma once

#include <cstdint>

namespace vigil {

// The kinds of item a bundle's payload carries, version 1
// (docs/bundle-format.md, "Items"). The numbers are on the wire.
enum class BundleItemKind : std::uint64_t
{
    Op = 1,         // one change-log op (DESIGN.md §6.2); body: map
    Ack = 2,        // the sender's received vector; body: [[device id, seq], ...]
    Roster = 3,     // a roster entry from a coordinator; body: map
    Config = 4,     // places, templates, assignments from a coordinator; body: map
    BlobBegin = 16, // an attachment blob follows; body: {1: meta map, 2: size}
    BlobChunk = 17, // the next 1..65,536 bytes of the open blob; body: bytes
    BlobEnd = 18,   // the blob is complete; body: its SHA-256
};

} // namespace vigil
