#include "core/sync/transport/WebDavError.h"

#include <QStringList>

namespace vigil {

Error WebDavError::fromStatus(int status, const QString& what)
{
    const QString detail = QStringLiteral("%1: HTTP %2").arg(what).arg(status);
    if (status == 401 || status == 403)
        return Error::make(ErrorKind::WrongPassphrase,
                           tr("The server refused the user name or password."), detail);
    if (status == 507)
        return Error::make(ErrorKind::DiskFull,
                           tr("The sync server is out of space. Ask whoever runs it to free "
                              "some; nothing was lost."),
                           detail);
    if (status == 413)
        return Error::make(ErrorKind::DiskFull,
                           tr("The sync server does not accept files this large."), detail);
    if (status == 404 || status == 409 || status == 410)
        return Error::make(ErrorKind::NotFound,
                           tr("The file or folder is not on the sync server. Check the server "
                              "address."),
                           detail);
    if (status >= 500)
        return Error::make(ErrorKind::Io,
                           tr("The sync server reported an error (HTTP %1). Vigil will try "
                              "again later.")
                               .arg(status),
                           detail);
    if (status >= 300 && status < 400)
        return Error::make(ErrorKind::Io,
                           tr("The sync server sent Vigil elsewhere (HTTP %1). Check the "
                              "server address.")
                               .arg(status),
                           detail);
    return Error::make(ErrorKind::Io,
                       tr("The sync server refused the request (HTTP %1).").arg(status), detail);
}

Error WebDavError::unreachable(const QString& what, const QString& detail)
{
    return Error::make(ErrorKind::Io,
                       tr("The sync server cannot be reached. Check the network connection and "
                          "the server address."),
                       QStringLiteral("%1: %2").arg(what, detail));
}

Error WebDavError::interrupted(const QString& what, const QString& detail)
{
    return Error::make(ErrorKind::Io,
                       tr("The connection to the sync server was interrupted. Nothing was "
                          "lost; Vigil will try again."),
                       QStringLiteral("%1: %2").arg(what, detail));
}

Error WebDavError::timedOut(const QString& what, int timeoutMs)
{
    const int seconds = (timeoutMs + 999) / 1000;
    return Error::make(ErrorKind::Io,
                       tr("The sync server did not answer for %n second(s). Vigil will try "
                          "again later.",
                          nullptr, seconds),
                       QStringLiteral("%1: no progress for %2 ms").arg(what).arg(timeoutMs));
}

Error WebDavError::untrusted(const QString& what, const QList<QSslError>& errors)
{
    QStringList reasons;
    for (const QSslError& e : errors)
        reasons.append(e.errorString());
    return Error::make(ErrorKind::Integrity,
                       tr("The sync server's certificate cannot be trusted, so nothing was "
                          "sent. Someone may be intercepting the connection, or the server is "
                          "misconfigured; tell your coordinator."),
                       QStringLiteral("%1: TLS: %2").arg(what, reasons.join(QStringLiteral("; "))));
}

Error WebDavError::pinMismatch(const QString& what)
{
    return Error::make(ErrorKind::Integrity,
                       tr("The sync server's certificate is not the one your organisation "
                          "registered, so nothing was sent. Someone may be intercepting the "
                          "connection; tell your coordinator."),
                       QStringLiteral("%1: public key pin mismatch").arg(what));
}

Error WebDavError::badReply(const QString& what, const QString& detail)
{
    return Error::make(ErrorKind::Io,
                       tr("The sync server sent a reply Vigil does not understand. Check the "
                          "server address."),
                       QStringLiteral("%1: %2").arg(what, detail));
}

} // namespace vigil
