#pragma once

#include "core/model/IdentityEntry.h"
#include "core/util/Result.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class SecretLabel;
class UiContext;

// The only way to an interviewee's real identity (DOMAIN.md §4.2): it asks
// for the passphrase again (IdentityRepository::read, which checks it and
// audits the reading), shows the values only while the dialog is open, in
// SecretLabels, and wipes them when it closes. It also records a new entry
// when the consent covers using the name or referring the case.
//
// The check derives a key (about a second), so it runs on a worker thread
// while the dialog, window-modal, keeps the rest of the window still; if the
// window is torn down meanwhile (a lock), the destructor waits for the
// worker before the vault can be closed under it.
class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    IdentityDialog(UiContext& ctx, const QString& interviewId, const QString& pseudonym,
                   bool consentAllowsIdentity, QWidget* parent = nullptr);
    ~IdentityDialog() override;

    bool isRevealing() const { return m_watcher.isRunning(); }
    bool isShowingValues() const;
    QString errorText() const;

    void done(int result) override;

Q_SIGNALS:
    // A reveal finished (successfully or not); for tests and the busy state.
    void revealFinished(bool shown);

private:
    using ReadResult = Result<IdentityFields>;

    void reloadEntries();
    void reveal();
    void revealDone();
    void addEntry();
    void wipeValues();
    void showError(const QString& message);

    UiContext& m_ctx;
    QString m_interviewId;
    QComboBox* m_entries = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_reveal = nullptr;
    QLabel* m_error = nullptr;
    QGroupBox* m_valuesBox = nullptr;
    SecretLabel* m_name = nullptr;
    SecretLabel* m_idNumber = nullptr;
    SecretLabel* m_other = nullptr;
    QGroupBox* m_addBox = nullptr;
    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newId = nullptr;
    QLineEdit* m_newOther = nullptr;
    QFutureWatcher<ReadResult> m_watcher;
};

} // namespace vigil
