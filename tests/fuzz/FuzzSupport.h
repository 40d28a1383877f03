#pragma once

// Shared by the libFuzzer targets and the seed generator: the fixed keys the
// seeds are made with (those of the bundle test vectors in tests/data/bundle,
// so the vectors themselves are valid seeds), a Qt application for tr(), and
// a bundle sink that aborts when the reader breaks the BundleSink contract.
#include "core/crypto/SecretBuffer.h"
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/bundle/BundleSink.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <sodium.h>

// Aborts (a crash libFuzzer reports, with the input saved) when a property
// of the code under test does not hold.
#define VIGIL_FUZZ_CHECK(condition)                                                                \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::vigil::fuzz::fail(#condition, __FILE__, __LINE__);                                   \
    } while (false)

namespace vigil::fuzz {

[[noreturn]] void fail(const char* what, const char* file, int line);

// Creates the QCoreApplication and initialises libsodium; call once from
// LLVMFuzzerInitialize (or main).
void initialise(int* argc, char*** argv);

struct FuzzDevice
{
    QString id;
    QByteArray signPublic;
    SecretBuffer signSecret;
    QByteArray boxPublic;
    SecretBuffer boxSecret;

    // Ed25519 from a 32-byte seed, X25519 secret key as given.
    static FuzzDevice fromSeeds(QByteArrayView signSeed, QByteArrayView boxSecret);
};

// The sender and the two recipients of tests/data/bundle/small.json. The
// targets read as the first recipient; the coordinator of invitations and
// enrolment requests is the sender.
const FuzzDevice& sender();
const FuzzDevice& recipient();
const FuzzDevice& otherRecipient();

// A roster that knows all three devices.
SenderLookup roster();

// Bundle bytes without their 80-byte trailer, given a fresh trailer (end
// marker, length) and an Ed25519ph signature by `signer`: what a sender with
// a broken or hostile writer would produce, so mutated headers and payloads
// get past the signature check.
QByteArray signBundle(QByteArrayView withoutTrailer, const SecretBuffer& signer);

// Checks what a BundleReader delivers: blob pieces only inside a blob, their
// sizes adding up to the declared size, items only outside blobs, counts
// matching the summary. Keeps nothing but counters.
class CheckingSink : public BundleSink
{
public:
    Status item(BundleItemKind kind, const QCborValue& body) override;
    Status blobBegin(const QCborMap& meta, qint64 size) override;
    Status blobData(QByteArrayView bytes) override;
    Status blobEnd() override;

    // After a successful read: nothing open, and the reader counted as many
    // items (blob pieces included) and blobs as were delivered.
    void checkComplete(qint64 items, qint64 blobs) const;

private:
    bool m_inBlob = false;
    qint64 m_blobSize = 0;
    qint64 m_blobReceived = 0;
    qint64 m_items = 0;
    qint64 m_blobs = 0;
};

} // namespace vigil::fuzz
