#pragma once

#include "core/sync/bundle/BundleLimits.h"
#include "core/util/Result.h"

#include <QByteArray>

class QIODevice;

namespace vigil {

// The fixed parts of a bundle file, read and checked before anything else
// (docs/bundle-format.md, "Order of checks", steps 1-3): the prefix (magic,
// version, header length), the size limits, and the trailer's end marker and
// length, which tell an incomplete copy from a damaged file.
struct BundleFrame
{
    qint64 size = 0; // the whole file
    QByteArray prefixAndHeader;
    QByteArray trailerHead; // "VIGILEND" and the length: signed, like everything before
    QByteArray signature;   // the last 64 bytes

    qint64 payloadBegin() const { return prefixAndHeader.size(); }
    qint64 payloadEnd() const;
    QByteArray headerBytes() const;

    static Result<BundleFrame> read(QIODevice& device, const BundleLimits& limits);
};

// Reads exactly `size` bytes at `pos`; a short read means the file shrank
// while it was being read (Damaged), a failed one is Io.
Status readExactly(QIODevice& device, qint64 pos, char* data, qint64 size);

} // namespace vigil
