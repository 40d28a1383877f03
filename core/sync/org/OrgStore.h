#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/sync/org/Organisation.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace vigil {

class Database;

// The rows of the organisation layer (migration 7: sync_org,
// sync_invitation, sync_enrolment, sync_transport), read and written inside
// the caller's transaction. Organisation holds the rules; this only stores.
class OrgStore
{
public:
    explicit OrgStore(Database& db) : m_db(db) {}

    Result<std::optional<OrgState>> org();
    Status putOrg(const OrgState& state);
    Status setOrgState(const QString& role, const QString& state);

    struct InvitationRow
    {
        QString id;
        QString role;
        QString personId;
        QString label;
        SecretBuffer secret;
        qint64 createdAt = 0;
        qint64 expiresAt = 0;
        QString usedBy; // empty while unused
    };
    Result<std::optional<InvitationRow>> invitation(const QString& id);
    Status putInvitation(const InvitationRow& row);
    Status markInvitationUsed(const QString& id, const QString& deviceId);

    struct EnrolmentRow
    {
        QString deviceId;
        QString invitationId;
        QString name;
        QByteArray signPublic;
        QByteArray boxPublic;
        qint64 receivedAt = 0;
        QString state; // pending, approved, refused
    };
    Result<std::optional<EnrolmentRow>> enrolment(const QString& deviceId);
    // Inserts or replaces the device's request.
    Status putEnrolment(const EnrolmentRow& row);
    Status setEnrolmentState(const QString& deviceId, const QString& state);
    // Every request with its invitation's role, person and label, oldest first.
    Result<QList<PendingEnrolment>> enrolments();

    // The mailbox settings an invitation hands on (never the password).
    struct TransportRow
    {
        QString kind;
        QString location;
        QString user;
        QByteArray pin;
    };
    Result<std::optional<TransportRow>> transport();
    // Replaces the settings; the password column is left empty, to be typed
    // in on this device.
    Status putTransport(const TransportRow& row);

private:
    Database& m_db;
};

} // namespace vigil
