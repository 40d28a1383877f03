#include "core/attachments/AttachmentCipher.h"

#include <QIODevice>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace vigil {

namespace {

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'L', 'A', 'T', 'T'};
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "VgAttach";
constexpr std::uint64_t kStreamSubKey = 1;
constexpr std::uint64_t kThumbnailSubKey = 2;
constexpr unsigned char kThumbnailVersion = 1;

static_assert(AttachmentCipher::kChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(AttachmentCipher::kHeaderSize ==
              AttachmentCipher::kPrefixSize + crypto_secretstream_xchacha20poly1305_HEADERBYTES);

// Wipes a libsodium state (which holds key material) when it goes out of scope.
template <typename T>
struct WipedState
{
    T state;
    WipedState() { sodium_memzero(&state, sizeof state); }
    ~WipedState() { sodium_memzero(&state, sizeof state); }
    WipedState(const WipedState&) = delete;
    WipedState& operator=(const WipedState&) = delete;
};

// A plaintext buffer that is wiped before it is freed.
struct WipedBuffer
{
    QByteArray bytes;
    explicit WipedBuffer(qsizetype size) : bytes(size, Qt::Uninitialized) {}
    ~WipedBuffer() { sodium_memzero(bytes.data(), std::size_t(bytes.size())); }
    WipedBuffer(const WipedBuffer&) = delete;
    WipedBuffer& operator=(const WipedBuffer&) = delete;
    unsigned char* data() { return reinterpret_cast<unsigned char*>(bytes.data()); }
};

SecretBuffer subKey(const SecretBuffer& fileKey, std::uint64_t id)
{
    SecretBuffer key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), id, kKdfContext, fileKey.data());
    return key;
}

QByteArray prefix()
{
    QByteArray p(kMagic, sizeof kMagic);
    p.append(char(AttachmentCipher::kVersion >> 8)).append(char(AttachmentCipher::kVersion & 0xff));
    return p;
}

// Reads up to `size` bytes, waiting on slow sequential devices (pipes,
// processes); fewer bytes only at the end of the input.
Result<qsizetype> readFull(QIODevice& in, char* data, qsizetype size)
{
    qsizetype got = 0;
    while (got < size) {
        const qint64 n = in.read(data + got, size - got);
        if (n < 0)
            return Error::make(ErrorKind::Io,
                               AttachmentCipher::tr("The file being read could not be read."),
                               in.errorString());
        if (n == 0) {
            if (in.isSequential() && in.waitForReadyRead(-1))
                continue;
            break;
        }
        got += qsizetype(n);
    }
    return got;
}

Error damaged(const QString& detail)
{
    return Error::make(ErrorKind::Integrity,
                       AttachmentCipher::tr("The attachment file is damaged or was tampered with; "
                                            "it cannot be opened."),
                       detail);
}

Error cancelled()
{
    return Error::make(ErrorKind::Cancelled, AttachmentCipher::tr("Cancelled."));
}

bool isCancelled(const AttachmentCipher::Control& control)
{
    return control.cancel && control.cancel->load(std::memory_order_relaxed);
}

Error badKey()
{
    return Error::make(ErrorKind::Internal, QStringLiteral("attachment file key has the wrong size"));
}

} // namespace

SecretBuffer AttachmentCipher::newFileKey()
{
    return SecretBuffer::random(kFileKeySize);
}

Result<AttachmentCipher::Sealed> AttachmentCipher::encrypt(QIODevice& in, const Sink& out,
                                                           const SecretBuffer& fileKey,
                                                           const Control& control, qint64 keepHead)
{
    if (fileKey.size() != kFileKeySize)
        return badKey();
    const SecretBuffer key = subKey(fileKey, kStreamSubKey);
    WipedState<crypto_secretstream_xchacha20poly1305_state> stream;
    WipedState<crypto_hash_sha256_state> hash;
    crypto_hash_sha256_init(&hash.state);

    const QByteArray header = prefix();
    QByteArray fileHeader = header;
    fileHeader.resize(kHeaderSize);
    crypto_secretstream_xchacha20poly1305_init_push(
        &stream.state, reinterpret_cast<unsigned char*>(fileHeader.data()) + kPrefixSize, key.data());
    VIGIL_TRY(out(fileHeader.constData(), fileHeader.size()));

    // Two plaintext buffers: a full chunk is FINAL only if the next read is empty.
    WipedBuffer current(kChunkSize), next(kChunkSize);
    QByteArray cipher(kChunkSize + kChunkOverhead, Qt::Uninitialized);
    const qint64 total = in.isSequential() ? -1 : in.size() - in.pos();
    Sealed sealed;
    auto got = readFull(in, current.bytes.data(), kChunkSize);
    if (!got)
        return got.error();
    qsizetype currentSize = *got;
    bool first = true;
    while (true) {
        if (isCancelled(control))
            return cancelled();
        qsizetype nextSize = 0;
        if (currentSize == kChunkSize) {
            auto more = readFull(in, next.bytes.data(), kChunkSize);
            if (!more)
                return more.error();
            nextSize = *more;
        }
        const bool final = nextSize == 0;
        crypto_hash_sha256_update(&hash.state, current.data(), std::size_t(currentSize));
        if (sealed.head.size() < keepHead)
            sealed.head.append(current.bytes.constData(),
                               std::min<qsizetype>(currentSize, keepHead - sealed.head.size()));
        unsigned long long cipherSize = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream.state, reinterpret_cast<unsigned char*>(cipher.data()), &cipherSize,
            current.data(), std::size_t(currentSize),
            first ? reinterpret_cast<const unsigned char*>(header.constData()) : nullptr,
            first ? std::size_t(header.size()) : 0,
            final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        VIGIL_TRY(out(cipher.constData(), qsizetype(cipherSize)));
        sealed.size += currentSize;
        if (control.progress)
            control.progress(sealed.size, total);
        if (final)
            break;
        std::swap(current.bytes, next.bytes);
        currentSize = nextSize;
        first = false;
    }
    sealed.sha256.resize(crypto_hash_sha256_BYTES);
    crypto_hash_sha256_final(&hash.state, reinterpret_cast<unsigned char*>(sealed.sha256.data()));
    return sealed;
}

Status AttachmentCipher::decrypt(QIODevice& in, const Sink& out, const SecretBuffer& fileKey,
                                 qint64 expectedSize, const QByteArray& expectedSha256,
                                 const Control& control)
{
    if (fileKey.size() != kFileKeySize)
        return badKey();
    QByteArray fileHeader(kHeaderSize, Qt::Uninitialized);
    auto got = readFull(in, fileHeader.data(), kHeaderSize);
    if (!got)
        return got.error();
    const QByteArray header = prefix();
    if (*got < kHeaderSize || !fileHeader.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return damaged(QStringLiteral("not an attachment file (bad magic or short header)"));
    if (!fileHeader.startsWith(header))
        return damaged(QStringLiteral("unsupported attachment format version"));

    const SecretBuffer key = subKey(fileKey, kStreamSubKey);
    WipedState<crypto_secretstream_xchacha20poly1305_state> stream;
    WipedState<crypto_hash_sha256_state> hash;
    crypto_hash_sha256_init(&hash.state);
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &stream.state, reinterpret_cast<const unsigned char*>(fileHeader.constData()) + kPrefixSize,
            key.data()) != 0)
        return damaged(QStringLiteral("invalid secretstream header"));

    QByteArray cipher(kChunkSize + kChunkOverhead, Qt::Uninitialized);
    WipedBuffer plain(kChunkSize);
    qint64 size = 0;
    for (qint64 chunk = 0;; ++chunk) {
        if (isCancelled(control))
            return cancelled();
        auto n = readFull(in, cipher.data(), cipher.size());
        if (!n)
            return n.error();
        if (*n == 0)
            return damaged(QStringLiteral("truncated: no FINAL chunk after chunk %1").arg(chunk));
        if (*n < kChunkOverhead)
            return damaged(QStringLiteral("truncated inside chunk %1").arg(chunk));
        unsigned long long plainSize = 0;
        unsigned char tag = 0;
        const bool first = chunk == 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &stream.state, plain.data(), &plainSize, &tag,
                reinterpret_cast<const unsigned char*>(cipher.constData()), std::size_t(*n),
                first ? reinterpret_cast<const unsigned char*>(header.constData()) : nullptr,
                first ? std::size_t(header.size()) : 0) != 0)
            return damaged(QStringLiteral("chunk %1 failed authentication").arg(chunk));
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (!final && (tag != 0 || qsizetype(plainSize) != kChunkSize))
            return damaged(QStringLiteral("chunk %1 is short or has tag %2 without being FINAL")
                               .arg(chunk)
                               .arg(tag));
        size += qint64(plainSize);
        if (size > expectedSize)
            return damaged(QStringLiteral("longer than the recorded size"));
        crypto_hash_sha256_update(&hash.state, plain.data(), plainSize);
        VIGIL_TRY(out(plain.bytes.constData(), qsizetype(plainSize)));
        if (control.progress)
            control.progress(size, expectedSize);
        if (final)
            break;
    }
    char extra = 0;
    auto trailing = readFull(in, &extra, 1);
    if (!trailing)
        return trailing.error();
    if (*trailing != 0)
        return damaged(QStringLiteral("data after the FINAL chunk"));
    if (size != expectedSize)
        return damaged(QStringLiteral("size %1 differs from the recorded %2").arg(size).arg(expectedSize));
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&hash.state, digest);
    if (expectedSha256.size() != qsizetype(sizeof digest) ||
        sodium_memcmp(digest, expectedSha256.constData(), sizeof digest) != 0)
        return damaged(QStringLiteral("SHA-256 differs from the recorded hash"));
    return {};
}

Result<QByteArray> AttachmentCipher::sealThumbnail(const QByteArray& image,
                                                   const SecretBuffer& fileKey)
{
    if (fileKey.size() != kFileKeySize)
        return badKey();
    const SecretBuffer key = subKey(fileKey, kThumbnailSubKey);
    constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    QByteArray sealed(1 + kNonce + image.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                      Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(sealed.data());
    bytes[0] = kThumbnailVersion;
    randombytes_buf(bytes + 1, kNonce);
    unsigned long long cipherSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + 1 + kNonce, &cipherSize, reinterpret_cast<const unsigned char*>(image.constData()),
        std::size_t(image.size()), bytes, 1, nullptr, bytes + 1, key.data());
    return sealed;
}

Result<QByteArray> AttachmentCipher::openThumbnail(const QByteArray& sealed,
                                                   const SecretBuffer& fileKey)
{
    if (fileKey.size() != kFileKeySize)
        return badKey();
    constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr qsizetype kMin = 1 + kNonce + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    const auto* bytes = reinterpret_cast<const unsigned char*>(sealed.constData());
    if (sealed.size() < kMin || bytes[0] != kThumbnailVersion)
        return damaged(QStringLiteral("thumbnail: short or unknown version"));
    const SecretBuffer key = subKey(fileKey, kThumbnailSubKey);
    QByteArray image(sealed.size() - kMin, Qt::Uninitialized);
    unsigned long long imageSize = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(image.data()), &imageSize, nullptr, bytes + 1 + kNonce,
            std::size_t(sealed.size() - 1 - kNonce), bytes, 1, bytes + 1, key.data()) != 0)
        return damaged(QStringLiteral("thumbnail failed authentication"));
    return image;
}

AttachmentCipher::Sink AttachmentCipher::deviceSink(QIODevice& out)
{
    return [&out](const char* data, qsizetype size) -> Status {
        if (size > 0 && out.write(data, size) != size)
            return Error::make(ErrorKind::Io, tr("The attachment could not be written out."),
                               out.errorString());
        return {};
    };
}

} // namespace vigil
