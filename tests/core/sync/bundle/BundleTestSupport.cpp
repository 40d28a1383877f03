#include "tests/core/sync/bundle/BundleTestSupport.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleFormat.h"

#include <QFile>
#include <QHash>
#include <QtEndian>
#include <catch2/catch_test_macros.hpp>
#include <cstring>
#include <sodium.h>

namespace vigil::test {

TestDevice TestDevice::generate()
{
    TestDevice d;
    d.signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    d.signSecret = SecretBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(d.signPublic.data()), d.signSecret.data());
    d.boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    d.boxSecret = SecretBuffer(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(d.boxPublic.data()), d.boxSecret.data());
    d.id = DeviceIdentity::idFor(d.signPublic);
    return d;
}

TestDevice TestDevice::fromSeeds(const QByteArray& signSeed, const QByteArray& boxSecret)
{
    REQUIRE(signSeed.size() == crypto_sign_SEEDBYTES);
    REQUIRE(boxSecret.size() == crypto_box_SECRETKEYBYTES);
    TestDevice d;
    d.signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    d.signSecret = SecretBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(d.signPublic.data()),
                             d.signSecret.data(),
                             reinterpret_cast<const unsigned char*>(signSeed.constData()));
    d.boxSecret = SecretBuffer::copyOf(boxSecret.constData(), std::size_t(boxSecret.size()));
    d.boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(d.boxPublic.data()),
                           d.boxSecret.data());
    d.id = DeviceIdentity::idFor(d.signPublic);
    return d;
}

SenderLookup rosterOf(const QList<const TestDevice*>& devices,
                      const QList<const TestDevice*>& revoked)
{
    QHash<QString, SenderKeys> roster;
    for (const TestDevice* d : devices)
        roster.insert(d->id, {d->signPublic, false});
    for (const TestDevice* d : revoked)
        roster.insert(d->id, {d->signPublic, true});
    return [roster](const BundleHeader& header) -> std::optional<SenderKeys> {
        const auto it = roster.constFind(header.senderId);
        if (it == roster.constEnd())
            return std::nullopt;
        return *it;
    };
}

Status RecordingSink::item(BundleItemKind kind, const QCborValue& body)
{
    ++calls;
    items.append({kind, body});
    return {};
}

Status RecordingSink::blobBegin(const QCborMap& meta, qint64 size)
{
    ++calls;
    blobs.append({meta, size, 0, {}, false});
    crypto_hash_sha256_init(&m_hash);
    return {};
}

Status RecordingSink::blobData(QByteArrayView bytes)
{
    ++calls;
    blobs.last().received += bytes.size();
    largestPiece = std::max<qint64>(largestPiece, bytes.size());
    crypto_hash_sha256_update(&m_hash, reinterpret_cast<const unsigned char*>(bytes.data()),
                              std::size_t(bytes.size()));
    if (onBlobData)
        onBlobData();
    return {};
}

Status RecordingSink::blobEnd()
{
    ++calls;
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&m_hash, reinterpret_cast<unsigned char*>(digest.data()));
    blobs.last().sha256 = digest;
    blobs.last().ended = true;
    return {};
}

void FixedRandomness::fill(std::uint8_t* out, std::size_t size)
{
    REQUIRE(m_next < m_values.size());
    const QByteArray& value = m_values.at(m_next++);
    REQUIRE(std::size_t(value.size()) == size);
    std::memcpy(out, value.constData(), size);
}

qint64 writeBundle(const QString& path, const TestDevice& sender,
                   const QList<const TestDevice*>& recipients,
                   const std::function<void(BundleWriter&)>& fill, const BundleLimits& limits)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QList<BundleWriter::Recipient> to;
    for (const TestDevice* r : recipients)
        to.append(r->recipient());
    BundleWriter::Origin origin;
    origin.senderId = sender.id;
    origin.firstSeq = 1;
    origin.lastSeq = 3;
    origin.createdMs = 1700000000000;
    origin.chainHead = QByteArray(32, '\x5a');
    auto writer = BundleWriter::begin(file, origin, sender.signSecret, to, limits);
    REQUIRE(writer.ok());
    fill(*writer);
    auto size = writer->finish();
    REQUIRE(size.ok());
    file.close();
    REQUIRE(QFile(path).size() == *size);
    return *size;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray resign(const QByteArray& bundleWithoutTrailer, const SecretBuffer& signer)
{
    QByteArray out = bundleWithoutTrailer;
    out.append(BundleFormat::kEndMagic, sizeof BundleFormat::kEndMagic);
    char length[8];
    qToBigEndian<quint64>(quint64(out.size() + 8 + BundleFormat::kSignatureSize), length);
    out.append(length, sizeof length);
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(out.constData()),
                       std::size_t(out.size()));
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_final_create(&state, signature, nullptr, signer.data());
    out.append(reinterpret_cast<const char*>(signature), sizeof signature);
    return out;
}

std::optional<BundleErrorCode> codeOf(const Result<BundleSummary>& result)
{
    if (result.ok())
        return std::nullopt;
    return BundleError::codeOf(result.error());
}

QByteArray pattern(qint64 size, qint64 offset)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[qsizetype(i)] = char(((i + offset) * 7 + 3) & 0xff);
    return bytes;
}

} // namespace vigil::test
