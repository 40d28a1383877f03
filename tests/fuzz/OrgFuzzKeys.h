#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The fixed invitation of the organisation file targets: the fuzz
// coordinator (FuzzSupport's sender) invites the fuzz device (its recipient)
// with one id and one-time secret.
namespace vigil::fuzz::OrgFuzzKeys {

const FuzzDevice& device();
QString invitationId();
const SecretBuffer& secret();

// The coordinator's invitation store: the secret for invitationId(),
// NotFound for any other id.
Result<SecretBuffer> lookupSecret(const QString& invitationId);

// A .vge frame around `body` sealed to `coordinatorBoxPublic`, whatever the
// body holds: "VIGILENR" | version 1 | sealed length | crypto_box_seal(body).
QByteArray sealedFile(QByteArrayView body, const QByteArray& coordinatorBoxPublic);

} // namespace vigil::fuzz::OrgFuzzKeys
