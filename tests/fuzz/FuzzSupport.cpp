#include "tests/fuzz/FuzzSupport.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>
#include <cstdio>
#include <cstdlib>

namespace vigil::fuzz {

namespace {

QByteArray fromHex(const char* hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

} // namespace

void fail(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: property violated: %s\n", file, line, what);
    std::abort();
}

void initialise(int* argc, char*** argv)
{
    // Lives until exit: tr() and Qt's codecs want an application object.
    static QCoreApplication* app = new QCoreApplication(*argc, *argv);
    Q_UNUSED(app);
    if (sodium_init() < 0)
        fail("sodium_init", __FILE__, __LINE__);
}

FuzzDevice FuzzDevice::fromSeeds(QByteArrayView signSeed, QByteArrayView boxSecret)
{
    VIGIL_FUZZ_CHECK(signSeed.size() == crypto_sign_SEEDBYTES);
    VIGIL_FUZZ_CHECK(boxSecret.size() == crypto_box_SECRETKEYBYTES);
    FuzzDevice d;
    d.signPublic = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    d.signSecret = SecretBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(d.signPublic.data()),
                             d.signSecret.data(),
                             reinterpret_cast<const unsigned char*>(signSeed.data()));
    d.boxSecret = SecretBuffer::copyOf(boxSecret.data(), std::size_t(boxSecret.size()));
    d.boxPublic = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_scalarmult_base(reinterpret_cast<unsigned char*>(d.boxPublic.data()),
                           d.boxSecret.data());
    d.id = DeviceIdentity::idFor(d.signPublic);
    return d;
}

// Seeds from tests/data/bundle/small.json; the sender's box key is the one
// BundleVectorTest gives it.
const FuzzDevice& sender()
{
    static const FuzzDevice d = FuzzDevice::fromSeeds(
        fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"),
        QByteArray(crypto_box_SECRETKEYBYTES, '\1'));
    return d;
}

const FuzzDevice& recipient()
{
    static const FuzzDevice d = FuzzDevice::fromSeeds(
        fromHex("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f"),
        fromHex("404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f"));
    return d;
}

const FuzzDevice& otherRecipient()
{
    static const FuzzDevice d = FuzzDevice::fromSeeds(
        fromHex("606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f"),
        fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"));
    return d;
}

SenderLookup roster()
{
    QHash<QString, SenderKeys> keys;
    for (const FuzzDevice* d : {&sender(), &recipient(), &otherRecipient()})
        keys.insert(d->id, {d->signPublic, false});
    return [keys](const BundleHeader& header) -> std::optional<SenderKeys> {
        const auto it = keys.constFind(header.senderId);
        if (it == keys.constEnd())
            return std::nullopt;
        return *it;
    };
}

QByteArray signBundle(QByteArrayView withoutTrailer, const SecretBuffer& signer)
{
    namespace F = BundleFormat;
    QByteArray bytes(withoutTrailer.data(), withoutTrailer.size());
    bytes.append(F::kEndMagic, sizeof F::kEndMagic);
    char length[8];
    qToBigEndian<quint64>(quint64(bytes.size() + 8 + F::kSignatureSize), length);
    bytes.append(length, sizeof length);
    crypto_sign_state state;
    crypto_sign_init(&state);
    crypto_sign_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       std::size_t(bytes.size()));
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_final_create(&state, signature, nullptr, signer.data());
    bytes.append(reinterpret_cast<const char*>(signature), sizeof signature);
    return bytes;
}

Status CheckingSink::item(BundleItemKind kind, const QCborValue& body)
{
    Q_UNUSED(kind);
    Q_UNUSED(body);
    VIGIL_FUZZ_CHECK(!m_inBlob);
    ++m_items;
    return {};
}

Status CheckingSink::blobBegin(const QCborMap& meta, qint64 size)
{
    Q_UNUSED(meta);
    VIGIL_FUZZ_CHECK(!m_inBlob);
    VIGIL_FUZZ_CHECK(size >= 0);
    m_inBlob = true;
    m_blobSize = size;
    m_blobReceived = 0;
    ++m_items;
    ++m_blobs;
    return {};
}

Status CheckingSink::blobData(QByteArrayView bytes)
{
    VIGIL_FUZZ_CHECK(m_inBlob);
    VIGIL_FUZZ_CHECK(!bytes.isEmpty());
    VIGIL_FUZZ_CHECK(bytes.size() <= m_blobSize - m_blobReceived);
    m_blobReceived += bytes.size();
    ++m_items;
    return {};
}

Status CheckingSink::blobEnd()
{
    VIGIL_FUZZ_CHECK(m_inBlob);
    VIGIL_FUZZ_CHECK(m_blobReceived == m_blobSize);
    m_inBlob = false;
    ++m_items;
    return {};
}

void CheckingSink::checkComplete(qint64 items, qint64 blobs) const
{
    VIGIL_FUZZ_CHECK(!m_inBlob);
    VIGIL_FUZZ_CHECK(items == m_items);
    VIGIL_FUZZ_CHECK(blobs == m_blobs);
}

} // namespace vigil::fuzz
