#include "core/sync/transport/WebDavTransport.h"

#include "core/sync/transport/FileDeviceError.h"
#include "core/sync/transport/MailboxName.h"
#include "core/sync/transport/WebDavClient.h"
#include "core/sync/transport/WebDavError.h"
#include "core/sync/transport/WebDavMultistatus.h"
#include "core/util/IoError.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>
#include <initializer_list>

namespace vigil {

namespace {

constexpr qint64 kMaxListingBytes = 32 * 1024 * 1024;

bool accepted(int status, std::initializer_list<int> statuses)
{
    return std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

Error usage(const QString& message, const char* detail)
{
    return Error::make(ErrorKind::Usage, message, QString::fromLatin1(detail));
}

} // namespace

Result<std::unique_ptr<WebDavTransport>> WebDavTransport::create(WebDavSettings settings)
{
    QUrl& url = settings.url;
    // https only: the password travels in every request.
    if (!url.isValid() || url.scheme() != QLatin1StringView("https") || url.host().isEmpty())
        return usage(tr("The sync server address must start with https://."), "webdav: not https");
    if (!url.userInfo().isEmpty())
        return usage(tr("Put the user name in its own field, not in the server address."),
                     "webdav: user info in url");
    if (url.hasQuery() || url.hasFragment())
        return usage(tr("The sync server address must not contain \"?\" or \"#\"."),
                     "webdav: query or fragment in url");
    if (settings.username.contains(QLatin1Char(':')))
        return usage(tr("The user name for the sync server must not contain a colon."),
                     "webdav: colon in user name");
    if (!settings.pinSha256.isEmpty() && settings.pinSha256.size() != 32)
        return usage(tr("The certificate pin must be a SHA-256 digest of 32 bytes."),
                     "webdav: pin size");
    if (settings.inactivityTimeoutMs <= 0)
        settings.inactivityTimeoutMs = WebDavSettings{}.inactivityTimeoutMs;
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path(QUrl::FullyDecoded) + QLatin1Char('/'), QUrl::DecodedMode);
    return std::unique_ptr<WebDavTransport>(new WebDavTransport(std::move(settings)));
}

WebDavTransport::WebDavTransport(WebDavSettings settings) : m_settings(std::move(settings)) {}

WebDavTransport::~WebDavTransport() = default;

QByteArray WebDavTransport::publicKeyPin(const QSslCertificate& certificate)
{
    return WebDavClient::publicKeyPin(certificate);
}

QString WebDavTransport::describe() const
{
    return tr("WebDAV server %1").arg(m_settings.url.toDisplayString(QUrl::RemoveUserInfo));
}

WebDavClient& WebDavTransport::client()
{
    // A QNetworkAccessManager belongs to one thread: a new one when the
    // transport is handed to another (the sync thread).
    if (!m_client || !m_client->ownedByCurrentThread())
        m_client = std::make_unique<WebDavClient>(m_settings);
    return *m_client;
}

QUrl WebDavTransport::urlOf(const QString& relative) const
{
    QUrl url = m_settings.url;
    url.setPath(url.path(QUrl::FullyDecoded) + relative, QUrl::DecodedMode);
    return url;
}

Status WebDavTransport::makeCollection(const QString& relative)
{
    auto reply = client().send({"MKCOL", urlOf(relative)});
    if (!reply)
        return reply.error();
    if (!accepted(reply->status, {201, 405})) // 405: it exists already
        return WebDavError::fromStatus(reply->status, QStringLiteral("MKCOL ") + relative);
    return {};
}

Status WebDavTransport::prepare(const QString& deviceId)
{
    VIGIL_TRY(MailboxName::checkDeviceId(deviceId));
    VIGIL_TRY(makeCollection(QString()));
    return makeCollection(MailboxName::folderOf(deviceId) + QLatin1Char('/'));
}

Result<QStringList> WebDavTransport::list(const QString& recipientId)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    const QString folder = MailboxName::folderOf(recipientId) + QLatin1Char('/');
    WebDavClient::Request request{"PROPFIND", urlOf(folder)};
    request.headers = {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}};
    request.smallBody = WebDavMultistatus::requestBody();
    request.maxReplyBytes = kMaxListingBytes;
    auto reply = client().send(request);
    if (!reply)
        return reply.error();
    if (reply->status == 404)
        return QStringList{}; // nothing was ever sent to this recipient
    if (reply->status != 207)
        return WebDavError::fromStatus(reply->status, QStringLiteral("PROPFIND ") + folder);
    auto members = WebDavMultistatus::memberNames(reply->body);
    if (!members)
        return members.error();
    QStringList names;
    for (const QString& name : *members) {
        if (MailboxName::isFileName(name) && !names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

Status WebDavTransport::fetch(const QString& recipientId, const QString& name,
                              const QString& localPath)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    VIGIL_TRY(MailboxName::checkFileName(name));
    const QString relative = MailboxName::folderOf(recipientId) + QLatin1Char('/') + name;
    // Streamed into a QSaveFile: the local file appears whole on commit() or
    // not at all (an unfinished download is discarded with the object).
    QSaveFile out(localPath);
    // Unbuffered: QSaveFile::commit() does not notice a failed flush of its
    // buffer (it would rename a truncated file into place); every write
    // goes straight to the file and its failure is seen here.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fileDeviceError(out, localPath);
    WebDavClient::Request request{"GET", urlOf(relative)};
    request.sink = &out;
    auto reply = client().send(request);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return WebDavError::fromStatus(reply->status, QStringLiteral("GET ") + relative);
    if (out.error() != QFileDevice::NoError || !out.commit())
        return fileDeviceError(out, localPath);
    return {};
}

Status WebDavTransport::put(const QString& recipientId, const QString& name,
                            const QString& localPath)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    VIGIL_TRY(MailboxName::checkFileName(name));
    if (!QFileInfo(localPath).isFile())
        return ioError(ENOENT, localPath);
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return fileDeviceError(file, localPath);

    // The recipient's collection may not exist yet (it never synced).
    const QString folder = MailboxName::folderOf(recipientId) + QLatin1Char('/');
    VIGIL_TRY(makeCollection(folder));
    const QString part = folder + MailboxName::partOf(name);
    const QString target = folder + name;
    // A server that answered but refused leaves no .part behind; after a
    // network failure the stale .part is overwritten by the retry (and never
    // listed), and a cleanup request would only wait for the same timeout.
    auto discardPart = [&] {
        (void)client().send({"DELETE", urlOf(part)});
    };

    WebDavClient::Request upload{"PUT", urlOf(part)};
    upload.body = &file; // QNetworkAccessManager reads it as it sends
    auto uploaded = client().send(upload);
    if (!uploaded)
        return uploaded.error();
    if (!accepted(uploaded->status, {200, 201, 204})) {
        discardPart();
        return WebDavError::fromStatus(uploaded->status, QStringLiteral("PUT ") + part);
    }

    // Overwrite: T. The name is unique per bundle, so an existing file is this
    // same bundle again (a retry after a lost reply, or a re-export after a
    // crash) and must be replaced, not kept. A server replaces by deleting
    // then renaming: a reader may miss the name for a moment, never see it
    // half written.
    WebDavClient::Request move{"MOVE", urlOf(part)};
    move.headers = {{"Destination", urlOf(target).toEncoded()}, {"Overwrite", "T"}};
    auto moved = client().send(move);
    if (!moved)
        return moved.error();
    if (!accepted(moved->status, {201, 204})) {
        discardPart();
        return WebDavError::fromStatus(moved->status, QStringLiteral("MOVE ") + part);
    }
    return {};
}

Status WebDavTransport::remove(const QString& recipientId, const QString& name)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    VIGIL_TRY(MailboxName::checkFileName(name));
    const QString relative = MailboxName::folderOf(recipientId) + QLatin1Char('/') + name;
    auto reply = client().send({"DELETE", urlOf(relative)});
    if (!reply)
        return reply.error();
    // 404: already gone, which is what was asked.
    if (!accepted(reply->status, {200, 202, 204, 404}))
        return WebDavError::fromStatus(reply->status, QStringLiteral("DELETE ") + relative);
    return {};
}

} // namespace vigil
