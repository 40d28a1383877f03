#pragma once

// Shared fixtures for the [bundle] tests: devices with real keys, a sink that
// records what a reader delivers, fixed randomness for the test vectors, and
// helpers to write bundles to disk and to re-sign edited ones.
#include "core/crypto/SecretBuffer.h"
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleRandomness.h"
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/bundle/BundleSink.h"
#include "core/sync/bundle/BundleWriter.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QString>
#include <catch2/catch_tostring.hpp>
#include <functional>
#include <optional>
#include <sodium.h>

namespace vigil::test {

struct TestDevice
{
    QString id;
    QByteArray signPublic;
    SecretBuffer signSecret;
    QByteArray boxPublic;
    SecretBuffer boxSecret;

    static TestDevice generate();
    // Deterministic keys: Ed25519 from a 32-byte seed, X25519 secret as given.
    static TestDevice fromSeeds(const QByteArray& signSeed, const QByteArray& boxSecret);

    BundleWriter::Recipient recipient() const { return {id, boxPublic}; }
    BundleReader reader(SenderLookup senders, const BundleLimits& limits = {}) const
    {
        return BundleReader(id, boxPublic, boxSecret, std::move(senders), limits);
    }
};

// A roster of the given devices; `revoked` ones are flagged as such.
SenderLookup rosterOf(const QList<const TestDevice*>& devices,
                      const QList<const TestDevice*>& revoked = {});

// Records everything a reader delivers; blob bytes are hashed, not kept.
class RecordingSink : public BundleSink
{
public:
    struct Blob
    {
        QCborMap meta;
        qint64 declaredSize = 0;
        qint64 received = 0;
        QByteArray sha256;
        bool ended = false;
    };
    QList<std::pair<BundleItemKind, QCborValue>> items;
    QList<Blob> blobs;
    qint64 calls = 0;
    qint64 largestPiece = 0;
    std::function<void()> onBlobData; // e.g. to sample memory use

    Status item(BundleItemKind kind, const QCborValue& body) override;
    Status blobBegin(const QCborMap& meta, qint64 size) override;
    Status blobData(QByteArrayView bytes) override;
    Status blobEnd() override;

private:
    crypto_hash_sha256_state m_hash{};
};

// Hands out fixed byte strings in order; a request of another size fails the test.
class FixedRandomness : public BundleRandomness
{
public:
    explicit FixedRandomness(QList<QByteArray> values) : m_values(std::move(values)) {}
    void fill(std::uint8_t* out, std::size_t size) override;
    bool allUsed() const { return m_next == m_values.size(); }

private:
    QList<QByteArray> m_values;
    qsizetype m_next = 0;
};

// Writes a bundle to `path` with `fill` adding the items; returns its size.
qint64 writeBundle(const QString& path, const TestDevice& sender,
                   const QList<const TestDevice*>& recipients,
                   const std::function<void(BundleWriter&)>& fill, const BundleLimits& limits = {});

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

// Replaces the trailer of edited bundle bytes (everything before the old
// trailer is kept) with a fresh length and a signature by `signer`, as a
// sender with a buggy or malicious writer would.
QByteArray resign(const QByteArray& bundleWithoutTrailer, const SecretBuffer& signer);

// The code of a refusal, or nullopt when the read succeeded or failed otherwise.
std::optional<BundleErrorCode> codeOf(const Result<BundleSummary>& result);

// Deterministic bytes: byte i is (i * 7 + 3) mod 256 for i from `offset`.
QByteArray pattern(qint64 size, qint64 offset = 0);

} // namespace vigil::test

namespace Catch {
template <> struct StringMaker<vigil::BundleErrorCode>
{
    static std::string convert(vigil::BundleErrorCode code)
    {
        return vigil::BundleError::name(code).toStdString();
    }
};
} // namespace Catch
