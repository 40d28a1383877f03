#pragma once

#include "core/sync/transport/Transport.h"
#include "core/sync/transport/WebDavSettings.h"

#include <QCoreApplication>
#include <QUrl>
#include <memory>

class QSslCertificate;

namespace vigil {

class WebDavClient;

// The mailbox over HTTPS on a WebDAV server: Nextcloud, ownCloud, Apache
// mod_dav, nginx (DESIGN.md §6.5). The same layout as FolderTransport:
// collections to-<id>/, uploads PUT as "<name>.part" then MOVEd onto the
// name, so a reader never lists a half upload. Transfers stream between the
// network and files; calls block (a local event loop), from one thread at a
// time.
class WebDavTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(vigil::WebDavTransport)
public:
    // Refuses anything but an https:// URL with a host, user names with a
    // colon, and a pin that is not 32 bytes.
    static Result<std::unique_ptr<WebDavTransport>> create(WebDavSettings settings);
    ~WebDavTransport() override;

    Status prepare(const QString& deviceId) override;
    Result<QStringList> list(const QString& recipientId) override;
    Status fetch(const QString& recipientId, const QString& name,
                 const QString& localPath) override;
    Status put(const QString& recipientId, const QString& name, const QString& localPath) override;
    Status remove(const QString& recipientId, const QString& name) override;
    QString describe() const override;

    // The pin of a certificate as WebDavSettings::pinSha256 wants it: SHA-256
    // of its SubjectPublicKeyInfo (DER).
    static QByteArray publicKeyPin(const QSslCertificate& certificate);

private:
    explicit WebDavTransport(WebDavSettings settings);
    WebDavClient& client();
    QUrl urlOf(const QString& relative) const;
    // MKCOL; an existing collection (405) is fine.
    Status makeCollection(const QString& relative);

    WebDavSettings m_settings;
    std::unique_ptr<WebDavClient> m_client;
};

} // namespace vigil
