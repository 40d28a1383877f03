#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigil {

// What a device needs to join an organisation (DESIGN.md §6.1), handed over
// as a signed .vgi file (docs/sync-protocol.md "Invitation file"). The
// transport's password is not in it: it is given separately and typed in.
struct Invitation
{
    QString invitationId;      // 32 hex digits
    QString orgId;             // 32 hex digits
    QString orgName;
    QString role;              // coordinator, lead, monitor
    QString personId;          // optional: the person record of the user
    QString label;             // who it is for ("Amina Haddad"), shown on joining
    QString coordinatorId;     // the signing coordinator's device id
    QByteArray coordinatorSignPublic; // Ed25519, 32 bytes
    QByteArray coordinatorBoxPublic;  // X25519, 32 bytes
    QString transportKind;     // "folder" or "webdav"
    QString transportLocation; // folder path or https:// URL
    QString transportUser;     // optional
    QByteArray transportPin;   // optional SHA-256 of the server's public key
    qint64 createdAt = 0;      // ms
    qint64 expiresAt = 0;      // ms
    SecretBuffer secret;       // 32 bytes, one-time: authenticates the enrolment
};

class InvitationFile
{
    Q_DECLARE_TR_FUNCTIONS(vigil::InvitationFile)
public:
    // The signed file's bytes: "VIGILINV" | version u16 | length u32 | CBOR |
    // Ed25519 signature by the coordinator over everything before it.
    static Result<QByteArray> write(const Invitation& invitation, const SecretBuffer& signSecretKey);
    // Parses and verifies the signature against the key inside (the file is
    // trusted because it was handed over in person; the fingerprint shown on
    // joining is compared by phone). Any malformed, oversized, truncated or
    // badly signed input is an Integrity error with a plain message. Expiry
    // is not checked here (see isExpired).
    static Result<Invitation> parse(const QByteArray& bytes);
    static bool isExpired(const Invitation& invitation, qint64 nowMs);

    static constexpr qsizetype kMaxSize = 16 * 1024;
};

} // namespace vigil
