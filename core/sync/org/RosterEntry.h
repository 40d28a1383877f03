#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace vigil {

// One device of the organisation as a coordinator signed it (DESIGN.md §6.1,
// docs/sync-protocol.md "Roster"). Roles: "coordinator", "lead", "monitor".
// `personId` is the person record of the device's user: visit teams are
// visit_member rows naming persons, so it decides which visits' records the
// device receives (§6.4).
struct RosterEntry
{
    QString deviceId;       // 32 lowercase hex digits
    QString name;           // "Amina's laptop"
    QString role;           // coordinator, lead, monitor
    QString personId;       // empty: not yet linked to a person
    QByteArray signPublic;  // Ed25519, 32 bytes
    QByteArray boxPublic;   // X25519, 32 bytes
    std::optional<qint64> revokedAt; // ms; bundles created from then on are refused
    // Local, not signed: the device's highest seq this vault held when it
    // learnt of the revocation. Its ops beyond it are refused, so a revoked
    // device cannot get in by backdating its bundles.
    std::optional<qint64> revokedSeq;
    qint64 revision = 0;    // higher replaces lower for the same device
    QString signedBy;       // the coordinator's device id
    QByteArray signature;   // Ed25519 over the canonical CBOR of the fields above

    bool isCoordinator() const { return role == QLatin1StringView("coordinator"); }
    bool isRevoked() const { return revokedAt.has_value(); }
};

} // namespace vigil
