// libFuzzer target: EnrolmentRequest::open as the fuzz coordinator (the
// sender of the bundle test vectors), which knows one invitation. Each input
// is opened three ways, so mutations reach past each layer of protection:
//  1. as a whole .vge file (frame, seal);
//  2. as the plaintext body, sealed to the coordinator here (the CBOR map,
//     the invitation lookup, the MAC and signature checks);
//  3. as the signed fields alone (the map of keys 1-5), given a MAC with the
//     invitation's secret and a signature by the fuzz device here, so mutated
//     names, ids and dates reach a successful open.
// A request that opens is sealed again and must open to the same fields.
#include "core/sync/org/EnrolmentRequest.h"
#include "core/sync/org/FlatCborMap.h"
#include "tests/fuzz/FuzzSupport.h"
#include "tests/fuzz/OrgFuzzKeys.h"

#include <QtEndian>
#include <cstddef>
#include <cstdint>

using namespace vigil;
using namespace vigil::fuzz;

namespace {

Result<EnrolmentRequest> open(const QByteArray& file)
{
    return EnrolmentRequest::open(file, sender().boxPublic, sender().boxSecret,
                                  &OrgFuzzKeys::lookupSecret);
}

void check(const QByteArray& file)
{
    const Result<EnrolmentRequest> request = open(file);
    if (!request) {
        const ErrorKind kind = request.error().kind;
        VIGIL_FUZZ_CHECK(kind == ErrorKind::Integrity || kind == ErrorKind::NotFound);
        VIGIL_FUZZ_CHECK(!request.error().message.isEmpty());
        return;
    }
    VIGIL_FUZZ_CHECK(!request->deviceName.trimmed().isEmpty());
    VIGIL_FUZZ_CHECK(request->deviceName.size() <= EnrolmentRequest::kMaxNameLength);
    VIGIL_FUZZ_CHECK(request->signPublic.size() == 32 && request->boxPublic.size() == 32);
    VIGIL_FUZZ_CHECK(request->createdAt >= 0);
    VIGIL_FUZZ_CHECK(request->invitationId == OrgFuzzKeys::invitationId());
    // Only the fuzz device's key can have signed it.
    VIGIL_FUZZ_CHECK(request->signPublic == OrgFuzzKeys::device().signPublic);

    const Result<QByteArray> again = EnrolmentRequest::seal(
        *request, OrgFuzzKeys::secret(), OrgFuzzKeys::device().signSecret, sender().boxPublic);
    VIGIL_FUZZ_CHECK(again.ok());
    const Result<EnrolmentRequest> reopened = open(*again);
    VIGIL_FUZZ_CHECK(reopened.ok());
    VIGIL_FUZZ_CHECK(reopened->invitationId == request->invitationId);
    VIGIL_FUZZ_CHECK(reopened->deviceName == request->deviceName);
    VIGIL_FUZZ_CHECK(reopened->signPublic == request->signPublic);
    VIGIL_FUZZ_CHECK(reopened->boxPublic == request->boxPublic);
    VIGIL_FUZZ_CHECK(reopened->createdAt == request->createdAt);
}

// The signed fields (a map of five, head 0xa5) with key 6, the MAC, and key 7,
// the device's signature, appended: a body of seven.
QByteArray authenticated(QByteArrayView fields)
{
    QByteArray mac(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(mac.data()), std::size_t(mac.size()),
                       reinterpret_cast<const unsigned char*>(fields.data()),
                       std::size_t(fields.size()), OrgFuzzKeys::secret().data(),
                       OrgFuzzKeys::secret().size());
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(fields.data()),
                         std::size_t(fields.size()), OrgFuzzKeys::device().signSecret.data());
    QByteArray body;
    FlatCborMap::appendHead(body, FlatCborMap::Map, 7);
    body.append(fields.sliced(1));
    FlatCborMap::appendBytes(body, 6, mac);
    FlatCborMap::appendBytes(body, 7, signature);
    return body;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    check(bytes);
    if (bytes.size() > EnrolmentRequest::kMaxSealedSize)
        return 0;
    check(OrgFuzzKeys::sealedFile(bytes, sender().boxPublic));
    if (bytes.size() >= 1 && quint8(bytes[0]) == 0xa5)
        check(OrgFuzzKeys::sealedFile(authenticated(bytes), sender().boxPublic));
    return 0;
}
