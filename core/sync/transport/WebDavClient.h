#pragma once

#include "core/sync/transport/WebDavSettings.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QList>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>
#include <utility>

class QNetworkAccessManager;
class QIODevice;
class QSslCertificate;

namespace vigil {

// Runs one WebDAV request at a time and blocks until it ends: a local event
// loop per request with an inactivity timeout, for the sync thread. Owns a
// QNetworkAccessManager that lives in the thread that created the client.
// Certificates are always verified (errors are never ignored); the optional
// public-key pin is checked when a connection is established, before any
// request data is sent, and again on every reply. Credentials are sent as
// a Basic Authorization header built for each request, so no QAuthenticator
// or credential cache holds them.
class WebDavClient
{
public:
    struct Request
    {
        Request(QByteArray method, QUrl url) : method(std::move(method)), url(std::move(url)) {}

        QByteArray method;
        QUrl url;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QIODevice* body = nullptr;          // streamed upload (not read whole)
        QByteArray smallBody;               // used when body is null
        QFileDevice* sink = nullptr;        // a 2xx reply body is streamed here
        qint64 maxReplyBytes = 1024 * 1024; // without a sink: kept in memory up to this
    };
    struct Reply
    {
        int status = 0;
        QByteArray body; // empty when streamed to the sink
    };

    // `settings` must outlive the client.
    explicit WebDavClient(const WebDavSettings& settings);
    ~WebDavClient();
    WebDavClient(const WebDavClient&) = delete;
    WebDavClient& operator=(const WebDavClient&) = delete;

    // Any HTTP status is a Reply; the caller decides which ones it accepts
    // (WebDavError::fromStatus for the others). Network, TLS, pin, timeout
    // and sink failures are Errors.
    Result<Reply> send(const Request& request);

    bool ownedByCurrentThread() const;

    // SHA-256 of the certificate's SubjectPublicKeyInfo (DER).
    static QByteArray publicKeyPin(const QSslCertificate& certificate);

private:
    const WebDavSettings& m_settings;
    QSslConfiguration m_ssl;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace vigil
