#pragma once

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

namespace vigil {

// The plain sentences a WebDAV mailbox reports, one per thing a user can
// act on (docs/sync-protocol.md "Mailbox"). `what` in the details names the
// request ("PUT to-…/x.vgb.part"), never credentials.
class WebDavError
{
    Q_DECLARE_TR_FUNCTIONS(vigil::WebDavError)
public:
    // An HTTP status that the operation does not accept.
    static Error fromStatus(int status, const QString& what);
    static Error unreachable(const QString& what, const QString& detail);
    static Error interrupted(const QString& what, const QString& detail);
    static Error timedOut(const QString& what, int timeoutMs);
    static Error untrusted(const QString& what, const QList<QSslError>& errors);
    static Error pinMismatch(const QString& what);
    static Error badReply(const QString& what, const QString& detail);
};

} // namespace vigil
