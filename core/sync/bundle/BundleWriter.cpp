#include "core/sync/bundle/BundleWriter.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/bundle/BundleItems.h"
#include "core/sync/bundle/BundleKeySeal.h"
#include "core/sync/bundle/BundleRandomness.h"
#include "core/sync/bundle/CborScan.h"
#include "core/sync/bundle/WipedBytes.h"

#include <QIODevice>
#include <QtEndian>
#include <algorithm>
#include <cstring>
#include <sodium.h>

namespace vigil {

namespace F = BundleFormat;

static_assert(F::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(F::kStreamHeaderSize == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(F::kBundleKeySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(F::kSignatureSize == crypto_sign_BYTES);

struct BundleWriter::State
{
    QIODevice* out = nullptr;
    BundleLimits limits;
    SecretBuffer signKey;
    crypto_sign_state sign{};
    WipedSodiumState<crypto_secretstream_xchacha20poly1305_state> stream;
    QByteArray firstChunkAd; // prefix and header, bound to the payload as chunk 0's AD
    WipedBytes plain{qsizetype(F::kChunkPlainSize)};
    QByteArray cipher = QByteArray(qsizetype(F::kChunkCipherSize), Qt::Uninitialized);
    qint64 headerEnd = 0;  // prefix + header bytes
    qint64 written = 0;    // bytes written to `out`
    qint64 plainTotal = 0; // payload plaintext bytes so far
    qint64 items = 0;
    bool firstChunk = true;
    bool spent = false;
};

namespace {

Error invalid(const QString& detail)
{
    return BundleError::make(BundleErrorCode::InvalidInput, detail);
}

// Bytes of a bundle whose header ends at `headerEnd` and whose payload holds
// `plain` bytes: every chunk adds 17 bytes, and there is always one.
qint64 bundleSize(qint64 headerEnd, qint64 plain)
{
    const qint64 chunks =
        std::max<qint64>(1, (plain + F::kChunkPlainSize - 1) / F::kChunkPlainSize);
    return headerEnd + plain + chunks * F::kChunkOverhead + F::kTrailerSize;
}

// Reads up to `size` bytes, waiting on sequential devices; fewer only at the end.
qsizetype readFull(QIODevice& in, char* data, qsizetype size)
{
    qsizetype got = 0;
    while (got < size) {
        const qint64 n = in.read(data + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0) {
            if (in.isSequential() && in.waitForReadyRead(-1))
                continue;
            break;
        }
        got += qsizetype(n);
    }
    return got;
}

QByteArray prefix(qint64 headerSize)
{
    QByteArray p(F::kMagic, sizeof F::kMagic);
    char numbers[6];
    qToBigEndian<quint16>(F::kVersion, numbers);
    qToBigEndian<quint32>(quint32(headerSize), numbers + 2);
    p.append(numbers, sizeof numbers);
    return p;
}

// Fills the header's crypto fields and the stream state.
Status prepareCrypto(BundleHeader& header, const QList<BundleWriter::Recipient>& recipients,
                     crypto_secretstream_xchacha20poly1305_state& stream,
                     BundleRandomness* randomness)
{
    SecretBuffer bundleKey{std::size_t(F::kBundleKeySize)};
    header.streamHeader = QByteArray(F::kStreamHeaderSize, Qt::Uninitialized);
    auto* streamHeader = reinterpret_cast<unsigned char*>(header.streamHeader.data());
    if (randomness) {
        // init_pull derives from (key, header) the very state init_push would
        // have derived after drawing that header itself; pushing from it gives
        // the same stream, with the header under the test's control.
        randomness->fill(bundleKey.data(), bundleKey.size());
        randomness->fill(streamHeader, std::size_t(F::kStreamHeaderSize));
        crypto_secretstream_xchacha20poly1305_init_pull(&stream, streamHeader, bundleKey.data());
    } else {
        crypto_secretstream_xchacha20poly1305_keygen(bundleKey.data());
        crypto_secretstream_xchacha20poly1305_init_push(&stream, streamHeader, bundleKey.data());
    }
    for (const BundleWriter::Recipient& r : recipients) {
        auto sealed = BundleKeySeal::seal(bundleKey, r.boxPublicKey, randomness);
        if (!sealed)
            return sealed.error();
        header.recipients.append({r.deviceId, *sealed});
    }
    return {};
}

} // namespace

BundleWriter::BundleWriter(std::unique_ptr<State> state) : m(std::move(state)) {}
BundleWriter::BundleWriter(BundleWriter&&) noexcept = default;
BundleWriter& BundleWriter::operator=(BundleWriter&&) noexcept = default;
BundleWriter::~BundleWriter() = default;

Result<BundleWriter> BundleWriter::begin(QIODevice& out, const Origin& origin,
                                         const SecretBuffer& signSecretKey,
                                         const QList<Recipient>& recipients,
                                         const BundleLimits& limits, BundleRandomness* randomness)
{
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return invalid(QStringLiteral("signing key is not 64 bytes"));
    // libsodium's secret key ends with its public key.
    const QByteArray signPublic(signSecretKey.chars() + crypto_sign_SEEDBYTES,
                                crypto_sign_PUBLICKEYBYTES);
    if (DeviceIdentity::idFor(signPublic) != origin.senderId)
        return invalid(QStringLiteral("signing key does not belong to the sender id"));

    // Sorted by device id so the header does not depend on the caller's order.
    QList<Recipient> sorted = recipients;
    std::sort(sorted.begin(), sorted.end(),
              [](const Recipient& a, const Recipient& b) { return a.deviceId < b.deviceId; });

    // The header's own checks, run on placeholders for what the crypto fills in.
    BundleHeader header;
    header.senderId = origin.senderId;
    header.firstSeq = origin.firstSeq;
    header.lastSeq = origin.lastSeq;
    header.createdMs = origin.createdMs;
    header.chainHead = origin.chainHead;
    for (const Recipient& r : sorted)
        header.recipients.append({r.deviceId, QByteArray(F::kSealedKeySize, '\0')});
    header.streamHeader = QByteArray(F::kStreamHeaderSize, '\0');
    if (const auto problem = header.checkFields(limits))
        return invalid(*problem);
    header.recipients.clear();

    auto state = std::make_unique<State>();
    VIGIL_TRY(prepareCrypto(header, sorted, state->stream.state, randomness));
    const QByteArray headerBytes = header.encode();
    if (headerBytes.size() > limits.maxHeaderSize)
        return invalid(QStringLiteral("header of %1 bytes is over the limit; send to fewer "
                                      "recipients per bundle")
                           .arg(headerBytes.size()));

    state->out = &out;
    state->limits = limits;
    state->signKey = SecretBuffer::copyOf(signSecretKey.data(), signSecretKey.size());
    crypto_sign_init(&state->sign);
    state->firstChunkAd = prefix(headerBytes.size()) + headerBytes;
    state->headerEnd = state->firstChunkAd.size();
    BundleWriter writer(std::move(state));
    VIGIL_TRY(writer.writeOut(writer.m->firstChunkAd.constData(), writer.m->firstChunkAd.size()));
    return writer;
}

qint64 BundleWriter::projectedSize() const
{
    return bundleSize(m->headerEnd, m->plainTotal);
}

Status BundleWriter::usable() const
{
    if (!m || m->spent)
        return invalid(QStringLiteral("the writer was finished or failed"));
    return {};
}

Status BundleWriter::checkRoom(qint64 plainBytes, qint64 items, const QString& what) const
{
    const BundleLimits& l = m->limits;
    if (bundleSize(m->headerEnd, plainBytes) > l.maxBundleSize || items > l.maxItems)
        return BundleError::make(BundleErrorCode::ItemTooLarge,
                                 what + QStringLiteral(" does not fit in any bundle"));
    if (bundleSize(m->headerEnd, m->plainTotal + plainBytes) > l.maxBundleSize ||
        m->items + items > l.maxItems)
        return BundleError::make(BundleErrorCode::BundleFull,
                                 what + QStringLiteral(" does not fit in this bundle"));
    return {};
}

Status BundleWriter::addItem(BundleItemKind kind, const QCborValue& body)
{
    VIGIL_TRY(usable());
    if (!BundleItems::isRecordKind(quint64(kind)))
        return invalid(QStringLiteral("addItem() takes op, ack, roster or config items"));
    if (const auto problem = BundleItems::checkRecordBody(kind, body))
        return invalid(*problem);
    const QByteArray item = BundleItems::encode(kind, body);
    // The reader's own measure, so nothing is written that it would refuse.
    const CborScan::Result scanned =
        CborScan::scan(item, m->limits.maxDepth, m->limits.maxItemSize);
    if (scanned.status != CborScan::Status::Complete)
        return BundleError::make(BundleErrorCode::ItemTooLarge,
                                 QStringLiteral("item of %1 bytes is too large or too deeply "
                                                "nested")
                                     .arg(item.size()));
    VIGIL_TRY(checkRoom(item.size(), 1, QStringLiteral("item")));
    ++m->items;
    return appendPlain(item.constData(), item.size());
}

Status BundleWriter::addBlob(const QCborMap& meta, QIODevice& content, qint64 size)
{
    VIGIL_TRY(usable());
    if (size < 0)
        return invalid(QStringLiteral("negative blob size"));
    QCborMap begin;
    begin.insert(qint64(F::BlobMeta), meta);
    begin.insert(qint64(F::BlobSize), size);
    const QByteArray beginItem = BundleItems::encode(BundleItemKind::BlobBegin, begin);
    if (CborScan::scan(beginItem, m->limits.maxDepth, m->limits.maxItemSize).status !=
        CborScan::Status::Complete)
        return BundleError::make(BundleErrorCode::ItemTooLarge,
                                 QStringLiteral("blob meta is too large or too deeply nested"));
    VIGIL_TRY(checkRoom(BundleItems::blobEncodedSize(size, beginItem.size()),
                        BundleItems::blobItemCount(size), QStringLiteral("blob")));

    // From here on a failure leaves a partial blob in the stream.
    m->spent = true;
    m->items += BundleItems::blobItemCount(size);
    VIGIL_TRY(appendPlain(beginItem.constData(), beginItem.size()));
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    WipedBytes piece{qsizetype(F::kBlobPieceSize)};
    for (qint64 done = 0; done < size;) {
        const auto want = qsizetype(std::min<qint64>(F::kBlobPieceSize, size - done));
        const qsizetype got = readFull(content, piece.data(), want);
        if (got != want)
            return BundleError::make(BundleErrorCode::Io,
                                     QStringLiteral("blob content ended or failed after %1 of "
                                                    "%2 bytes: %3")
                                         .arg(done + qMax<qsizetype>(got, 0))
                                         .arg(size)
                                         .arg(content.errorString()));
        const QByteArray head = BundleItems::blobChunkHead(got);
        VIGIL_TRY(appendPlain(head.constData(), head.size()));
        VIGIL_TRY(appendPlain(piece.constData(), got));
        crypto_hash_sha256_update(&hash, reinterpret_cast<const unsigned char*>(piece.constData()),
                                  std::size_t(got));
        done += got;
    }
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&hash, reinterpret_cast<unsigned char*>(digest.data()));
    const QByteArray endItem = BundleItems::encode(BundleItemKind::BlobEnd, QCborValue(digest));
    VIGIL_TRY(appendPlain(endItem.constData(), endItem.size()));
    m->spent = false;
    return {};
}

Status BundleWriter::appendPlain(const char* data, qsizetype size)
{
    m->plainTotal += size;
    while (size > 0) {
        // A full chunk is pushed only once more data follows, so the last
        // chunk, FINAL, is never empty unless the whole payload is.
        if (m->plain.space() == 0)
            VIGIL_TRY(pushChunk(false));
        const qsizetype take = std::min(size, m->plain.space());
        m->plain.append(data, take);
        data += take;
        size -= take;
    }
    return {};
}

Status BundleWriter::pushChunk(bool final)
{
    unsigned long long cipherSize = 0;
    const auto* ad = reinterpret_cast<const unsigned char*>(m->firstChunkAd.constData());
    crypto_secretstream_xchacha20poly1305_push(
        &m->stream.state, reinterpret_cast<unsigned char*>(m->cipher.data()), &cipherSize,
        reinterpret_cast<const unsigned char*>(m->plain.constData()), std::size_t(m->plain.size()),
        m->firstChunk ? ad : nullptr, m->firstChunk ? std::size_t(m->firstChunkAd.size()) : 0,
        final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
              : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    if (m->firstChunk)
        m->firstChunkAd.clear();
    m->firstChunk = false;
    m->plain.clear();
    return writeOut(m->cipher.constData(), qsizetype(cipherSize));
}

Status BundleWriter::writeOut(const char* data, qsizetype size)
{
    crypto_sign_update(&m->sign, reinterpret_cast<const unsigned char*>(data), std::size_t(size));
    if (m->out->write(data, size) != size) {
        m->spent = true;
        return BundleError::make(BundleErrorCode::Io, m->out->errorString());
    }
    m->written += size;
    return {};
}

Result<qint64> BundleWriter::finish()
{
    VIGIL_TRY(usable());
    m->spent = true; // whatever happens next, nothing more may be added
    VIGIL_TRY(pushChunk(true));
    char end[sizeof F::kEndMagic + 8];
    std::memcpy(end, F::kEndMagic, sizeof F::kEndMagic);
    const qint64 total = m->written + qint64(sizeof end) + F::kSignatureSize;
    qToBigEndian<quint64>(quint64(total), end + sizeof F::kEndMagic);
    VIGIL_TRY(writeOut(end, sizeof end));
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_final_create(&m->sign, signature, nullptr, m->signKey.data());
    m->signKey.clear();
    // The signature itself is not signed: written past writeOut().
    if (m->out->write(reinterpret_cast<const char*>(signature), sizeof signature) !=
        qint64(sizeof signature))
        return BundleError::make(BundleErrorCode::Io, m->out->errorString());
    m->written += qint64(sizeof signature);
    return m->written;
}

} // namespace vigil
