#include "tests/fuzz/OrgFuzzKeys.h"

#include <QtEndian>
#include <sodium.h>

namespace vigil::fuzz::OrgFuzzKeys {

const FuzzDevice& device()
{
    return recipient();
}

QString invitationId()
{
    return QStringLiteral("0123456789abcdef0123456789abcdef");
}

const SecretBuffer& secret()
{
    static const SecretBuffer s = [] {
        SecretBuffer b(32);
        for (std::size_t i = 0; i < b.size(); ++i)
            b.data()[i] = std::uint8_t(0xa0 + i);
        return b;
    }();
    return s;
}

Result<SecretBuffer> lookupSecret(const QString& id)
{
    if (id != invitationId())
        return Error::make(ErrorKind::NotFound, QStringLiteral("unknown invitation"));
    return SecretBuffer::copyOf(secret().data(), secret().size());
}

QByteArray sealedFile(QByteArrayView body, const QByteArray& coordinatorBoxPublic)
{
    const qsizetype sealedSize = body.size() + qsizetype(crypto_box_SEALBYTES);
    QByteArray file("VIGILENR\0\1", 10);
    char length[4];
    qToBigEndian(quint32(sealedSize), length);
    file.append(length, sizeof length);
    const qsizetype prefix = file.size();
    file.resize(prefix + sealedSize);
    VIGIL_FUZZ_CHECK(
        crypto_box_seal(
            reinterpret_cast<unsigned char*>(file.data() + prefix),
            reinterpret_cast<const unsigned char*>(body.data()), std::size_t(body.size()),
            reinterpret_cast<const unsigned char*>(coordinatorBoxPublic.constData())) == 0);
    return file;
}

} // namespace vigil::fuzz::OrgFuzzKeys
