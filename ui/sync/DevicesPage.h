#pragma once

#include "core/util/Result.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace vigil {

class CoordinatorPanel;
class CreateOrganisationDialog;
class FingerprintLabel;
class JoinOrganisationDialog;
class UiContext;

// The organisation and its devices (DESIGN.md §6.1), as this vault sees it:
// - standalone: what an organisation is, with "Join an organisation…" and
//   "Create an organisation…";
// - a member (or a coordinator not yet approved): the organisation, this
//   device's role, its fingerprint and whether it is waiting for approval,
//   read-only; a copy of a pending request can be saved for a USB stick;
// - an enrolled coordinator: CoordinatorPanel (requests, roster, invite).
// It reads while shown and again when records change.
class DevicesPage : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Standalone,
        Member,
        Coordinator
    };

    explicit DevicesPage(UiContext& ctx, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    CoordinatorPanel* coordinator() const { return m_coordinator; }
    QLabel* memberSummary() const { return m_memberSummary; }
    QLabel* memberState() const { return m_memberState; }
    FingerprintLabel* memberFingerprint() const { return m_memberPrint; }
    QPushButton* joinButton() const { return m_joinButton; }
    QPushButton* createButton() const { return m_createButton; }
    QPushButton* saveRequestCopyButton() const { return m_saveCopy; }

    // A pending member's enrolment request, copied to `path` (for a USB stick).
    Status saveRequestCopy(const QString& path);

    // Window-modal dialogs, deleted when closed; the page reloads when
    // they change the membership.
    JoinOrganisationDialog* openJoinDialog();
    CreateOrganisationDialog* openCreateDialog();

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // The vault joined or created an organisation: sync menus and the
    // status bar should read its state again.
    void organisationChanged();
    // A coordinator approved or revoked a device.
    void rosterChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildStandalonePage();
    QWidget* buildMemberPage();
    void scheduleReload();
    // The pending request kept for the next sync, or the copy it left once sent.
    QString pendingRequestFile() const;
    void chooseCopyPath();
    void membershipChanged();

    UiContext& m_ctx;
    Mode m_mode = Mode::Standalone;
    QLabel* m_heading = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_joinButton = nullptr;
    QPushButton* m_createButton = nullptr;
    QLabel* m_memberSummary = nullptr;
    QLabel* m_memberState = nullptr;
    FingerprintLabel* m_memberPrint = nullptr;
    QPushButton* m_saveCopy = nullptr;
    QLabel* m_copyStatus = nullptr;
    CoordinatorPanel* m_coordinator = nullptr;
    QString m_selfId;
    QTimer m_reloadTimer;
    bool m_stale = true;
};

} // namespace vigil
