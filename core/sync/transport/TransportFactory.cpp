#include "core/sync/transport/TransportFactory.h"

#include "core/sync/transport/FolderTransport.h"
#include "core/sync/transport/TransportSettings.h"
#include "core/sync/transport/WebDavSettings.h"
#include "core/sync/transport/WebDavTransport.h"

#include <QUrl>

namespace vigil {

Result<std::unique_ptr<Transport>>
TransportFactory::fromSettings(Database& db, const QList<QSslCertificate>& extraCaCertificates)
{
    TransportSettingsStore store(db);
    auto settings = store.load();
    if (!settings)
        return settings.error();
    if (!*settings)
        return Error::make(ErrorKind::Usage,
                           tr("Sync is not set up on this device: choose a sync folder or a "
                              "WebDAV server in the sync settings."));
    if (const auto why = TransportSettingsStore::check(**settings))
        return Error::make(ErrorKind::Validation, *why);
    if ((*settings)->isFolder())
        return std::unique_ptr<Transport>(std::make_unique<FolderTransport>((*settings)->location));
    WebDavSettings web;
    web.url = QUrl((*settings)->location);
    web.username = (*settings)->username;
    auto password = store.password();
    if (!password)
        return password.error();
    web.password = std::move(*password);
    web.pinSha256 = (*settings)->pin;
    web.extraCaCertificates = extraCaCertificates;
    auto transport = WebDavTransport::create(std::move(web));
    if (!transport)
        return transport.error();
    return std::unique_ptr<Transport>(std::move(*transport));
}

} // namespace vigil
