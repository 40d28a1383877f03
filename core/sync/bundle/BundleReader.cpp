#include "core/sync/bundle/BundleReader.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFormat.h"
#include "core/sync/bundle/BundleFrame.h"
#include "core/sync/bundle/BundleItemParser.h"
#include "core/sync/bundle/BundleKeySeal.h"
#include "core/sync/bundle/WipedBytes.h"
#include "core/util/IoError.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QLoggingCategory>
#include <algorithm>
#include <cerrno>
#include <sodium.h>

// Local to the reader until core/util/Log.h gains a vigil.sync category.
Q_LOGGING_CATEGORY(lcBundle, "vigil.sync.bundle", QtWarningMsg)

namespace vigil {

namespace F = BundleFormat;

namespace {

Error refuse(BundleErrorCode code, const QString& detail)
{
    return BundleError::make(code, detail);
}

// Ed25519ph over everything before the signature; `payload` feeds the bytes
// between the header and the trailer.
class SignatureCheck
{
public:
    explicit SignatureCheck(const BundleFrame& frame) : m_frame(frame)
    {
        crypto_sign_init(&m_state);
        update(frame.prefixAndHeader.constData(), frame.prefixAndHeader.size());
    }
    void update(const char* data, qint64 size)
    {
        crypto_sign_update(&m_state, reinterpret_cast<const unsigned char*>(data),
                           std::size_t(size));
    }
    bool verify(const QByteArray& publicKey)
    {
        update(m_frame.trailerHead.constData(), m_frame.trailerHead.size());
        return crypto_sign_final_verify(
                   &m_state, reinterpret_cast<const unsigned char*>(m_frame.signature.constData()),
                   reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
    }

private:
    const BundleFrame& m_frame;
    crypto_sign_state m_state{};
};

Result<SenderKeys> checkSender(const BundleHeader& header, const SenderLookup& senders)
{
    const std::optional<SenderKeys> keys = senders ? senders(header) : std::nullopt;
    if (!keys)
        return refuse(BundleErrorCode::UnknownSender,
                      QStringLiteral("sender %1").arg(header.senderId));
    // A roster entry whose key does not hash to the id cannot vouch for it.
    if (keys->signPublicKey.size() != qsizetype(crypto_sign_PUBLICKEYBYTES) ||
        DeviceIdentity::idFor(keys->signPublicKey) != header.senderId)
        return refuse(
            BundleErrorCode::UnknownSender,
            QStringLiteral("the roster's key for %1 does not match its id").arg(header.senderId));
    if (keys->revoked)
        return refuse(BundleErrorCode::RevokedSender,
                      QStringLiteral("sender %1").arg(header.senderId));
    return *keys;
}

// Pass 1: the signature over the file as it is on disk, before decryption.
Status verifySignature(QIODevice& device, const BundleFrame& frame, const QByteArray& publicKey)
{
    SignatureCheck check(frame);
    QByteArray block(F::kChunkCipherSize, Qt::Uninitialized);
    for (qint64 pos = frame.payloadBegin(); pos < frame.payloadEnd();) {
        const qint64 n = std::min<qint64>(block.size(), frame.payloadEnd() - pos);
        VIGIL_TRY(readExactly(device, pos, block.data(), n));
        check.update(block.constData(), n);
        pos += n;
    }
    if (!check.verify(publicKey))
        return refuse(BundleErrorCode::Damaged, QStringLiteral("the signature does not verify"));
    return {};
}

// Pass 2: chunk by chunk, each authenticated, exactly one FINAL at the very
// end, and the signature recomputed over the bytes decrypted.
Status decryptPayload(QIODevice& device, const BundleFrame& frame, const BundleHeader& header,
                      const SecretBuffer& bundleKey, const QByteArray& publicKey,
                      BundleItemParser& parser)
{
    WipedSodiumState<crypto_secretstream_xchacha20poly1305_state> stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &stream.state, reinterpret_cast<const unsigned char*>(header.streamHeader.constData()),
            bundleKey.data()) != 0)
        return refuse(BundleErrorCode::Damaged, QStringLiteral("invalid secretstream header"));
    SignatureCheck check(frame);
    QByteArray cipher(F::kChunkCipherSize, Qt::Uninitialized);
    WipedBytes plain{qsizetype(F::kChunkPlainSize)};
    const auto* ad = reinterpret_cast<const unsigned char*>(frame.prefixAndHeader.constData());
    qint64 pos = frame.payloadBegin();
    for (qint64 chunk = 0;; ++chunk) {
        const qint64 n = std::min<qint64>(F::kChunkCipherSize, frame.payloadEnd() - pos);
        VIGIL_TRY(readExactly(device, pos, cipher.data(), n));
        check.update(cipher.constData(), n);
        pos += n;
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        if (n < F::kChunkOverhead ||
            crypto_secretstream_xchacha20poly1305_pull(
                &stream.state, reinterpret_cast<unsigned char*>(plain.data()), &plainSize, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()), std::size_t(n),
                chunk == 0 ? ad : nullptr,
                chunk == 0 ? std::size_t(frame.prefixAndHeader.size()) : 0) != 0)
            return refuse(BundleErrorCode::Damaged,
                          QStringLiteral("chunk %1 failed authentication").arg(chunk));
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (final && pos != frame.payloadEnd())
            return refuse(BundleErrorCode::Damaged, QStringLiteral("data after the FINAL chunk"));
        if (final && plainSize == 0 && chunk > 0)
            return refuse(BundleErrorCode::Damaged, QStringLiteral("an empty FINAL chunk"));
        if (!final && (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE ||
                       qint64(plainSize) != F::kChunkPlainSize))
            return refuse(BundleErrorCode::Damaged,
                          QStringLiteral("chunk %1 is short or has tag %2").arg(chunk).arg(tag));
        if (!final && pos == frame.payloadEnd())
            return refuse(BundleErrorCode::Truncated,
                          QStringLiteral("the payload ends without a FINAL chunk"));
        VIGIL_TRY(parser.feed(QByteArrayView(plain.constData(), qsizetype(plainSize))));
        if (final)
            break;
    }
    VIGIL_TRY(parser.finish());
    if (!check.verify(publicKey))
        return refuse(BundleErrorCode::Damaged,
                      QStringLiteral("the file changed while it was being read"));
    return {};
}

} // namespace

BundleReader::BundleReader(const QString& deviceId, const QByteArray& boxPublicKey,
                           const SecretBuffer& boxSecretKey, SenderLookup senders,
                           const BundleLimits& limits)
    : m_deviceId(deviceId), m_boxPublicKey(boxPublicKey), m_boxSecretKey(boxSecretKey),
      m_senders(std::move(senders)), m_limits(limits)
{
}

Result<BundleSummary> BundleReader::read(const QString& path, BundleSink& sink) const
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return refuse(BundleErrorCode::NotABundle, QStringLiteral("not a regular file"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error error = ioError(info.exists() ? EACCES : ENOENT, path);
        error.detail = QStringLiteral("bundle/io: ") + error.detail;
        return error;
    }
    return read(file, sink);
}

Result<BundleSummary> BundleReader::read(QIODevice& device, BundleSink& sink) const
{
    if (!device.isReadable() || device.isSequential())
        return refuse(BundleErrorCode::InvalidInput,
                      QStringLiteral("the device is not readable with random access"));
    auto result = [&]() -> Result<BundleSummary> {
        auto frame = BundleFrame::read(device, m_limits);
        if (!frame)
            return frame.error();
        auto header = BundleHeader::decode(frame->headerBytes(), m_limits);
        if (!header)
            return header.error();
        auto sender = checkSender(*header, m_senders);
        if (!sender)
            return sender.error();
        VIGIL_TRY(verifySignature(device, *frame, sender->signPublicKey));

        const SealedRecipient* entry = header->recipient(m_deviceId);
        if (!entry)
            return refuse(BundleErrorCode::NotAddressed,
                          QStringLiteral("no recipient entry for %1").arg(m_deviceId));
        const auto bundleKey =
            BundleKeySeal::open(entry->sealedKey, m_boxPublicKey, m_boxSecretKey);
        if (!bundleKey)
            return refuse(BundleErrorCode::NotAddressed,
                          QStringLiteral("the entry for %1 does not open with this device's key")
                              .arg(m_deviceId));

        BundleItemParser parser(sink, m_limits);
        VIGIL_TRY(
            decryptPayload(device, *frame, *header, *bundleKey, sender->signPublicKey, parser));
        BundleSummary summary;
        summary.header = std::move(*header);
        summary.size = frame->size;
        summary.items = parser.itemCount();
        summary.blobs = parser.blobCount();
        return summary;
    }();
    if (!result)
        qCInfo(lcBundle) << "bundle refused:" << result.error().detail;
    return result;
}

} // namespace vigil
