#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <functional>

namespace vigil {

// What a joining device sends its coordinator (DESIGN.md §6.1,
// docs/sync-protocol.md "Enrolment request"): its name and public keys,
// sealed to the coordinator's box key, authenticated with the invitation's
// one-time secret and signed with the device's own key.
struct EnrolmentRequest
{
    Q_DECLARE_TR_FUNCTIONS(vigil::EnrolmentRequest)
public:
    QString invitationId; // 32 hex digits
    QString deviceName;
    QByteArray signPublic; // Ed25519, 32 bytes
    QByteArray boxPublic;  // X25519, 32 bytes
    qint64 createdAt = 0;  // ms

    QString deviceId() const;

    // The one-time secret of an invitation this coordinator issued, by its
    // id; an error (NotFound for an unknown id) refuses the request.
    using SecretLookup = std::function<Result<SecretBuffer>(const QString& invitationId)>;

    // This request as a .vge file's bytes: "VIGILENR" | version u16 | length u32 |
    // crypto_box_seal(body, coordinatorBoxPublic). `deviceSignSecret` must
    // be the secret key of `request.signPublic`.
    static Result<QByteArray> seal(const EnrolmentRequest& request,
                                   const SecretBuffer& oneTimeSecret,
                                   const SecretBuffer& deviceSignSecret,
                                   const QByteArray& coordinatorBoxPublic);
    // Opens with the coordinator's box keys, then checks the MAC with the
    // invitation's secret and the device's signature. Any malformed,
    // truncated, tampered or foreign input is an Integrity error with a
    // plain message (lookup errors are passed on); never trusts the input.
    static Result<EnrolmentRequest> open(const QByteArray& file,
                                         const QByteArray& coordinatorBoxPublic,
                                         const SecretBuffer& coordinatorBoxSecret,
                                         const SecretLookup& lookup);

    static constexpr qsizetype kMaxSealedSize = 4096;
    static constexpr qsizetype kMaxNameLength = 200;
};

} // namespace vigil
