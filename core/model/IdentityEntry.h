#pragma once

#include "core/crypto/SecretBuffer.h"

#include <QString>

namespace vigil {

// The identity of an interviewee (DOMAIN.md §2, §4.2): only written when the
// consent covers it, stored sealed, read back only after the passphrase is
// entered again. Values live in SecretBuffers (guarded memory, wiped on
// destruction) in both directions, so no plain QString copy outlives its use:
// callers fill them with SecretBuffer::takeUtf8() and display them with
// toDisplayString() followed by wipeString().
struct IdentityFields
{
    SecretBuffer realName;
    SecretBuffer idNumber; // ID, prison or cell number
    SecretBuffer other;    // anything else needed to find the person again
};

// What can be listed without the passphrase: that an entry exists, not what it says.
struct IdentityEntryInfo
{
    QString id;
    QString interviewId;
    qint64 createdAt = 0; // Unix ms
};

} // namespace vigil
