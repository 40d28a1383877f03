#pragma once

#include "core/crypto/SecretBuffer.h"

#include <QDialog>
#include <QString>
#include <memory>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace vigil {

// Shows a new vault's recovery key once, for the user to write down or print.
// Continue stays disabled until "I have written it down" is ticked; until then
// Escape and the close button do nothing. The displayed text is wiped when the
// dialog closes. The key is not selectable, so it never reaches the clipboard.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const SecretBuffer& recoveryKey, const QString& vaultName,
                      QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    // Draws the key on one page; used by the Print… button.
    void print(QPrinter& printer) const;
    bool isKeyWiped() const { return m_keyText.isEmpty(); }

public Q_SLOTS:
    void done(int result) override;
    void reject() override;

private:
    void openPrintDialog();
    void wipeKey();

    QString m_keyText; // grouped for reading; wiped in wipeKey()
    QString m_vaultName;
    std::unique_ptr<QPrinter> m_printer; // kept so a second print reuses the choices
    QLabel* m_keyLabel = nullptr;
    QCheckBox* m_confirmBox = nullptr;
    QPushButton* m_continueButton = nullptr;
    QPushButton* m_printButton = nullptr;
};

} // namespace vigil
