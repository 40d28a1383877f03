#pragma once

#include "core/sync/org/Invitation.h"
#include "core/sync/org/RosterEntry.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace vigil {

class Vault;
class WriteTx;

// This vault's membership of an organisation (table sync_org; none while
// standalone).
struct OrgState
{
    QString orgId;
    QString name;
    QString role;  // this device's role: coordinator, lead, monitor
    QString state; // "pending" (joined, awaiting approval) or "enrolled"
    qint64 joinedAt = 0;

    bool isCoordinator() const { return role == QLatin1StringView("coordinator"); }
};

// An enrolment request as the coordinator sees it before approving.
struct PendingEnrolment
{
    QString deviceId;
    QString name;
    QString invitationId;
    QString role;       // from the invitation
    QString personId;   // from the invitation
    QString label;      // from the invitation
    QString fingerprint; // DeviceIdentity::fingerprint of its signing key
    qint64 receivedAt = 0;
    QString state;      // pending, approved, refused
};

// Creating and joining organisations, invitations, enrolment, approval and
// revocation (DESIGN.md §6.1, docs/sync-protocol.md). Every step that
// changes something commits one transaction and one audit event.
class Organisation
{
    Q_DECLARE_TR_FUNCTIONS(vigil::Organisation)
public:
    explicit Organisation(Vault& vault) : m_vault(vault) {}
    // With a wall clock (Unix ms) other than the system's, for expiry tests.
    using Clock = std::function<qint64()>;
    Organisation(Vault& vault, Clock now) : m_vault(vault), m_now(std::move(now)) {}

    static Result<std::optional<OrgState>> state(Vault& vault);

    // Coordinator side.
    Status create(const QString& name, const QString& deviceName);
    struct InvitationRequest
    {
        QString role;     // coordinator, lead, monitor
        QString personId; // optional
        QString label;
        qint64 validForMs = 14LL * 24 * 3600 * 1000;
    };
    // The .vgi file's bytes; the transport settings come from sync_transport.
    Result<QByteArray> invite(const InvitationRequest& request);
    // An enrolment request (.vge bytes): verified and stored as pending.
    Result<PendingEnrolment> receiveEnrolment(const QByteArray& requestFile);
    Result<QList<PendingEnrolment>> enrolments();
    // Whether receiveEnrolment refused a request for what it is (damaged,
    // unknown or used invitation, ...): the file can go. Any other error
    // (a busy database, the disk) leaves it to be tried again.
    static bool isFinalRefusal(const Error& error);
    // Signs the device into the roster (after the fingerprint comparison).
    Result<RosterEntry> approve(const QString& deviceId);
    Status refuse(const QString& deviceId);
    Status revoke(const QString& deviceId);

    // Device side: verifies the invitation, stores the coordinator's entry,
    // the transport settings and a pending membership; returns the
    // enrolment request (.vge bytes) to send to the coordinator.
    Result<QByteArray> join(const QByteArray& invitationFile, const QString& deviceName);

    // Device side, called by the import inside its transaction after it has
    // accepted a bundle's roster items: a pending membership becomes
    // "enrolled" once the roster holds this device's own signed, unrevoked
    // entry (its role is then the one the coordinator signed). Returns
    // whether the state changed; records an audit event when it does.
    static Result<bool> confirmEnrolment(WriteTx& tx);

private:
    qint64 now() const;
    // The membership, if this vault is an enrolled coordinator.
    Result<OrgState> requireCoordinator();

    Vault& m_vault;
    Clock m_now;
};

} // namespace vigil
