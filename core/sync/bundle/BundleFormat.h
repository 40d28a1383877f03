#pragma once

#include <QtGlobal>
#include <cstdint>

// Wire constants of the .vgb bundle container, version 1 (docs/bundle-format.md).
// Changing any of them changes the format: bump kVersion and the spec.
namespace vigil::BundleFormat {

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'L', 'B', 'N', 'D'};
constexpr char kEndMagic[8] = {'V', 'I', 'G', 'I', 'L', 'E', 'N', 'D'};
constexpr std::uint16_t kVersion = 1;

// "VIGILBND" | version (u16) | header length (u32), big-endian.
constexpr qint64 kPrefixSize = 14;
// "VIGILEND" | bundle length (u64) | Ed25519ph signature (64).
constexpr qint64 kTrailerSize = 80;
constexpr qint64 kSignatureSize = 64;

// Each secretstream message carries at most this much plaintext; every
// chunk but the last carries exactly this much.
constexpr qint64 kChunkPlainSize = 64 * 1024;
constexpr qint64 kChunkOverhead = 17; // crypto_secretstream_xchacha20poly1305_ABYTES
constexpr qint64 kChunkCipherSize = kChunkPlainSize + kChunkOverhead;

constexpr qsizetype kDeviceIdSize = 16;
constexpr qsizetype kBundleKeySize = 32;
constexpr qsizetype kStreamHeaderSize = 24;
constexpr qsizetype kSealedKeySize = 32 + 16 + kBundleKeySize; // crypto_box_SEALBYTES + key
constexpr qsizetype kMaxChainHeadSize = 64;
constexpr qsizetype kBlobPieceSize = 64 * 1024; // plaintext bytes per blob-chunk item
constexpr qsizetype kBlobHashSize = 32;         // SHA-256

// Header map keys.
enum HeaderKey : std::uint64_t
{
    HeaderSender = 1,
    HeaderFirstSeq = 2,
    HeaderLastSeq = 3,
    HeaderCreated = 4,
    HeaderChainHead = 5,
    HeaderRecipients = 6,
    HeaderStreamHeader = 7,
};
enum RecipientKey : std::uint64_t
{
    RecipientDevice = 1,
    RecipientSealedKey = 2,
};
enum BlobBeginKey : std::uint64_t
{
    BlobMeta = 1,
    BlobSize = 2,
};

} // namespace vigil::BundleFormat
