// The encrypted attachment file format: round trips at chunk boundaries, and
// every kind of damage (tampering, truncation, a missing FINAL tag, trailing
// bytes, a wrong key, a wrong recorded size or hash) ends in Integrity.
#include "core/attachments/AttachmentCipher.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QBuffer>
#include <QCryptographicHash>

#include <sodium.h>

using namespace vigil;

namespace {

using Cipher = AttachmentCipher;

QByteArray pattern(qsizetype size, quint32 seed = 7)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}

struct Encrypted
{
    QByteArray file;
    Cipher::Sealed sealed;
};

Encrypted encrypt(const QByteArray& plain, const SecretBuffer& key)
{
    QByteArray source = plain;
    QBuffer in(&source);
    REQUIRE(in.open(QIODevice::ReadOnly));
    Encrypted e;
    QBuffer out(&e.file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    auto sealed = Cipher::encrypt(in, Cipher::deviceSink(out), key);
    REQUIRE(sealed.ok());
    e.sealed = *sealed;
    return e;
}

Result<QByteArray> decrypt(const QByteArray& file, const SecretBuffer& key, qint64 size,
                           const QByteArray& sha)
{
    QByteArray copy = file;
    QBuffer in(&copy);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray plain;
    QBuffer out(&plain);
    REQUIRE(out.open(QIODevice::WriteOnly));
    auto status = Cipher::decrypt(in, Cipher::deviceSink(out), key, size, sha);
    if (!status)
        return status.error();
    return plain;
}

Result<QByteArray> decrypt(const Encrypted& e, const SecretBuffer& key)
{
    return decrypt(e.file, key, e.sealed.size, e.sealed.sha256);
}

qsizetype chunkBytes()
{
    return Cipher::kChunkSize + Cipher::kChunkOverhead;
}

void requireIntegrity(const Result<QByteArray>& r)
{
    REQUIRE_FALSE(r.ok());
    INFO(r.error().detail.toStdString());
    CHECK(r.error().kind == ErrorKind::Integrity);
    CHECK_FALSE(r.error().message.isEmpty());
}

} // namespace

TEST_CASE("attachment cipher round trips at every chunk boundary", "[attachment]")
{
    const qsizetype chunk = Cipher::kChunkSize;
    const qsizetype size = GENERATE_COPY(values<qsizetype>(
        {0, 1, 100, chunk - 1, chunk, chunk + 1, 2 * chunk, 3'200'000}));
    CAPTURE(size);
    const SecretBuffer key = Cipher::newFileKey();
    const QByteArray plain = pattern(size);
    const Encrypted e = encrypt(plain, key);

    const qsizetype chunks = size == 0 ? 1 : (size + chunk - 1) / chunk;
    CHECK(e.file.size() == Cipher::kHeaderSize + size + chunks * Cipher::kChunkOverhead);
    CHECK(e.file.startsWith("VIGILATT\x00\x01"));
    CHECK(e.sealed.size == size);
    CHECK(e.sealed.sha256 == QCryptographicHash::hash(plain, QCryptographicHash::Sha256));
    if (size >= 64)
        CHECK_FALSE(e.file.contains(plain.mid(size / 2, 32)));
    auto back = decrypt(e, key);
    REQUIRE(back.ok());
    CHECK(*back == plain);
}

TEST_CASE("attachment cipher: two encryptions of one file differ", "[attachment]")
{
    const QByteArray plain = pattern(1000);
    const SecretBuffer key = Cipher::newFileKey();
    CHECK(encrypt(plain, key).file != encrypt(plain, key).file);
}

TEST_CASE("attachment cipher keeps only the requested head", "[attachment]")
{
    QByteArray source = pattern(200'000);
    QBuffer in(&source);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray sink;
    QBuffer out(&sink);
    REQUIRE(out.open(QIODevice::WriteOnly));
    auto sealed = Cipher::encrypt(in, Cipher::deviceSink(out), Cipher::newFileKey(), {}, 70'000);
    REQUIRE(sealed.ok());
    CHECK(sealed->head == source.left(70'000));
}

TEST_CASE("attachment cipher: any changed byte is detected", "[attachment]")
{
    const SecretBuffer key = Cipher::newFileKey();
    const Encrypted e = encrypt(pattern(3 * Cipher::kChunkSize + 5), key);
    const qsizetype offset = GENERATE_COPY(values<qsizetype>({
        0,                                       // magic
        9,                                       // format version
        Cipher::kPrefixSize + 3,                 // secretstream header
        Cipher::kHeaderSize,                     // first chunk
        Cipher::kHeaderSize + chunkBytes() + 77, // middle of the second chunk
        e.file.size() - 1,                       // last byte (final tag's MAC)
    }));
    CAPTURE(offset);
    QByteArray bad = e.file;
    bad[offset] = char(bad[offset] ^ 0x01);
    requireIntegrity(decrypt(bad, key, e.sealed.size, e.sealed.sha256));
}

TEST_CASE("attachment cipher: truncation anywhere is detected", "[attachment]")
{
    const SecretBuffer key = Cipher::newFileKey();
    const Encrypted e = encrypt(pattern(3 * Cipher::kChunkSize + 5), key);
    const qsizetype length = GENERATE_COPY(values<qsizetype>({
        0, 5, Cipher::kHeaderSize,                    // nothing after the header
        Cipher::kHeaderSize + chunkBytes(),           // at a chunk boundary
        Cipher::kHeaderSize + 3 * chunkBytes(),       // the FINAL chunk dropped
        Cipher::kHeaderSize + chunkBytes() + 1000,    // mid-chunk
        Cipher::kHeaderSize + 3 * chunkBytes() + 10,  // inside the FINAL chunk
    }));
    CAPTURE(length);
    requireIntegrity(decrypt(e.file.left(length), key, e.sealed.size, e.sealed.sha256));
}

TEST_CASE("attachment cipher: a stream without a FINAL chunk is rejected", "[attachment]")
{
    // Written by hand, as an attacker who knew the key would: valid chunks, no FINAL.
    const SecretBuffer fileKey = Cipher::newFileKey();
    SecretBuffer streamKey(32);
    crypto_kdf_derive_from_key(streamKey.data(), 32, 1, "VgAttach", fileKey.data());
    crypto_secretstream_xchacha20poly1305_state st;
    QByteArray file("VIGILATT\x00\x01", 10);
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &st, reinterpret_cast<unsigned char*>(header.data()), streamKey.data());
    const QByteArray prefix = file;
    file += header;
    const QByteArray plain = pattern(2 * Cipher::kChunkSize);
    for (int i = 0; i < 2; ++i) {
        QByteArray c(chunkBytes(), Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &st, reinterpret_cast<unsigned char*>(c.data()), nullptr,
            reinterpret_cast<const unsigned char*>(plain.constData()) + i * Cipher::kChunkSize,
            Cipher::kChunkSize, i == 0 ? reinterpret_cast<const unsigned char*>(prefix.constData()) : nullptr,
            i == 0 ? 10 : 0, 0);
        file += c;
    }
    const QByteArray sha = QCryptographicHash::hash(plain, QCryptographicHash::Sha256);
    auto r = decrypt(file, fileKey, plain.size(), sha);
    requireIntegrity(r);
    CHECK(r.error().detail.contains(QStringLiteral("FINAL")));
}

TEST_CASE("attachment cipher: bytes after FINAL, a wrong key, size or hash are rejected",
          "[attachment]")
{
    const SecretBuffer key = Cipher::newFileKey();
    const Encrypted e = encrypt(pattern(100'000), key);
    requireIntegrity(decrypt(e.file + QByteArray("x"), key, e.sealed.size, e.sealed.sha256));
    requireIntegrity(decrypt(e.file, Cipher::newFileKey(), e.sealed.size, e.sealed.sha256));
    requireIntegrity(decrypt(e.file, key, e.sealed.size + 1, e.sealed.sha256));
    requireIntegrity(decrypt(e.file, key, e.sealed.size - 1, e.sealed.sha256));
    QByteArray otherSha = e.sealed.sha256;
    otherSha[0] = char(otherSha[0] ^ 1);
    requireIntegrity(decrypt(e.file, key, e.sealed.size, otherSha));
    // Another file's ciphertext under this file's key.
    const Encrypted other = encrypt(pattern(100'000), Cipher::newFileKey());
    requireIntegrity(decrypt(other.file, key, e.sealed.size, e.sealed.sha256));
}

TEST_CASE("attachment cipher reports progress and stops when cancelled", "[attachment]")
{
    QByteArray source = pattern(10 * Cipher::kChunkSize);
    QBuffer in(&source);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray sink;
    QBuffer out(&sink);
    REQUIRE(out.open(QIODevice::WriteOnly));
    std::atomic_bool cancel = false;
    QList<qint64> seen;
    Cipher::Control control;
    control.cancel = &cancel;
    control.progress = [&](qint64 done, qint64 total) {
        CHECK(total == source.size());
        seen.append(done);
        if (seen.size() == 3)
            cancel = true;
    };
    auto sealed = Cipher::encrypt(in, Cipher::deviceSink(out), Cipher::newFileKey(), control);
    REQUIRE_FALSE(sealed.ok());
    CHECK(sealed.error().kind == ErrorKind::Cancelled);
    CHECK(seen == QList<qint64>{Cipher::kChunkSize, 2 * Cipher::kChunkSize, 3 * Cipher::kChunkSize});
}

TEST_CASE("attachment thumbnails are sealed under the file key", "[attachment]")
{
    const SecretBuffer key = Cipher::newFileKey();
    const QByteArray image = pattern(5000);
    auto sealed = Cipher::sealThumbnail(image, key);
    REQUIRE(sealed.ok());
    CHECK_FALSE(sealed->contains(image.mid(100, 32)));
    auto opened = Cipher::openThumbnail(*sealed, key);
    REQUIRE(opened.ok());
    CHECK(*opened == image);
    CHECK(Cipher::openThumbnail(*sealed, Cipher::newFileKey()).error().kind == ErrorKind::Integrity);
    QByteArray bad = *sealed;
    bad[bad.size() / 2] = char(bad[bad.size() / 2] ^ 4);
    CHECK(Cipher::openThumbnail(bad, key).error().kind == ErrorKind::Integrity);
    CHECK(Cipher::openThumbnail(sealed->left(20), key).error().kind == ErrorKind::Integrity);
}
