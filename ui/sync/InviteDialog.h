#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vigil {

class FingerprintLabel;
class UiContext;

// Issues an invitation (.vgi) for one person and role (DESIGN.md §6.1): the
// role, the person record of its user (which decides the visits the device
// receives, §6.4), a label saying who it is for, and where to save it. The
// file must be handed over in person: whoever holds it can ask to join. It
// can be used once and expires in 14 days. The coordinator's own
// fingerprint is shown, to be read out when the person calls to compare.
class InviteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InviteDialog(UiContext& ctx, QWidget* parent = nullptr);

    // Issues the invitation and writes it to `path`, as "Save the
    // invitation…" does after asking where; false when it failed (the
    // reason is shown).
    bool createInvitation(const QString& path);

    QComboBox* roleCombo() const { return m_role; }
    QComboBox* personCombo() const { return m_person; }
    QLineEdit* labelEdit() const { return m_label; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }
    FingerprintLabel* ownFingerprint() const { return m_print; }

Q_SIGNALS:
    void invitationCreated(const QString& path);

private:
    void personChanged();
    void chooseFile();

    UiContext& m_ctx;
    QComboBox* m_role = nullptr;
    QComboBox* m_person = nullptr;
    QLineEdit* m_label = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_status = nullptr;
    FingerprintLabel* m_print = nullptr;
    QString m_labelFromPerson; // the label last filled in from a person's name
};

} // namespace vigil
