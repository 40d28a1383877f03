#pragma once

#include "core/vault/Vault.h"

namespace vigil {

// Creates vaults holding a fictional NPM's records, for `make run`, trying
// Vigil out and screenshots. A plain marker file says the folder is a demo,
// so --force never deletes a real vault.
class DemoVault
{
    Q_DECLARE_TR_FUNCTIONS(vigil::DemoVault)
public:
    static constexpr const char* kMarkerFile = "DEMO-VAULT-FICTIONAL-DATA";

    // <user data dir>/Vigil/demo-vault
    static QString defaultLocation();
    // A random passphrase like "demo-7QK2-M9XD-4HTR-PW3C" (80 bits).
    static SecretBuffer generatePassphrase();
    // Creates the vault and fills it with the demo records (DemoData). With
    // `replace`, an existing *demo* vault at `dir` is deleted first.
    static Result<Vault::Created> create(const QString& dir, const SecretBuffer& passphrase,
                                         const KdfParams& params, bool replace);
    static bool isDemoVault(const QString& dir);
};

} // namespace vigil
