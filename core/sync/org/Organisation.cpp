#include "core/sync/org/Organisation.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"

#include "core/repo/EntitySpec.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/EnrolmentRequest.h"
#include "core/sync/org/OrgNames.h"
#include "core/sync/org/OrgStore.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QLocale>
#include <sodium.h>

namespace vigil {

namespace {

// What the audit events of this layer name: the organisation, one of its
// invitations, one of its devices. Details name roles and actions only.
constexpr EntitySpec kAuditOrg{"organisation", "sync_org", "org", {}};
constexpr EntitySpec kAuditInvitation{"invitation", "sync_invitation", "org", {}};
constexpr EntitySpec kAuditDevice{"device", "sync_device", "org", {}};

constexpr qsizetype kMaxName = 200;
constexpr qsizetype kMaxPerson = 64;
constexpr qint64 kMaxValidity = 365LL * 24 * 3600 * 1000;

QString randomHex(std::size_t bytes)
{
    QByteArray raw(qsizetype(bytes), Qt::Uninitialized);
    randombytes_buf(raw.data(), bytes);
    return QString::fromLatin1(raw.toHex());
}

QString roleDetail(const QString& role)
{
    return QStringLiteral("role=") + role;
}

Error invalid(const QString& message, const char* detail)
{
    return Error::make(ErrorKind::Validation, message,
                       QStringLiteral("org: ") + QLatin1StringView(detail));
}

QString dateText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

qint64 Organisation::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

Result<std::optional<OrgState>> Organisation::state(Vault& vault)
{
    return OrgStore(vault.database()).org();
}

Result<OrgState> Organisation::requireCoordinator()
{
    auto org = state(m_vault);
    if (!org)
        return org.error();
    if (!*org || !(*org)->isCoordinator() || (*org)->state != OrgNames::kEnrolled)
        return Error::make(ErrorKind::Usage,
                           tr("Only an enrolled coordinator of an organisation can do this."),
                           QStringLiteral("org: not an enrolled coordinator"));
    return **org;
}

Status Organisation::create(const QString& name, const QString& deviceName)
{
    const QString orgName = name.trimmed();
    const QString ownName = deviceName.trimmed();
    if (orgName.isEmpty() || orgName.size() > kMaxName)
        return invalid(tr("The organisation's name must be 1 to 200 characters."), "org name");
    if (ownName.isEmpty() || ownName.size() > kMaxName)
        return invalid(tr("This device's name must be 1 to 200 characters."), "device name");
    Database& db = m_vault.database();
    auto current = state(m_vault);
    if (!current)
        return current.error();
    if (*current)
        return Error::make(
            ErrorKind::AlreadyExists,
            tr("This vault already belongs to the organisation “%1”.").arg((*current)->name),
            QStringLiteral("org: already in an organisation"));
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto signSecret = DeviceIdentity::signSecretKey(db);
    if (!signSecret)
        return signSecret.error();

    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    OrgState org{randomHex(16), orgName, OrgNames::kCoordinator, OrgNames::kEnrolled, now()};
    VIGIL_TRY(OrgStore(db).putOrg(org));
    RosterEntry own;
    own.deviceId = identity->id();
    own.name = ownName;
    own.role = OrgNames::kCoordinator;
    own.signPublic = identity->signPublicKey();
    own.boxPublic = identity->boxPublicKey();
    own.revision = 1;
    VIGIL_TRY(Roster(db).signAndStore(own, identity->id(), *signSecret));
    VIGIL_TRY(tx->audit("org.create", kAuditOrg, org.orgId, roleDetail(org.role)));
    return tx->commit();
}

Result<QByteArray> Organisation::invite(const InvitationRequest& request)
{
    if (!OrgNames::isRole(request.role))
        return invalid(tr("Choose the role of the invited device: coordinator, lead or monitor."),
                       "role");
    if (request.personId.size() > kMaxPerson || request.label.size() > kMaxName)
        return invalid(tr("The person or the label of the invitation is too long."), "label");
    if (request.validForMs <= 0 || request.validForMs > kMaxValidity)
        return invalid(tr("An invitation must be valid for between a moment and a year."),
                       "validity");
    auto org = requireCoordinator();
    if (!org)
        return org.error();
    Database& db = m_vault.database();
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto signSecret = DeviceIdentity::signSecretKey(db);
    if (!signSecret)
        return signSecret.error();
    auto transport = OrgStore(db).transport();
    if (!transport)
        return transport.error();

    Invitation inv;
    inv.invitationId = randomHex(16);
    inv.orgId = org->orgId;
    inv.orgName = org->name;
    inv.role = request.role;
    inv.personId = request.personId;
    inv.label = request.label;
    inv.coordinatorId = identity->id();
    inv.coordinatorSignPublic = identity->signPublicKey();
    inv.coordinatorBoxPublic = identity->boxPublicKey();
    if (*transport) {
        inv.transportKind = (*transport)->kind;
        inv.transportLocation = (*transport)->location;
        inv.transportUser = (*transport)->user;
        inv.transportPin = (*transport)->pin;
    }
    inv.createdAt = now();
    inv.expiresAt = inv.createdAt + request.validForMs;
    inv.secret = SecretBuffer::random(32);
    auto file = InvitationFile::write(inv, *signSecret);
    if (!file)
        return file.error();

    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    OrgStore::InvitationRow row{inv.invitationId, inv.role,      inv.personId, inv.label, {},
                                inv.createdAt,    inv.expiresAt, QString()};
    row.secret = SecretBuffer::copyOf(inv.secret.data(), inv.secret.size());
    VIGIL_TRY(OrgStore(db).putInvitation(row));
    VIGIL_TRY(tx->audit("org.invite", kAuditInvitation, inv.invitationId, roleDetail(inv.role)));
    VIGIL_TRY(tx->commit());
    return file;
}

Result<PendingEnrolment> Organisation::receiveEnrolment(const QByteArray& requestFile)
{
    auto org = requireCoordinator();
    if (!org)
        return org.error();
    Database& db = m_vault.database();
    OrgStore store(db);
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto boxSecret = DeviceIdentity::boxSecretKey(db);
    if (!boxSecret)
        return boxSecret.error();

    std::optional<OrgStore::InvitationRow> invitation;
    auto lookup = [&store, &invitation](const QString& id) -> Result<SecretBuffer> {
        auto row = store.invitation(id);
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(ErrorKind::NotFound,
                               tr("This enrolment request answers an invitation this vault did "
                                  "not issue."),
                               QStringLiteral("org: unknown invitation"));
        invitation = std::move(*row);
        return SecretBuffer::copyOf(invitation->secret.data(), invitation->secret.size());
    };
    auto request =
        EnrolmentRequest::open(requestFile, identity->boxPublicKey(), *boxSecret, lookup);
    if (!request)
        return request.error();
    if (!invitation)
        return Error::make(ErrorKind::Internal, tr("The enrolment request could not be checked."),
                           QStringLiteral("org: request opened without its invitation"));
    const QString deviceId = request->deviceId();
    // Checked only once the request is authenticated, so what they reveal
    // is told to the holder of the invitation alone.
    if (!invitation->usedBy.isEmpty())
        return invalid(tr("The invitation of this request has already been used. Issue a new "
                          "invitation."),
                       "invitation used");
    if (now() >= invitation->expiresAt)
        return invalid(tr("The invitation of this request expired on %1. Issue a new invitation.")
                           .arg(dateText(invitation->expiresAt)),
                       "invitation expired");
    if (deviceId == identity->id())
        return invalid(tr("This enrolment request comes from this device."), "own request");
    auto enrolled = Roster(db).find(deviceId);
    if (!enrolled)
        return enrolled.error();
    if (*enrolled)
        return Error::make(ErrorKind::AlreadyExists,
                           (*enrolled)->isRevoked()
                               ? tr("This device was revoked; it cannot enrol again with the same "
                                    "keys.")
                               : tr("This device is already enrolled."),
                           QStringLiteral("org: device already in the roster"));

    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    const OrgStore::EnrolmentRow row{deviceId,
                                     request->invitationId,
                                     request->deviceName,
                                     request->signPublic,
                                     request->boxPublic,
                                     now(),
                                     QString(OrgNames::kPending)};
    VIGIL_TRY(store.putEnrolment(row));
    VIGIL_TRY(tx->audit("org.enrolment_received", kAuditDevice, deviceId,
                        QStringLiteral("invitation=") + request->invitationId));
    VIGIL_TRY(tx->commit());

    PendingEnrolment pending;
    pending.deviceId = deviceId;
    pending.name = row.name;
    pending.invitationId = row.invitationId;
    pending.role = invitation->role;
    pending.personId = invitation->personId;
    pending.label = invitation->label;
    pending.fingerprint = DeviceIdentity::fingerprint(row.signPublic);
    pending.receivedAt = row.receivedAt;
    pending.state = row.state;
    return pending;
}

Result<QList<PendingEnrolment>> Organisation::enrolments()
{
    return OrgStore(m_vault.database()).enrolments();
}

Result<RosterEntry> Organisation::approve(const QString& deviceId)
{
    auto org = requireCoordinator();
    if (!org)
        return org.error();
    Database& db = m_vault.database();
    OrgStore store(db);
    Roster roster(db);
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto signSecret = DeviceIdentity::signSecretKey(db);
    if (!signSecret)
        return signSecret.error();

    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    auto enrolment = store.enrolment(deviceId);
    if (!enrolment)
        return enrolment.error();
    if (!*enrolment || (*enrolment)->state != OrgNames::kPending)
        return Error::make(ErrorKind::NotFound, tr("There is no pending request from this device."),
                           QStringLiteral("org: no pending enrolment"));
    auto invitation = store.invitation((*enrolment)->invitationId);
    if (!invitation)
        return invitation.error();
    // Two devices may have answered one invitation; only the first approved gets in.
    if (!*invitation || !(*invitation)->usedBy.isEmpty())
        return invalid(tr("The invitation of this request has already been used. Issue a new "
                          "invitation."),
                       "invitation used");
    auto existing = roster.find(deviceId);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::make(ErrorKind::AlreadyExists, tr("This device is already enrolled."),
                           QStringLiteral("org: device already in the roster"));
    RosterEntry entry;
    entry.deviceId = deviceId;
    entry.name = (*enrolment)->name;
    entry.role = (*invitation)->role;
    entry.personId = (*invitation)->personId;
    entry.signPublic = (*enrolment)->signPublic;
    entry.boxPublic = (*enrolment)->boxPublic;
    entry.revision = 1;
    VIGIL_TRY(roster.signAndStore(entry, identity->id(), *signSecret));
    VIGIL_TRY(store.markInvitationUsed((*invitation)->id, deviceId));
    VIGIL_TRY(store.setEnrolmentState(deviceId, OrgNames::kApproved));
    VIGIL_TRY(tx->audit("org.approve", kAuditDevice, deviceId, roleDetail(entry.role)));
    auto stored = roster.find(deviceId);
    if (!stored)
        return stored.error();
    if (!*stored || (*stored)->signature.isEmpty())
        return Error::make(ErrorKind::Internal, tr("The device could not be added to the roster."),
                           QStringLiteral("org: approved entry not stored"));
    VIGIL_TRY(tx->commit());
    return **stored;
}

Status Organisation::refuse(const QString& deviceId)
{
    VIGIL_TRY(requireCoordinator());
    OrgStore store(m_vault.database());
    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    auto enrolment = store.enrolment(deviceId);
    if (!enrolment)
        return enrolment.error();
    if (!*enrolment || (*enrolment)->state != OrgNames::kPending)
        return Error::make(ErrorKind::NotFound, tr("There is no pending request from this device."),
                           QStringLiteral("org: no pending enrolment"));
    // The invitation stays unused: the person it was for may still join.
    VIGIL_TRY(store.setEnrolmentState(deviceId, OrgNames::kRefused));
    VIGIL_TRY(tx->audit("org.refuse", kAuditDevice, deviceId, QString()));
    return tx->commit();
}

Status Organisation::revoke(const QString& deviceId)
{
    VIGIL_TRY(requireCoordinator());
    Database& db = m_vault.database();
    Roster roster(db);
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    if (deviceId == identity->id())
        return invalid(tr("A coordinator cannot revoke its own device."), "own device");
    auto signSecret = DeviceIdentity::signSecretKey(db);
    if (!signSecret)
        return signSecret.error();

    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    auto current = roster.find(deviceId);
    if (!current)
        return current.error();
    if (!*current)
        return Error::make(ErrorKind::NotFound, tr("This device is not in the organisation."),
                           QStringLiteral("org: no such device"));
    if ((*current)->isRevoked())
        return invalid(tr("This device is already revoked."), "already revoked");
    RosterEntry entry = **current;
    entry.revokedAt = now();
    entry.revision += 1;
    VIGIL_TRY(roster.signAndStore(entry, identity->id(), *signSecret));
    VIGIL_TRY(tx->audit("org.revoke", kAuditDevice, deviceId, roleDetail(entry.role)));
    return tx->commit();
}

Result<QByteArray> Organisation::join(const QByteArray& invitationFile, const QString& deviceName)
{
    const QString ownName = deviceName.trimmed();
    if (ownName.isEmpty() || ownName.size() > kMaxName)
        return invalid(tr("This device's name must be 1 to 200 characters."), "device name");
    auto inv = InvitationFile::parse(invitationFile);
    if (!inv)
        return inv.error();
    if (InvitationFile::isExpired(*inv, now()))
        return invalid(tr("This invitation expired on %1. Ask the coordinator for a new one.")
                           .arg(dateText(inv->expiresAt)),
                       "invitation expired");
    Database& db = m_vault.database();
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    if (inv->coordinatorId == identity->id())
        return invalid(tr("This invitation was issued by this vault; open it on the device that "
                          "is joining."),
                       "own invitation");
    auto current = state(m_vault);
    if (!current)
        return current.error();
    // Joining again while still pending (the request was lost) is allowed,
    // within the same organisation only.
    if (*current && ((*current)->state != OrgNames::kPending || (*current)->orgId != inv->orgId))
        return Error::make(
            ErrorKind::AlreadyExists,
            tr("This vault already belongs to the organisation “%1”.").arg((*current)->name),
            QStringLiteral("org: already in an organisation"));
    if (*current) {
        // A second invitation must come from the coordinator this vault
        // already trusts: anyone can copy an organisation id into a file.
        auto known = Roster(db).find(inv->coordinatorId);
        if (!known)
            return known.error();
        if (!*known || (*known)->signPublic != inv->coordinatorSignPublic)
            return Error::make(
                ErrorKind::AlreadyExists,
                tr("This vault already belongs to the organisation “%1”.").arg((*current)->name),
                QStringLiteral("org: re-join names another coordinator"));
    }
    auto signSecret = DeviceIdentity::signSecretKey(db);
    if (!signSecret)
        return signSecret.error();
    EnrolmentRequest request;
    request.invitationId = inv->invitationId;
    request.deviceName = ownName;
    request.signPublic = identity->signPublicKey();
    request.boxPublic = identity->boxPublicKey();
    request.createdAt = now();
    auto file =
        EnrolmentRequest::seal(request, inv->secret, *signSecret, inv->coordinatorBoxPublic);
    if (!file)
        return file.error();

    auto tx = m_vault.records().beginWrite();
    if (!tx)
        return tx.error();
    // The coordinator's entry as the verified invitation gives it: revision
    // 0 and no signature, so it is never relayed and the coordinator's own
    // signed entry (revision 1, in its first bundle) replaces it.
    RosterEntry coordinator;
    coordinator.deviceId = inv->coordinatorId;
    coordinator.name = tr("Coordinator");
    coordinator.role = OrgNames::kCoordinator;
    coordinator.signPublic = inv->coordinatorSignPublic;
    coordinator.boxPublic = inv->coordinatorBoxPublic;
    coordinator.revision = 0;
    coordinator.signedBy = inv->coordinatorId;
    VIGIL_TRY(Roster(db).storeVerified(coordinator));
    OrgStore store(db);
    if (!inv->transportKind.isEmpty())
        VIGIL_TRY(store.putTransport(
            {inv->transportKind, inv->transportLocation, inv->transportUser, inv->transportPin}));
    VIGIL_TRY(store.putOrg({inv->orgId, inv->orgName, inv->role, OrgNames::kPending, now()}));
    VIGIL_TRY(tx->audit("org.join", kAuditOrg, inv->orgId, roleDetail(inv->role)));
    VIGIL_TRY(tx->commit());
    return file;
}

bool Organisation::isFinalRefusal(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::Integrity:
    case ErrorKind::Validation:
    case ErrorKind::NotFound:
    case ErrorKind::AlreadyExists:
    case ErrorKind::Crypto:
        return true;
    default:
        return false;
    }
}

Result<bool> Organisation::confirmEnrolment(WriteTx& tx)
{
    Database& db = tx.context().db();
    OrgStore store(db);
    auto org = store.org();
    if (!org)
        return org.error();
    if (!*org)
        return false;
    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto own = Roster(db).find(identity->id());
    if (!own)
        return own.error();
    // This device was revoked: it stops sending (SyncSession sends only
    // from an enrolled device) and says so.
    if (*own && (*own)->revision >= 1 && (*own)->isRevoked()
        && (*org)->state != QLatin1StringView("revoked")) {
        VIGIL_TRY(store.setOrgState((*org)->role, QStringLiteral("revoked")));
        VIGIL_TRY(tx.audit("org.revoked", kAuditOrg, (*org)->orgId, roleDetail((*org)->role)));
        return false;
    }
    // Revision 0 would be an unsigned placeholder; a revoked entry never
    // enrols, nor one naming other keys than this device's.
    if (!*own || (*own)->revision < 1 || (*own)->isRevoked() ||
        (*own)->signPublic != identity->signPublicKey() ||
        (*own)->boxPublic != identity->boxPublicKey())
        return false;
    const bool pending = (*org)->state == OrgNames::kPending;
    if (!pending && (*org)->role == (*own)->role)
        return false;
    // Enrolled (or given another role by a coordinator): the unsigned
    // coordinator entries taken from invitations are no longer needed, and
    // this device acts with the role the coordinator signed.
    auto drop = db.cached("DELETE FROM sync_device WHERE revision < 1");
    if (!drop)
        return drop.error();
    VIGIL_TRY((*drop)->run());
    VIGIL_TRY(store.setOrgState((*own)->role, OrgNames::kEnrolled));
    VIGIL_TRY(tx.audit(pending ? "org.enrolled" : "org.role_changed", kAuditOrg, (*org)->orgId,
                       roleDetail((*own)->role)));
    return pending;
}

} // namespace vigil
