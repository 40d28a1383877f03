#pragma once

#include "core/util/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace vigil {

class EnrolmentModel;
class FingerprintLabel;
class InviteDialog;
class RosterModel;
class UiContext;

// The coordinator's part of the devices page (DESIGN.md §6.1): this
// device's fingerprint (read out to people who join), the enrolment
// requests waiting with their fingerprints — Approve only after the person
// read out exactly those digits, or Refuse — and the roster, where a device
// can be revoked. Requests come from "Import a request…" (a .vge file from
// a USB stick) or from the mailbox: a sync leaves them in the vault's
// sync/requests folder (SyncOutcome::enrolmentRequests), and reload()
// takes them in.
class CoordinatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CoordinatorPanel(UiContext& ctx, QWidget* parent = nullptr);

    // Reads the roster and the requests again, after taking in the requests
    // a sync fetched.
    void reload();
    // Imports one enrolment request file, as "Import a request…" does;
    // false when it was refused (the reason is shown).
    bool importRequest(const QString& path);
    // Takes in request files fetched by a sync; each file handled (stored
    // or refused for good) is removed.
    void importFetched(const QStringList& paths);

    // The actions on the selected request or device, each after a
    // confirmation; false when nothing was done.
    bool approveSelected();
    bool refuseSelected();
    bool revokeSelected();
    // Opens the invitation dialog (window-modal, deleted when closed).
    InviteDialog* openInviteDialog();

    EnrolmentModel* requests() const { return m_requests; }
    RosterModel* roster() const { return m_roster; }
    QTableView* requestsView() const { return m_requestsView; }
    QTableView* rosterView() const { return m_rosterView; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* refuseButton() const { return m_refuse; }
    QPushButton* revokeButton() const { return m_revoke; }
    FingerprintLabel* ownFingerprint() const { return m_print; }
    QString messageText() const;

Q_SIGNALS:
    // A device was approved or revoked: the next sync carries the new roster.
    void rosterChanged();

private:
    void browseRequest();
    void updateButtons();
    void showMessage(const QString& text);
    bool confirm(const QString& title, const QString& text, const QString& informative,
                 const QString& action, bool richText = false);
    QString selectedRequest() const;
    QString selectedDevice() const;

    UiContext& m_ctx;
    QLabel* m_heading = nullptr;
    FingerprintLabel* m_print = nullptr;
    EnrolmentModel* m_requests = nullptr;
    RosterModel* m_roster = nullptr;
    QTableView* m_requestsView = nullptr;
    QTableView* m_rosterView = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vigil
