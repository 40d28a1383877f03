#pragma once

#include "core/sync/bundle/BundleLimits.h"
#include "core/sync/bundle/WipedBytes.h"
#include "core/util/Result.h"

#include <QByteArrayView>
#include <sodium.h>

namespace vigil {

class BundleSink;

// Splits a bundle's decrypted payload, a CBOR sequence fed in chunks, into
// items and hands them to a BundleSink. Items may span chunks; a partial item
// is kept (at most limits.maxItemSize bytes) until the rest arrives. Each
// item is measured by CborScan before it is decoded, so size, nesting and
// count limits hold whatever the payload declares.
class BundleItemParser
{
public:
    BundleItemParser(BundleSink& sink, const BundleLimits& limits);

    Status feed(QByteArrayView plaintext);
    // The payload is over: no partial item, no open blob.
    Status finish();

    qint64 itemCount() const { return m_items; }
    qint64 blobCount() const { return m_blobs; }

private:
    Status dispatch(QByteArrayView item);
    Status blobItem(quint64 kind, QByteArrayView body);

    BundleSink& m_sink;
    BundleLimits m_limits;
    WipedBytes m_pending;
    qint64 m_needed = 1; // scan again once this many bytes are pending
    qint64 m_items = 0;
    qint64 m_blobs = 0;
    bool m_inBlob = false;
    qint64 m_blobSize = 0;
    qint64 m_blobReceived = 0;
    crypto_hash_sha256_state m_blobHash{};
};

} // namespace vigil
