#pragma once

#include "core/crypto/SecretBuffer.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace vigil {

// How to reach a WebDAV mailbox (sync_transport, docs/sync-protocol.md
// "Mailbox"). Move-only: it holds the password.
struct WebDavSettings
{
    // The mailbox collection, https only, for example
    // https://cloud.example.org/remote.php/dav/files/npm-sync/vigil/
    QUrl url;
    QString username;
    SecretBuffer password;
    // Optional SHA-256 of the server certificate's public key
    // (SubjectPublicKeyInfo, DER), checked on every connection in addition
    // to the normal certificate verification; empty or 32 bytes.
    QByteArray pinSha256;
    // Certificates trusted in addition to the system's: a self-hosted
    // server's own authority (and the tests' server).
    QList<QSslCertificate> extraCaCertificates;
    // A request is abandoned when nothing moves for this long.
    int inactivityTimeoutMs = 60'000;
};

} // namespace vigil
