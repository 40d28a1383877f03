#include "core/sync/org/Roster.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleHeader.h"

#include <sodium.h>

#include <QCborValue>

namespace vigil {

namespace {

enum Key : int {
    KDevice = 1,
    KName,
    KRole,
    KPerson,
    KSignPublic,
    KBoxPublic,
    KRevokedAt,
    KRevision,
    KSignedBy,
    KSignature,
};

constexpr qsizetype kMaxText = 200;

bool validRole(const QString& role)
{
    return role == QLatin1StringView("coordinator") || role == QLatin1StringView("lead")
        || role == QLatin1StringView("monitor");
}

// The canonical CBOR of keys 1-9: the bytes the coordinator signs. Keys are
// inserted in ascending order and QCborValue writes the shortest forms, so
// this is RFC 8949 §4.2.1 deterministic encoding.
QByteArray signedBytes(const RosterEntry& e)
{
    QCborMap map;
    map.insert(KDevice, DeviceIdCodec::toBytes(e.deviceId).value_or(QByteArray()));
    map.insert(KName, e.name);
    map.insert(KRole, e.role);
    map.insert(KPerson, e.personId);
    map.insert(KSignPublic, e.signPublic);
    map.insert(KBoxPublic, e.boxPublic);
    map.insert(KRevokedAt, e.revokedAt ? QCborValue(*e.revokedAt) : QCborValue(nullptr));
    map.insert(KRevision, e.revision);
    map.insert(KSignedBy, DeviceIdCodec::toBytes(e.signedBy).value_or(QByteArray()));
    return map.toCborValue().toCbor();
}

const char* const kColumns = "device_id, name, role, person_id, sign_public, box_public, "
                             "revoked_at, revision, signed_by, signature, revoked_seq";

RosterEntry readRow(const Statement& s)
{
    RosterEntry e;
    e.deviceId = s.columnText(0);
    e.name = s.columnText(1);
    e.role = s.columnText(2);
    e.personId = s.isNull(3) ? QString() : s.columnText(3);
    e.signPublic = s.columnBlob(4);
    e.boxPublic = s.columnBlob(5);
    if (!s.isNull(6))
        e.revokedAt = s.columnInt(6);
    e.revision = s.columnInt(7);
    e.signedBy = s.columnText(8);
    e.signature = s.columnBlob(9);
    if (!s.isNull(10))
        e.revokedSeq = s.columnInt(10);
    return e;
}

Result<QList<RosterEntry>> select(Database& db, const QByteArray& where)
{
    auto stmt = db.cached("SELECT " + QByteArray(kColumns) + " FROM sync_device " + where
                          + " ORDER BY device_id");
    if (!stmt)
        return stmt.error();
    QList<RosterEntry> out;
    for (;;) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(readRow(**stmt));
    }
    return out;
}

Error invalid(const QString& detail)
{
    return Error::make(ErrorKind::Validation,
                       Roster::tr("A device list entry received from the organisation is "
                                  "malformed."),
                       QStringLiteral("roster: ") + detail);
}

} // namespace

Result<std::optional<RosterEntry>> Roster::find(const QString& deviceId) const
{
    auto stmt = m_db.cached("SELECT " + QByteArray(kColumns)
                            + " FROM sync_device WHERE device_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, deviceId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    std::optional<RosterEntry> out;
    if (*row)
        out = readRow(**stmt);
    VIGIL_TRY((*stmt)->reset());
    return out;
}

Result<QList<RosterEntry>> Roster::entries() const
{
    return select(m_db, {});
}

Result<QList<RosterEntry>> Roster::coordinators() const
{
    return select(m_db, "WHERE role = 'coordinator' AND revoked_at IS NULL");
}

Status Roster::signAndStore(RosterEntry entry, const QString& signerId,
                            const SecretBuffer& signSecretKey)
{
    if (signSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return Error::make(ErrorKind::Internal, tr("The device keys could not be used."),
                           QStringLiteral("roster: bad signing key size"));
    entry.signedBy = signerId;
    const QByteArray bytes = signedBytes(entry);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(bytes.constData()),
                         std::size_t(bytes.size()), signSecretKey.data());
    entry.signature = signature;
    return storeVerified(entry);
}

Status Roster::storeVerified(const RosterEntry& e)
{
    // revoked_seq: fixed the first time this vault sees the device revoked,
    // from what it had received of the device by then.
    auto stmt = m_db.cached(
        "INSERT INTO sync_device(" + QByteArray(kColumns)
        + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, CASE WHEN ?7 IS NULL THEN NULL ELSE "
          "coalesce((SELECT highest_seq FROM sync_received WHERE device_id = ?1), 0) END) "
          "ON CONFLICT(device_id) DO UPDATE SET "
          "name = excluded.name, role = excluded.role, person_id = excluded.person_id, "
          "sign_public = excluded.sign_public, box_public = excluded.box_public, "
          "revoked_seq = CASE WHEN sync_device.revoked_at IS NULL THEN excluded.revoked_seq "
          "ELSE sync_device.revoked_seq END, "
          "revoked_at = excluded.revoked_at, revision = excluded.revision, "
          "signed_by = excluded.signed_by, signature = excluded.signature "
          "WHERE excluded.revision > sync_device.revision "
          // A revocation sticks: a later revision cannot undo it (a stolen
          // key could otherwise sign its way back in).
          "AND (sync_device.revoked_at IS NULL OR excluded.revoked_at IS NOT NULL)");
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, e.deviceId).bind(2, e.name).bind(3, e.role);
    if (e.personId.isEmpty())
        s.bindNull(4);
    else
        s.bind(4, e.personId);
    s.bindBlob(5, e.signPublic).bindBlob(6, e.boxPublic);
    if (e.revokedAt)
        s.bind(7, *e.revokedAt);
    else
        s.bindNull(7);
    s.bind(8, e.revision).bind(9, e.signedBy).bindBlob(10, e.signature);
    return s.run();
}

Result<bool> Roster::accept(const QCborMap& item)
{
    auto entry = fromItem(item);
    if (!entry)
        return entry.error();
    auto signer = find(entry->signedBy);
    if (!signer)
        return signer.error();
    // A coordinator may sign its own first entry (it is then checked against
    // the key the invitation carried, already in the roster).
    if (!*signer || !(*signer)->isCoordinator() || (*signer)->isRevoked())
        return Error::make(ErrorKind::Integrity,
                           tr("A device list entry is signed by a device that is not a "
                              "coordinator of this organisation."),
                           QStringLiteral("roster: unknown signer ") + entry->signedBy);
    if (!verify(*entry, (*signer)->signPublic))
        return Error::make(ErrorKind::Integrity,
                           tr("A device list entry failed its signature check."),
                           QStringLiteral("roster: bad signature for ") + entry->deviceId);
    auto current = find(entry->deviceId);
    if (!current)
        return current.error();
    if (*current && ((*current)->revision >= entry->revision
                     || ((*current)->isRevoked() && !entry->isRevoked())))
        return false;
    VIGIL_TRY(storeVerified(*entry));
    return true;
}

QCborMap Roster::toItem(const RosterEntry& e)
{
    QCborMap map = QCborValue::fromCbor(signedBytes(e)).toMap();
    map.insert(KSignature, e.signature);
    return map;
}

Result<RosterEntry> Roster::fromItem(const QCborMap& item)
{
    if (item.size() != KSignature)
        return invalid(QStringLiteral("expected keys 1 to 10"));
    for (int k = KDevice; k <= KSignature; ++k) {
        if (!item.contains(k))
            return invalid(QStringLiteral("missing key %1").arg(k));
    }
    const auto bytesOf = [&](int key, qsizetype size) -> std::optional<QByteArray> {
        const QCborValue v = item.value(key);
        if (!v.isByteArray() || v.toByteArray().size() != size)
            return std::nullopt;
        return v.toByteArray();
    };
    const auto textOf = [&](int key) -> std::optional<QString> {
        const QCborValue v = item.value(key);
        if (!v.isString() || v.toString().size() > kMaxText)
            return std::nullopt;
        return v.toString();
    };
    RosterEntry e;
    const auto device = bytesOf(KDevice, 16);
    const auto signedBy = bytesOf(KSignedBy, 16);
    const auto signPublic = bytesOf(KSignPublic, crypto_sign_PUBLICKEYBYTES);
    const auto boxPublic = bytesOf(KBoxPublic, crypto_box_PUBLICKEYBYTES);
    const auto signature = bytesOf(KSignature, crypto_sign_BYTES);
    const auto name = textOf(KName);
    const auto role = textOf(KRole);
    const auto person = textOf(KPerson);
    if (!device || !signedBy || !signPublic || !boxPublic || !signature || !name || !role
        || !person)
        return invalid(QStringLiteral("a field has the wrong type or size"));
    if (!validRole(*role))
        return invalid(QStringLiteral("unknown role"));
    const QCborValue revision = item.value(KRevision);
    const QCborValue revoked = item.value(KRevokedAt);
    if (!revision.isInteger() || revision.toInteger() < 1)
        return invalid(QStringLiteral("revision"));
    if (!revoked.isNull() && (!revoked.isInteger() || revoked.toInteger() < 0))
        return invalid(QStringLiteral("revoked at"));
    e.deviceId = DeviceIdCodec::fromBytes(*device);
    if (DeviceIdentity::idFor(*signPublic) != e.deviceId)
        return invalid(QStringLiteral("device id does not match its signing key"));
    e.name = *name;
    e.role = *role;
    e.personId = *person;
    e.signPublic = *signPublic;
    e.boxPublic = *boxPublic;
    if (revoked.isInteger())
        e.revokedAt = revoked.toInteger();
    e.revision = revision.toInteger();
    e.signedBy = DeviceIdCodec::fromBytes(*signedBy);
    e.signature = *signature;
    return e;
}

bool Roster::verify(const RosterEntry& entry, const QByteArray& signerSignPublic)
{
    if (signerSignPublic.size() != crypto_sign_PUBLICKEYBYTES
        || entry.signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray bytes = signedBytes(entry);
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char*>(entry.signature.constData()),
               reinterpret_cast<const unsigned char*>(bytes.constData()),
               std::size_t(bytes.size()),
               reinterpret_cast<const unsigned char*>(signerSignPublic.constData()))
        == 0;
}

} // namespace vigil
