#pragma once

#include "core/sync/bundle/BundleItemKind.h"
#include "core/util/Result.h"

#include <QByteArrayView>
#include <QCborMap>
#include <QCborValue>

namespace vigil {

// Receives a bundle's items as BundleReader decrypts them, in order. Blobs
// arrive in pieces (blobBegin, blobData..., blobEnd) so an attachment never
// has to sit in memory whole. Everything delivered is provisional until
// BundleReader::read() returns success: on any error the receiver discards it
// (the import runs in one transaction that is then rolled back). An error
// returned from here stops the read and is passed on unchanged.
class BundleSink
{
public:
    virtual ~BundleSink() = default;

    // An op, ack vector, roster or config item; the body has passed the
    // shape checks of BundleItems::checkRecordBody.
    virtual Status item(BundleItemKind kind, const QCborValue& body) = 0;

    // A blob of `size` bytes begins; `meta` is the sender's description.
    virtual Status blobBegin(const QCborMap& meta, qint64 size) = 0;
    virtual Status blobData(QByteArrayView bytes) = 0;
    // Called once the blob's size and SHA-256 have been checked.
    virtual Status blobEnd() = 0;
};

} // namespace vigil
