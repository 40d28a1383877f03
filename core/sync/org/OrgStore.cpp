#include "core/sync/org/OrgStore.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"

namespace vigil {

namespace {

void bindOptionalText(Statement& stmt, int index, const QString& text)
{
    if (text.isEmpty())
        stmt.bindNull(index);
    else
        stmt.bind(index, text);
}

} // namespace

Result<std::optional<OrgState>> OrgStore::org()
{
    auto stmt =
        m_db.prepare("SELECT org_id, name, role, state, joined_at FROM sync_org WHERE id = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<OrgState>();
    OrgState state;
    state.orgId = stmt->columnText(0);
    state.name = stmt->columnText(1);
    state.role = stmt->columnText(2);
    state.state = stmt->columnText(3);
    state.joinedAt = stmt->columnInt(4);
    return std::optional<OrgState>(std::move(state));
}

Status OrgStore::putOrg(const OrgState& state)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO sync_org(id, org_id, name, role, state, "
                             "joined_at) VALUES (1, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, state.orgId)
        .bind(2, state.name)
        .bind(3, state.role)
        .bind(4, state.state)
        .bind(5, state.joinedAt);
    return stmt->run();
}

Status OrgStore::setOrgState(const QString& role, const QString& state)
{
    auto stmt = m_db.prepare("UPDATE sync_org SET role = ?, state = ? WHERE id = 1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, role).bind(2, state);
    return stmt->run();
}

Result<std::optional<OrgStore::InvitationRow>> OrgStore::invitation(const QString& id)
{
    auto stmt = m_db.prepare("SELECT role, person_id, label, secret, created_at, expires_at, "
                             "used_by FROM sync_invitation WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<InvitationRow>();
    InvitationRow inv;
    inv.id = id;
    inv.role = stmt->columnText(0);
    inv.personId = stmt->columnText(1);
    inv.label = stmt->columnText(2);
    inv.secret = stmt->columnSecret(3);
    inv.createdAt = stmt->columnInt(4);
    inv.expiresAt = stmt->columnInt(5);
    inv.usedBy = stmt->columnText(6);
    return std::optional<InvitationRow>(std::move(inv));
}

Status OrgStore::putInvitation(const InvitationRow& row)
{
    auto stmt = m_db.prepare("INSERT INTO sync_invitation(id, role, person_id, label, secret, "
                             "created_at, expires_at, used_by) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, row.id).bind(2, row.role);
    bindOptionalText(*stmt, 3, row.personId);
    stmt->bind(4, row.label)
        .bindBlob(5, row.secret.data(), int(row.secret.size()))
        .bind(6, row.createdAt)
        .bind(7, row.expiresAt);
    return stmt->run();
}

Status OrgStore::markInvitationUsed(const QString& id, const QString& deviceId)
{
    auto stmt = m_db.prepare("UPDATE sync_invitation SET used_by = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, deviceId).bind(2, id);
    return stmt->run();
}

Result<std::optional<OrgStore::EnrolmentRow>> OrgStore::enrolment(const QString& deviceId)
{
    auto stmt = m_db.prepare("SELECT invitation_id, name, sign_public, box_public, received_at, "
                             "state FROM sync_enrolment WHERE device_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, deviceId);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<EnrolmentRow>();
    EnrolmentRow e;
    e.deviceId = deviceId;
    e.invitationId = stmt->columnText(0);
    e.name = stmt->columnText(1);
    e.signPublic = stmt->columnBlob(2);
    e.boxPublic = stmt->columnBlob(3);
    e.receivedAt = stmt->columnInt(4);
    e.state = stmt->columnText(5);
    return std::optional<EnrolmentRow>(std::move(e));
}

Status OrgStore::putEnrolment(const EnrolmentRow& row)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO sync_enrolment(device_id, invitation_id, "
                             "name, sign_public, box_public, received_at, state) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, row.deviceId)
        .bind(2, row.invitationId)
        .bind(3, row.name)
        .bindBlob(4, row.signPublic)
        .bindBlob(5, row.boxPublic)
        .bind(6, row.receivedAt)
        .bind(7, row.state);
    return stmt->run();
}

Status OrgStore::setEnrolmentState(const QString& deviceId, const QString& state)
{
    auto stmt = m_db.prepare("UPDATE sync_enrolment SET state = ? WHERE device_id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, state).bind(2, deviceId);
    return stmt->run();
}

Result<QList<PendingEnrolment>> OrgStore::enrolments()
{
    auto stmt =
        m_db.prepare("SELECT e.device_id, e.name, e.invitation_id, i.role, i.person_id, i.label, "
                     "e.sign_public, e.received_at, e.state FROM sync_enrolment e "
                     "LEFT JOIN sync_invitation i ON i.id = e.invitation_id ORDER BY "
                     "e.received_at, e.device_id");
    if (!stmt)
        return stmt.error();
    QList<PendingEnrolment> list;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        PendingEnrolment e;
        e.deviceId = stmt->columnText(0);
        e.name = stmt->columnText(1);
        e.invitationId = stmt->columnText(2);
        e.role = stmt->columnText(3);
        e.personId = stmt->columnText(4);
        e.label = stmt->columnText(5);
        e.fingerprint = DeviceIdentity::fingerprint(stmt->columnBlob(6));
        e.receivedAt = stmt->columnInt(7);
        e.state = stmt->columnText(8);
        list.append(std::move(e));
    }
    return list;
}

Result<std::optional<OrgStore::TransportRow>> OrgStore::transport()
{
    auto stmt = m_db.prepare("SELECT kind, location, username, pin_sha256 FROM sync_transport "
                             "WHERE id = 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<TransportRow>();
    TransportRow t;
    t.kind = stmt->columnText(0);
    t.location = stmt->columnText(1);
    t.user = stmt->columnText(2);
    t.pin = stmt->isNull(3) ? QByteArray() : stmt->columnBlob(3);
    return std::optional<TransportRow>(std::move(t));
}

Status OrgStore::putTransport(const TransportRow& row)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO sync_transport(id, kind, location, username, "
                             "password, pin_sha256) VALUES (1, ?, ?, ?, NULL, ?)");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, row.kind).bind(2, row.location);
    bindOptionalText(*stmt, 3, row.user);
    if (row.pin.isEmpty())
        stmt->bindNull(4);
    else
        stmt->bindBlob(4, row.pin);
    return stmt->run();
}

} // namespace vigil
