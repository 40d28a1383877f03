#include "core/sync/transport/WebDavClient.h"

#include "core/sync/transport/FileDeviceError.h"
#include "core/sync/transport/WebDavError.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstring>
#include <sodium.h>

Q_LOGGING_CATEGORY(lcWebDav, "vigil.sync.transport", QtWarningMsg)

namespace vigil {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kMaxUnseenUpload = 8 * 1024 * 1024; // socket buffers, both ends
constexpr qint64 kSlowRate = 16 * 1024;              // bytes per second

// "Basic base64(user:password)", built in guarded memory. The header itself
// must be a QByteArray for QNetworkRequest; it is wiped once the request is
// gone (best effort: Qt's own copies die with the request).
class AuthHeader
{
public:
    AuthHeader(const QString& user, const SecretBuffer& password)
    {
        const QByteArray name = user.toUtf8();
        SecretBuffer plain(std::size_t(name.size()) + 1 + password.size());
        std::memcpy(plain.data(), name.constData(), std::size_t(name.size()));
        plain.data()[name.size()] = ':';
        if (!password.isEmpty())
            std::memcpy(plain.data() + name.size() + 1, password.data(), password.size());
        const std::size_t encoded =
            sodium_base64_ENCODED_LEN(plain.size(), sodium_base64_VARIANT_ORIGINAL);
        m_value = QByteArray(6 + qsizetype(encoded), Qt::Uninitialized);
        std::memcpy(m_value.data(), "Basic ", 6);
        sodium_bin2base64(m_value.data() + 6, encoded, plain.data(), plain.size(),
                          sodium_base64_VARIANT_ORIGINAL);
        m_value.resize(m_value.size() - 1); // the terminating NUL
    }
    ~AuthHeader() { sodium_memzero(m_value.data(), std::size_t(m_value.size())); }
    AuthHeader(const AuthHeader&) = delete;
    AuthHeader& operator=(const AuthHeader&) = delete;
    const QByteArray& value() const { return m_value; }

private:
    QByteArray m_value;
};

bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

int statusOf(const QNetworkReply* reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

enum class Abort
{
    None,
    Timeout,
    Pin,
    Sink,
    TooLarge
};

} // namespace

WebDavClient::WebDavClient(const WebDavSettings& settings)
    : m_settings(settings), m_ssl(QSslConfiguration::defaultConfiguration()),
      m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.extraCaCertificates.isEmpty())
        m_ssl.addCaCertificates(settings.extraCaCertificates);
    // No cache, no redirects: a mailbox answers at its own address.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebDavClient::~WebDavClient()
{
    // The manager must die in its own thread.
    if (!ownedByCurrentThread())
        m_nam.release()->deleteLater();
}

bool WebDavClient::ownedByCurrentThread() const
{
    return m_nam->thread() == QThread::currentThread();
}

QByteArray WebDavClient::publicKeyPin(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

Result<WebDavClient::Reply> WebDavClient::send(const Request& r)
{
    const QString what = QString::fromLatin1(r.method) + QLatin1Char(' ') + r.url.path();
    const AuthHeader auth(m_settings.username, m_settings.password);
    std::unique_ptr<QNetworkReply> reply;
    {
        QNetworkRequest request(r.url);
        request.setSslConfiguration(m_ssl);
        request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute,
                             QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setRawHeader("Authorization", auth.value());
        for (const auto& [name, value] : r.headers)
            request.setRawHeader(name, value);
        if (r.body)
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/octet-stream"));
        reply.reset(r.body || r.smallBody.isEmpty()
                        ? m_nam->sendCustomRequest(request, r.method, r.body)
                        : m_nam->sendCustomRequest(request, r.method, r.smallBody));
    }
    QNetworkReply* const rp = reply.get();
    // Downloads are read as they arrive, never buffered whole by Qt.
    rp->setReadBufferSize(4 * kChunk);

    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(m_settings.inactivityTimeoutMs);
    Abort aborted = Abort::None;
    QList<QSslError> sslErrors;
    Reply out;
    qint64 sunk = 0;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    const QByteArray pin = m_settings.pinSha256;

    auto abortWith = [&](Abort why) {
        if (aborted == Abort::None)
            aborted = why;
        rp->abort();
    };
    auto drain = [&] {
        idle.start();
        const bool success = statusOf(rp) / 100 == 2;
        while (aborted == Abort::None && rp->bytesAvailable() > 0) {
            const qint64 n = rp->read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            if (r.sink && success) {
                if (!writeFully(*r.sink, buffer.constData(), n))
                    return abortWith(Abort::Sink);
                sunk += n;
            } else if (!r.sink) {
                if (out.body.size() + n > r.maxReplyBytes)
                    return abortWith(Abort::TooLarge);
                out.body.append(buffer.constData(), n);
            } // an error page meant for a sink is dropped
        }
    };
    auto restartIdle = [&idle](qint64, qint64) {
        idle.start();
    };
    // The end of an upload can sit in the operating system's socket buffers
    // (megabytes) long after Qt reports it sent: on a slow link the reply
    // comes only once they drained, with no progress to see meanwhile. So
    // the wait for the reply allows them time at a slow 16 KiB/s.
    auto uploadProgress = [&idle, this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total)
            idle.setInterval(m_settings.inactivityTimeoutMs +
                             int(std::min<qint64>(total, kMaxUnseenUpload) * 1000 / kSlowRate));
        idle.start();
    };

    QObject::connect(rp, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(rp, &QNetworkReply::readyRead, &loop, drain);
    QObject::connect(rp, &QNetworkReply::uploadProgress, &loop, uploadProgress);
    QObject::connect(rp, &QNetworkReply::downloadProgress, &loop, restartIdle);
    QObject::connect(rp, &QNetworkReply::sslErrors, &loop,
                     [&sslErrors](const QList<QSslError>& errors) { sslErrors = errors; });
    // Emitted once the handshake is done and before any request data leaves.
    QObject::connect(rp, &QNetworkReply::encrypted, &loop, [&] {
        if (!pin.isEmpty() && publicKeyPin(rp->sslConfiguration().peerCertificate()) != pin)
            abortWith(Abort::Pin);
    });
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] { abortWith(Abort::Timeout); });
    idle.start();
    if (!rp->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();
    drain();

    const int status = statusOf(rp);
    const QNetworkReply::NetworkError error = rp->error();
    qCDebug(lcWebDav) << what << "status" << status << "error" << error;
    switch (aborted) {
    case Abort::Timeout:
        return WebDavError::timedOut(what, idle.interval());
    case Abort::Pin:
        return WebDavError::pinMismatch(what);
    case Abort::Sink:
        return fileDeviceError(*r.sink, r.sink->fileName());
    case Abort::TooLarge:
        return WebDavError::badReply(what,
                                     QStringLiteral("reply over %1 bytes").arg(r.maxReplyBytes));
    case Abort::None:
        break;
    }
    if (error == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty())
        return WebDavError::untrusted(what, sslErrors);
    if (status == 0) {
        if (isUnreachable(error))
            return WebDavError::unreachable(what, rp->errorString());
        return WebDavError::interrupted(what, rp->errorString());
    }
    // A reused connection emits no encrypted(): check the reply's peer too.
    if (!pin.isEmpty() && publicKeyPin(rp->sslConfiguration().peerCertificate()) != pin)
        return WebDavError::pinMismatch(what);
    if (status / 100 == 2) {
        if (error != QNetworkReply::NoError)
            return WebDavError::interrupted(what, rp->errorString());
        const QVariant length = rp->header(QNetworkRequest::ContentLengthHeader);
        if (r.sink && length.isValid() && length.toLongLong() != sunk)
            return WebDavError::interrupted(
                what, QStringLiteral("%1 of %2 bytes").arg(sunk).arg(length.toLongLong()));
    }
    out.status = status;
    return out;
}

} // namespace vigil
