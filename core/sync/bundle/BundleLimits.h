#pragma once

#include <QtGlobal>

namespace vigil {

// The limits a bundle must respect (docs/bundle-format.md, "Limits"). The
// defaults are the format's; a reader refuses anything beyond them and a
// writer refuses to produce it. Tests loosen the writer's or tighten the
// reader's to exercise the checks without building huge files.
struct BundleLimits
{
    qint64 maxBundleSize = 64 * 1024 * 1024; // whole file, trailer included
    qint64 maxHeaderSize = 64 * 1024;        // the CBOR header
    int maxRecipients = 512;
    qint64 maxItemSize = 1024 * 1024; // one encoded item of the payload
    qint64 maxItems = 262144;         // items in one payload, blob pieces included
    int maxDepth = 16;                // CBOR nesting of one item, its envelope included
};

} // namespace vigil
