#pragma once

#include "core/crypto/KdfParams.h"
#include "core/crypto/SecretBuffer.h"
#include "core/util/Error.h"
#include "core/util/Result.h"
#include "core/vault/Vault.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>

namespace vigil {

// Runs Vault::create / Vault::open on a worker thread (the key derivation
// takes about a second) and reports back on the UI thread. The passphrase
// moves into the job and is wiped when the job ends. If the opener is
// destroyed first, the job still finishes and its vault is destroyed with it.
class VaultOpener : public QObject
{
    Q_OBJECT
public:
    explicit VaultOpener(QObject* parent = nullptr);
    ~VaultOpener() override;

    bool isRunning() const { return m_running; }
    void create(const QString& dir, SecretBuffer passphrase, const KdfParams& kdf,
                const QString& name);
    void open(const QString& dir, SecretBuffer passphrase);

    // After succeeded(): the vault, and for a new vault its recovery key.
    std::unique_ptr<Vault> takeVault() { return std::move(m_vault); }
    SecretBuffer takeRecoveryKey() { return std::move(m_recoveryKey); }

Q_SIGNALS:
    void succeeded();
    void failed(vigil::ErrorKind kind, const QString& message);

private:
    using CreateResult = Result<Vault::Created>;
    using OpenResult = Result<std::unique_ptr<Vault>>;

    void createFinished();
    void openFinished();

    QFutureWatcher<CreateResult> m_createWatcher;
    QFutureWatcher<OpenResult> m_openWatcher;
    std::unique_ptr<Vault> m_vault;
    SecretBuffer m_recoveryKey;
    bool m_running = false;
};

} // namespace vigil
