// libFuzzer target: InvitationFile::parse on a .vgi file's bytes. Each input
// is parsed as it is, and again with its last 64 bytes replaced by a
// signature of the rest by the fuzz coordinator, whose key the seeds carry,
// so mutated bodies get past the signature. A file that parses is
// canonical: writing the invitation again gives back the same bytes.
#include "core/sync/org/Invitation.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstddef>
#include <cstdint>

using namespace vigil;
using namespace vigil::fuzz;

namespace {

void parse(const QByteArray& bytes)
{
    const Result<Invitation> invitation = InvitationFile::parse(bytes);
    if (!invitation) {
        VIGIL_FUZZ_CHECK(invitation.error().kind == ErrorKind::Integrity);
        VIGIL_FUZZ_CHECK(!invitation.error().message.isEmpty());
        return;
    }
    VIGIL_FUZZ_CHECK(bytes.size() <= InvitationFile::kMaxSize + 14 + crypto_sign_BYTES);
    VIGIL_FUZZ_CHECK(invitation->secret.size() == 32);
    if (invitation->coordinatorSignPublic != sender().signPublic)
        return; // signed by someone else: only a seed's unmutated original
    const Result<QByteArray> again = InvitationFile::write(*invitation, sender().signSecret);
    VIGIL_FUZZ_CHECK(again.ok());
    VIGIL_FUZZ_CHECK(*again == bytes);
}

QByteArray signedByCoordinator(QByteArrayView unsignedPart)
{
    QByteArray bytes(unsignedPart.data(), unsignedPart.size());
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr,
                         reinterpret_cast<const unsigned char*>(bytes.constData()),
                         std::size_t(bytes.size()), sender().signSecret.data());
    return bytes.append(reinterpret_cast<const char*>(signature), sizeof signature);
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
    parse(bytes);
    if (bytes.size() >= qsizetype(crypto_sign_BYTES))
        parse(signedByCoordinator(QByteArrayView(bytes).chopped(crypto_sign_BYTES)));
    return 0;
}
