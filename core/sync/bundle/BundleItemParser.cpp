#include "core/sync/bundle/BundleItemParser.h"

#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleItems.h"
#include "core/sync/bundle/BundleSink.h"
#include "core/sync/bundle/CborScan.h"

#include <QCborMap>
#include <QCborValue>
#include <algorithm>

namespace vigil {

namespace {

enum Major
{
    UnsignedInt = 0,
    ByteString = 2,
    Array = 4
};

Error damaged(const QString& detail)
{
    return BundleError::make(BundleErrorCode::Damaged, QStringLiteral("payload: ") + detail);
}

Error overLimit(const QString& detail)
{
    return BundleError::make(BundleErrorCode::OverLimit, QStringLiteral("payload: ") + detail);
}

std::optional<QCborValue> decode(QByteArrayView bytes)
{
    QCborParserError error;
    QCborValue value =
        QCborValue::fromCbor(QByteArray::fromRawData(bytes.data(), bytes.size()), &error);
    if (error.error != QCborError::NoError)
        return std::nullopt;
    return value;
}

// The bytes of a byte string item that fills `bytes` exactly.
std::optional<QByteArrayView> byteString(QByteArrayView bytes)
{
    CborScan::Head head;
    if (!CborScan::readHead(bytes, &head) || head.major != ByteString ||
        head.argument != quint64(bytes.size() - head.size))
        return std::nullopt;
    return bytes.sliced(head.size);
}

} // namespace

BundleItemParser::BundleItemParser(BundleSink& sink, const BundleLimits& limits)
    : m_sink(sink), m_limits(limits),
      m_pending(qsizetype(limits.maxItemSize + BundleFormat::kChunkPlainSize))
{
}

Status BundleItemParser::feed(QByteArrayView plaintext)
{
    while (!plaintext.isEmpty()) {
        const qsizetype take = std::min(plaintext.size(), m_pending.space());
        m_pending.append(plaintext.data(), take);
        plaintext = plaintext.sliced(take);
        // Rescanning a partial item is skipped until enough bytes are there
        // for the scan to get further than last time.
        while (m_pending.size() >= m_needed) {
            const CborScan::Result r =
                CborScan::scan(m_pending.view(), m_limits.maxDepth, m_limits.maxItemSize);
            switch (r.status) {
            case CborScan::Status::NeedMore:
                m_needed = r.length;
                continue;
            case CborScan::Status::Malformed:
                return damaged(QStringLiteral("item %1 is not well-formed CBOR").arg(m_items));
            case CborScan::Status::TooDeep:
                return overLimit(QStringLiteral("item %1 is nested more than %2 levels")
                                     .arg(m_items)
                                     .arg(m_limits.maxDepth));
            case CborScan::Status::TooLarge:
                return overLimit(QStringLiteral("item %1 is larger than %2 bytes")
                                     .arg(m_items)
                                     .arg(m_limits.maxItemSize));
            case CborScan::Status::Complete:
                break;
            }
            if (m_items == m_limits.maxItems)
                return overLimit(QStringLiteral("more than %1 items").arg(m_limits.maxItems));
            VIGIL_TRY(dispatch(m_pending.view().first(r.length)));
            ++m_items;
            m_pending.consume(r.length);
            m_needed = 1;
        }
    }
    return {};
}

Status BundleItemParser::finish()
{
    if (m_pending.size() > 0)
        return damaged(QStringLiteral("the payload ends inside an item"));
    if (m_inBlob)
        return damaged(QStringLiteral("the payload ends inside a blob"));
    return {};
}

Status BundleItemParser::dispatch(QByteArrayView item)
{
    CborScan::Head envelope, kind;
    if (!CborScan::readHead(item, &envelope) || envelope.major != Array || envelope.argument != 2)
        return damaged(QStringLiteral("item %1 is not a [kind, body] array").arg(m_items));
    const QByteArrayView rest = item.sliced(envelope.size);
    if (!CborScan::readHead(rest, &kind) || kind.major != UnsignedInt)
        return damaged(QStringLiteral("item %1 has no kind").arg(m_items));
    const QByteArrayView body = rest.sliced(kind.size);
    switch (BundleItemKind(kind.argument)) {
    case BundleItemKind::BlobBegin:
    case BundleItemKind::BlobChunk:
    case BundleItemKind::BlobEnd:
        return blobItem(kind.argument, body);
    default:
        break;
    }
    if (!BundleItems::isRecordKind(kind.argument))
        return damaged(
            QStringLiteral("item %1 has unknown kind %2").arg(m_items).arg(kind.argument));
    if (m_inBlob)
        return damaged(QStringLiteral("item %1 interrupts a blob").arg(m_items));
    const auto value = decode(body);
    if (!value)
        return damaged(QStringLiteral("item %1 does not decode").arg(m_items));
    if (const auto problem = BundleItems::checkRecordBody(BundleItemKind(kind.argument), *value))
        return damaged(QStringLiteral("item %1: %2").arg(m_items).arg(*problem));
    return m_sink.item(BundleItemKind(kind.argument), *value);
}

Status BundleItemParser::blobItem(quint64 kind, QByteArrayView body)
{
    namespace F = BundleFormat;
    switch (BundleItemKind(kind)) {
    case BundleItemKind::BlobBegin: {
        if (m_inBlob)
            return damaged(QStringLiteral("a blob begins inside another"));
        const auto value = decode(body);
        const QCborMap map = value ? value->toMap() : QCborMap();
        const QCborValue meta = map.value(qint64(F::BlobMeta));
        const QCborValue size = map.value(qint64(F::BlobSize));
        if (!value || !value->isMap() || map.size() != 2 || !meta.isMap() || !size.isInteger() ||
            size.toInteger() < 0 || size.toInteger() > m_limits.maxBundleSize)
            return damaged(QStringLiteral("malformed blob-begin"));
        m_inBlob = true;
        m_blobSize = size.toInteger();
        m_blobReceived = 0;
        ++m_blobs;
        crypto_hash_sha256_init(&m_blobHash);
        return m_sink.blobBegin(meta.toMap(), m_blobSize);
    }
    case BundleItemKind::BlobChunk: {
        const auto bytes = byteString(body);
        if (!m_inBlob || !bytes || bytes->isEmpty() || bytes->size() > F::kBlobPieceSize ||
            bytes->size() > m_blobSize - m_blobReceived)
            return damaged(QStringLiteral("malformed or misplaced blob-chunk"));
        m_blobReceived += bytes->size();
        crypto_hash_sha256_update(&m_blobHash,
                                  reinterpret_cast<const unsigned char*>(bytes->data()),
                                  std::size_t(bytes->size()));
        return m_sink.blobData(*bytes);
    }
    default: {
        const auto expected = byteString(body);
        if (!m_inBlob || !expected || expected->size() != F::kBlobHashSize ||
            m_blobReceived != m_blobSize)
            return damaged(QStringLiteral("malformed or misplaced blob-end"));
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256_final(&m_blobHash, digest);
        if (sodium_memcmp(digest, expected->data(), sizeof digest) != 0)
            return damaged(QStringLiteral("a blob's SHA-256 differs"));
        m_inBlob = false;
        return m_sink.blobEnd();
    }
    }
}

} // namespace vigil
