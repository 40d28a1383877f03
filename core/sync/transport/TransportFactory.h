#pragma once

#include "core/sync/transport/Transport.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <memory>

namespace vigil {

class Database;

// The transport this vault's settings name (TransportSettingsStore): a
// FolderTransport, or a WebDavTransport with the stored password, read into
// guarded memory here and kept only by the transport. For the sync thread:
// call it on the connection that thread uses.
class TransportFactory
{
    Q_DECLARE_TR_FUNCTIONS(vigil::TransportFactory)
public:
    // `extraCaCertificates`: authorities trusted besides the system's (a
    // self-hosted server's own, the tests' server).
    static Result<std::unique_ptr<Transport>>
    fromSettings(Database& db, const QList<QSslCertificate>& extraCaCertificates = {});
};

} // namespace vigil
