#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDialog>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace vigil {

class FingerprintLabel;
class UiContext;

// Joins an organisation with an invitation file (.vgi) handed over by its
// coordinator (DESIGN.md §6.1, docs/sync-protocol.md step 3). Shows what the
// invitation offers — the organisation, the role, who it is for, when it
// expires — and the coordinator's fingerprint to compare by phone; an
// expired or damaged file is refused with a plain message. Join stores the
// membership (pending) and writes the enrolment request where the next sync
// delivers it (SyncSession::enrolmentRequestPath); a copy can be saved for a
// USB stick. Then this device's fingerprint is shown for the coordinator to
// compare. A standalone vault keeps all its records.
class JoinOrganisationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JoinOrganisationDialog(UiContext& ctx, QWidget* parent = nullptr);
    ~JoinOrganisationDialog() override;

    // Reads and checks an invitation as Browse… and Enter in the file field
    // do; false when it cannot be used (the reason is shown).
    bool openInvitation(const QString& path);
    // Joins as the Join button does; false when it failed (the reason is shown).
    bool join();
    // Writes a copy of the enrolment request, once joined.
    Status saveRequestCopy(const QString& path);

    bool hasJoined() const { return !m_request.isEmpty(); }
    // Where the request waits for the next sync.
    QString requestPath() const { return m_requestPath; }
    // The message shown under the invitation (a refusal or failure), or empty.
    QString errorText() const;

    QLineEdit* fileEdit() const { return m_file; }
    QLineEdit* deviceNameEdit() const { return m_deviceName; }
    QPushButton* joinButton() const { return m_join; }
    QPushButton* saveCopyButton() const { return m_saveCopy; }
    FingerprintLabel* coordinatorFingerprint() const { return m_coordinatorPrint; }
    FingerprintLabel* deviceFingerprint() const { return m_devicePrint; }
    QLabel* detailLabel(const char* objectName) const;

Q_SIGNALS:
    // This vault now belongs to the organisation (pending approval).
    void joined(const QString& orgId, const QString& orgName);

private:
    QWidget* buildInvitationPage();
    QWidget* buildDonePage();
    void browse();
    void chooseCopyPath();
    void clearInvitation();
    void showError(const QString& message);
    void updateJoinButton();
    void forgetInvitation();

    UiContext& m_ctx;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_file = nullptr;
    QGroupBox* m_details = nullptr;
    QLabel* m_org = nullptr;
    QLabel* m_role = nullptr;
    QLabel* m_label = nullptr;
    QLabel* m_expires = nullptr;
    QLabel* m_mailbox = nullptr;
    FingerprintLabel* m_coordinatorPrint = nullptr;
    QLineEdit* m_deviceName = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_join = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_doneText = nullptr;
    QLabel* m_copyStatus = nullptr;
    QPushButton* m_saveCopy = nullptr;
    FingerprintLabel* m_devicePrint = nullptr;
    QByteArray m_invitation; // the file's bytes (with its one-time secret), wiped when done
    bool m_usable = false;   // the invitation parsed and has not expired
    QString m_orgId;
    QString m_orgName;
    bool m_serverMailbox = false; // its password is typed in on this device
    QByteArray m_request;         // the enrolment request, once joined
    QString m_requestPath;
};

} // namespace vigil
