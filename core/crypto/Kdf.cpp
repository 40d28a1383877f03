#include "core/crypto/Kdf.h"

#include <sodium.h>

#include <QCoreApplication>

namespace vigil::Kdf {

namespace {
constexpr char kSubKeyContext[crypto_kdf_CONTEXTBYTES + 1] = "VigilDEK";
constexpr unsigned char kRecoveryPersonal[crypto_generichash_blake2b_PERSONALBYTES] = {
    'v', 'i', 'g', 'i', 'l', '-', 'r', 'e', 'c', 'o', 'v', 'e', 'r', 'y', '-', '1'};
} // namespace

Salt randomSalt()
{
    Salt salt;
    randombytes_buf(salt.data(), salt.size());
    return salt;
}

Result<SecretBuffer> fromPassphrase(const SecretBuffer& passphrase, const Salt& salt,
                                    const KdfParams& params)
{
    static_assert(kSaltSize == crypto_pwhash_argon2id_SALTBYTES);
    if (!params.isWithinLimits())
        return Error::make(ErrorKind::Integrity,
                           QCoreApplication::translate("vigil::Kdf",
                                                       "The key file asks for unsupported "
                                                       "key-derivation settings."),
                           QStringLiteral("argon2id parameters out of range"));
    SecretBuffer key(kKeySize);
    const int rc = crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(),
                                 salt.data(), params.opsLimit, std::size_t(params.memLimitBytes),
                                 crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return Error::make(ErrorKind::Crypto,
                           QCoreApplication::translate("vigil::Kdf",
                                                       "Not enough memory to derive the vault "
                                                       "key. Close other programs and try again."),
                           QStringLiteral("crypto_pwhash failed"));
    return key;
}

SecretBuffer fromRecoveryKey(const SecretBuffer& recoveryBytes)
{
    SecretBuffer key(kKeySize);
    crypto_generichash_blake2b_salt_personal(key.data(), key.size(), recoveryBytes.data(),
                                             recoveryBytes.size(), nullptr, 0, nullptr,
                                             kRecoveryPersonal);
    return key;
}

SecretBuffer deriveSubKey(const SecretBuffer& dek, SubKey which)
{
    static_assert(kKeySize == crypto_kdf_KEYBYTES);
    SecretBuffer key(kKeySize);
    crypto_kdf_derive_from_key(key.data(), key.size(), std::uint64_t(which), kSubKeyContext,
                               dek.data());
    return key;
}

} // namespace vigil::Kdf
