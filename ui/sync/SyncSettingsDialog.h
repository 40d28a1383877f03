#pragma once

#include "core/sync/transport/TransportSettings.h"
#include "ui/sync/SyncJobs.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class UiContext;

// Sync > Sync settings (DESIGN.md §6.5): how this device reaches its
// mailbox — a folder (a USB stick or a shared drive) or a WebDAV server
// with its address, user, password and optional certificate pin — whether
// sync runs by itself, and the retention rule. Everything is stored in the
// encrypted database through TransportSettingsStore and RetentionPolicy,
// never in QSettings. "Test connection" tries the settings as typed, on a
// worker thread.
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncSettingsDialog(UiContext& ctx, QWidget* parent = nullptr);
    ~SyncSettingsDialog() override;

    // Saves and closes, or shows why the settings cannot be used.
    void accept() override;
    // Starts the connection test; false when the settings are not valid (the reason is shown).
    bool testConnection();
    bool isTesting() const { return m_testing; }

    // The settings as typed (the password apart).
    TransportSettings typedSettings() const;
    QString errorText() const;
    QString testResultText() const;
    // Tests inject transport faults here.
    void setTransportFactory(syncjobs::TransportFactory factory);

Q_SIGNALS:
    void saved();

private:
    void load();
    void kindChanged();
    void chooseFolder();
    void testFinished();
    void showError(const QString& message);
    // The pin as typed: 32 bytes, empty, or one byte that check() refuses.
    QByteArray typedPin() const;

    UiContext& m_ctx;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QHBoxLayout* m_folderRow = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_pin = nullptr;
    QCheckBox* m_automatic = nullptr;
    QCheckBox* m_retention = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_error = nullptr;
    bool m_retentionWas = false;
    bool m_testing = false;
    syncjobs::TransportFactory m_factory;
    QFutureWatcher<syncjobs::TestOutcome> m_test;
};

} // namespace vigil
