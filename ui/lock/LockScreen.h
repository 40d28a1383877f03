#pragma once

#include "core/crypto/KdfParams.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class BusyIndicator;
class StrengthMeter;
class VaultOpener;

// The first screen: creates a vault when none exists at the path, otherwise
// unlocks it. The key derivation runs on a worker thread (VaultOpener); the
// form is disabled with a busy bar meanwhile. When a vault is open, unlocked()
// is emitted and the owner takes it with takeVault().
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Create,
        Unlock
    };

    explicit LockScreen(QString vaultDir, KdfParams kdf = KdfParams::defaults(),
                        QWidget* parent = nullptr);
    ~LockScreen() override;

    Mode mode() const { return m_mode; }
    bool isBusy() const { return m_isBusy; }
    QString errorText() const;
    std::unique_ptr<Vault> takeVault();

    // Back to a clean form (after locking): mode from disk, fields and errors cleared.
    void reset();

Q_SIGNALS:
    void unlocked();

private:
    void buildUi();
    void applyMode();
    void updateStrength();
    void submit();
    void startCreate();
    void startUnlock();
    void openerSucceeded();
    void openerFailed(vigil::ErrorKind kind, const QString& message);
    void setBusy(bool busy);
    void showError(const QString& message, QLineEdit* focusField);
    void clearSecrets();

    QString m_dir;
    KdfParams m_kdf;
    Mode m_mode = Mode::Unlock;
    bool m_isBusy = false;
    QString m_pendingName;
    std::unique_ptr<Vault> m_vault;

    QLabel* m_title = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_passEdit = nullptr;
    StrengthMeter* m_meter = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QLabel* m_error = nullptr;
    BusyIndicator* m_busyIndicator = nullptr;
    QPushButton* m_submit = nullptr;
    VaultOpener* m_opener = nullptr;
};

} // namespace vigil
