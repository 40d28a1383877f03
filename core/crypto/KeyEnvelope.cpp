#include "core/crypto/KeyEnvelope.h"

#include "core/util/AtomicFile.h"

#include <sodium.h>

#include <QtEndian>

#include <cstring>

namespace vigil {

// Layout (all integers big-endian), see docs/vault-format.md:
//   0  8  magic "VIGILKEY"          24 16 salt
//   8  2  format version            40 16 vault id
//  10  1  KDF id (1 = Argon2id v1.3) -- header (associated data) ends at 56 --
//  11  1  reserved, 0               56 72 passphrase slot: nonce(24) | wrapped DEK(48)
//  12  4  Argon2id opslimit         128 72 recovery slot: nonce(24) | wrapped DEK(48)
//  16  8  Argon2id memlimit bytes   200 32 BLAKE2b-256 of bytes 0..199
// The passphrase slot's associated data is the header plus 'P'; the recovery
// slot's is magic, version and vault id plus 'R'.
namespace {

constexpr char kMagic[8] = {'V', 'I', 'G', 'I', 'L', 'K', 'E', 'Y'};
constexpr quint8 kKdfArgon2id = 1;
constexpr qsizetype kHeaderSize = 56;
constexpr qsizetype kSlotSize = 24 + 48;
constexpr qsizetype kBodySize = kHeaderSize + 2 * kSlotSize;
constexpr qsizetype kChecksumSize = 32;
constexpr qsizetype kFileSize = kBodySize + kChecksumSize;
constexpr quint8 kPassSlotLabel = 'P';
constexpr quint8 kRecoverySlotLabel = 'R';

QByteArray checksum(const QByteArray& body)
{
    QByteArray sum(kChecksumSize, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), std::size_t(sum.size()),
                       reinterpret_cast<const unsigned char*>(body.constData()),
                       std::size_t(body.size()), nullptr, 0);
    return sum;
}

Error damaged(const QString& detail)
{
    return Error::make(ErrorKind::Integrity,
                       QCoreApplication::translate("vigil::KeyEnvelope",
                                                   "The vault's key file is damaged or has been "
                                                   "altered. Restore it from a backup."),
                       detail);
}

} // namespace

QByteArray KeyEnvelope::header() const
{
    QByteArray h(kHeaderSize, '\0');
    char* p = h.data();
    std::memcpy(p, kMagic, 8);
    qToBigEndian<quint16>(kVersion, p + 8);
    p[10] = char(kKdfArgon2id);
    p[11] = 0;
    qToBigEndian<quint32>(quint32(m_params.opsLimit), p + 12);
    qToBigEndian<quint64>(m_params.memLimitBytes, p + 16);
    std::memcpy(p + 24, m_salt.data(), m_salt.size());
    std::memcpy(p + 40, m_vaultId.data(), m_vaultId.size());
    return h;
}

QByteArray KeyEnvelope::passphraseAd() const
{
    return header() + char(kPassSlotLabel);
}

QByteArray KeyEnvelope::recoveryAd() const
{
    // Magic, version and vault id: not the KDF settings, which a passphrase
    // change replaces.
    const QByteArray h = header();
    return h.left(10) + h.mid(40, 16) + char(kRecoverySlotLabel);
}

Result<KeyEnvelope::Slot> KeyEnvelope::wrap(const SecretBuffer& dek, const SecretBuffer& kek,
                                            const QByteArray& ad)
{
    Slot slot;
    randombytes_buf(slot.nonce.data(), slot.nonce.size());
    unsigned long long outLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(
            slot.wrapped.data(), &outLen, dek.data(), dek.size(),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()), nullptr,
            slot.nonce.data(), kek.data()) != 0 ||
        outLen != slot.wrapped.size())
        return Error::make(ErrorKind::Crypto, tr("Encrypting the vault key failed."));
    return slot;
}

Result<SecretBuffer> KeyEnvelope::unwrap(const Slot& slot, const SecretBuffer& kek) const
{
    SecretBuffer dek(Kdf::kKeySize);
    unsigned long long outLen = 0;
    const QByteArray ad = &slot == &m_passSlot ? passphraseAd() : recoveryAd();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dek.data(), &outLen, nullptr, slot.wrapped.data(), slot.wrapped.size(),
            reinterpret_cast<const unsigned char*>(ad.constData()), std::size_t(ad.size()),
            slot.nonce.data(), kek.data()) != 0 ||
        outLen != dek.size())
        return Error::make(ErrorKind::WrongPassphrase,
                           &slot == &m_passSlot
                               ? tr("The passphrase is not correct.")
                               : tr("The recovery key does not open this vault."));
    return dek;
}

Result<KeyEnvelope> KeyEnvelope::seal(const SecretBuffer& dek, const SecretBuffer& passphrase,
                                      const SecretBuffer& recoveryBytes, const KdfParams& params,
                                      const VaultId& vaultId)
{
    KeyEnvelope env;
    env.m_params = params;
    env.m_salt = Kdf::randomSalt();
    env.m_vaultId = vaultId;
    auto passKek = Kdf::fromPassphrase(passphrase, env.m_salt, params);
    if (!passKek)
        return passKek.error();
    auto pass = wrap(dek, *passKek, env.passphraseAd());
    if (!pass)
        return pass.error();
    auto rec = wrap(dek, Kdf::fromRecoveryKey(recoveryBytes), env.recoveryAd());
    if (!rec)
        return rec.error();
    env.m_passSlot = *pass;
    env.m_recoverySlot = *rec;
    return env;
}

Result<KeyEnvelope> KeyEnvelope::withNewPassphrase(const SecretBuffer& dek,
                                                   const SecretBuffer& passphrase,
                                                   const KdfParams& params) const
{
    // Only the passphrase slot changes; the recovery slot is bound to the
    // vault id, not to the KDF settings, so it stays valid.
    KeyEnvelope env = *this;
    env.m_params = params;
    env.m_salt = Kdf::randomSalt();
    auto passKek = Kdf::fromPassphrase(passphrase, env.m_salt, params);
    if (!passKek)
        return passKek.error();
    auto pass = wrap(dek, *passKek, env.passphraseAd());
    if (!pass)
        return pass.error();
    env.m_passSlot = *pass;
    return env;
}

Result<SecretBuffer> KeyEnvelope::unwrapWithPassphrase(const SecretBuffer& passphrase) const
{
    auto kek = Kdf::fromPassphrase(passphrase, m_salt, m_params);
    if (!kek)
        return kek.error();
    return unwrap(m_passSlot, *kek);
}

Result<SecretBuffer> KeyEnvelope::unwrapWithRecoveryKey(const SecretBuffer& recoveryBytes) const
{
    return unwrap(m_recoverySlot, Kdf::fromRecoveryKey(recoveryBytes));
}

QByteArray KeyEnvelope::serialize() const
{
    QByteArray body = header();
    for (const Slot* slot : {&m_passSlot, &m_recoverySlot}) {
        body.append(reinterpret_cast<const char*>(slot->nonce.data()), qsizetype(slot->nonce.size()));
        body.append(reinterpret_cast<const char*>(slot->wrapped.data()),
                    qsizetype(slot->wrapped.size()));
    }
    return body + checksum(body);
}

Result<KeyEnvelope> KeyEnvelope::parse(const QByteArray& bytes)
{
    if (bytes.size() < 10 || std::memcmp(bytes.constData(), kMagic, 8) != 0)
        return damaged(QStringLiteral("bad magic"));
    const quint16 version = qFromBigEndian<quint16>(bytes.constData() + 8);
    if (version > kVersion)
        return Error::make(ErrorKind::Integrity,
                           tr("This vault was created by a newer version of Vigil. Update Vigil "
                              "to open it."),
                           QStringLiteral("envelope version %1").arg(version));
    if (bytes.size() != kFileSize)
        return damaged(QStringLiteral("size %1").arg(bytes.size()));
    const QByteArray body = bytes.left(kBodySize);
    if (sodium_memcmp(checksum(body).constData(), bytes.constData() + kBodySize, kChecksumSize) != 0)
        return damaged(QStringLiteral("checksum mismatch"));
    const char* p = bytes.constData();
    if (quint8(p[10]) != kKdfArgon2id || p[11] != 0)
        return damaged(QStringLiteral("unknown KDF"));

    KeyEnvelope env;
    env.m_params.opsLimit = qFromBigEndian<quint32>(p + 12);
    env.m_params.memLimitBytes = qFromBigEndian<quint64>(p + 16);
    if (!env.m_params.isWithinLimits())
        return damaged(QStringLiteral("KDF parameters out of range"));
    std::memcpy(env.m_salt.data(), p + 24, env.m_salt.size());
    std::memcpy(env.m_vaultId.data(), p + 40, env.m_vaultId.size());
    qsizetype offset = kHeaderSize;
    for (Slot* slot : {&env.m_passSlot, &env.m_recoverySlot}) {
        std::memcpy(slot->nonce.data(), p + offset, slot->nonce.size());
        std::memcpy(slot->wrapped.data(), p + offset + 24, slot->wrapped.size());
        offset += kSlotSize;
    }
    return env;
}

Result<KeyEnvelope> KeyEnvelope::load(const QString& path)
{
    auto bytes = AtomicFile::read(path, 64 * 1024);
    if (!bytes)
        return bytes.error();
    return parse(*bytes);
}

Status KeyEnvelope::save(const QString& path) const
{
    return AtomicFile::write(path, serialize());
}

QString KeyEnvelope::vaultIdHex() const
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(m_vaultId.data()), qsizetype(m_vaultId.size()))
            .toHex());
}

} // namespace vigil
