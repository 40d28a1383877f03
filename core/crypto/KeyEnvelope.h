#pragma once

#include "core/crypto/Kdf.h"
#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace vigil {

// The vault's key file (vault.key): the data-encryption key (DEK) wrapped
// twice with XChaCha20-Poly1305, once under the passphrase key and once under
// the recovery key, with the header as associated data and a BLAKE2b checksum
// over the whole file so damage is told apart from a wrong passphrase.
// The byte layout is documented in docs/vault-format.md.
class KeyEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(vigil::KeyEnvelope)
public:
    static constexpr quint16 kVersion = 1;
    static constexpr std::size_t kVaultIdSize = 16;
    using VaultId = std::array<std::uint8_t, kVaultIdSize>;

    // Wraps `dek` under both keys with fresh salts and nonces.
    static Result<KeyEnvelope> seal(const SecretBuffer& dek, const SecretBuffer& passphrase,
                                    const SecretBuffer& recoveryBytes, const KdfParams& params,
                                    const VaultId& vaultId);

    static Result<KeyEnvelope> parse(const QByteArray& bytes);
    QByteArray serialize() const;

    static Result<KeyEnvelope> load(const QString& path);
    // Writes atomically: a temporary file in the same folder, fsync, rename, fsync the folder.
    Status save(const QString& path) const;

    Result<SecretBuffer> unwrapWithPassphrase(const SecretBuffer& passphrase) const;
    Result<SecretBuffer> unwrapWithRecoveryKey(const SecretBuffer& recoveryBytes) const;

    // A new envelope with the passphrase slot rewrapped; the recovery slot is kept.
    Result<KeyEnvelope> withNewPassphrase(const SecretBuffer& dek, const SecretBuffer& passphrase,
                                          const KdfParams& params) const;

    const KdfParams& kdfParams() const { return m_params; }
    const VaultId& vaultId() const { return m_vaultId; }
    QString vaultIdHex() const;

private:
    struct Slot
    {
        std::array<std::uint8_t, 24> nonce{};
        std::array<std::uint8_t, 48> wrapped{}; // 32-byte DEK + 16-byte tag
    };
    QByteArray header() const;
    QByteArray passphraseAd() const;
    QByteArray recoveryAd() const;
    static Result<Slot> wrap(const SecretBuffer& dek, const SecretBuffer& kek, const QByteArray& ad);
    Result<SecretBuffer> unwrap(const Slot& slot, const SecretBuffer& kek) const;

    KdfParams m_params;
    Kdf::Salt m_salt{};
    VaultId m_vaultId{};
    Slot m_passSlot;
    Slot m_recoverySlot;
};

} // namespace vigil
