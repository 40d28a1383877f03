#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <functional>

class QIODevice;

namespace vigil {

// For long attachment imports and exports: progress (bytes done, total or -1
// when unknown) after every chunk, and a flag checked before every chunk:
// when it becomes true the operation stops with ErrorKind::Cancelled.
struct StreamControl
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

// The format of one encrypted attachment file, streamed both ways so a large
// video never sits in memory (DESIGN.md §4 Attachments):
//
//   "VIGILATT" | version (u16, big-endian, 1) | secretstream header (24 bytes)
//   chunks: crypto_secretstream_xchacha20poly1305 of 64 KiB of plaintext
//           (+17 bytes each); the first chunk authenticates the 10-byte
//           prefix as associated data; only the last chunk is shorter and it
//           alone is tagged FINAL (an empty file is one empty FINAL chunk).
//
// Every file has its own random 32-byte file key (kept in the attachment
// row). Two sub-keys are derived from it with crypto_kdf (context
// "VgAttach"): 1 for the stream, 2 for the thumbnail.
class AttachmentCipher
{
    Q_DECLARE_TR_FUNCTIONS(vigil::AttachmentCipher)
public:
    static constexpr qsizetype kChunkSize = 64 * 1024;
    static constexpr qsizetype kPrefixSize = 10;                // magic + version
    static constexpr qsizetype kHeaderSize = kPrefixSize + 24;  // + secretstream header
    static constexpr qsizetype kChunkOverhead = 17;             // secretstream ABYTES
    static constexpr std::size_t kFileKeySize = 32;
    static constexpr std::uint16_t kVersion = 1;

    // Receives output bytes; an error stops the stream.
    using Sink = std::function<Status(const char* data, qsizetype size)>;

    using Control = StreamControl;

    struct Sealed
    {
        qint64 size = 0;   // plaintext bytes
        QByteArray sha256; // of the plaintext
        QByteArray head;   // the first `keepHead` plaintext bytes, for a thumbnailer
    };

    static SecretBuffer newFileKey();

    // Reads `in` to its end, 64 KiB at a time, and writes the encrypted file
    // to `out`, hashing the plaintext as it goes.
    static Result<Sealed> encrypt(QIODevice& in, const Sink& out, const SecretBuffer& fileKey,
                                  const Control& control = {}, qint64 keepHead = 0);

    // Decrypts a file written by encrypt() into `out`, chunk by chunk. Every
    // chunk is authenticated, the FINAL tag and the end of the file are
    // required, and the size and SHA-256 must match: otherwise Integrity.
    // On any error, what already reached `out` must be discarded.
    static Status decrypt(QIODevice& in, const Sink& out, const SecretBuffer& fileKey,
                          qint64 expectedSize, const QByteArray& expectedSha256,
                          const Control& control = {});

    // A thumbnail sealed under the file key's thumbnail sub-key:
    // version (1 byte) | nonce (24) | XChaCha20-Poly1305 ciphertext.
    static Result<QByteArray> sealThumbnail(const QByteArray& image, const SecretBuffer& fileKey);
    static Result<QByteArray> openThumbnail(const QByteArray& sealed, const SecretBuffer& fileKey);

    // The default sink for a device: writes everything or fails with Io.
    static Sink deviceSink(QIODevice& out);
};

} // namespace vigil
