#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QStringList>

namespace vigil {

// One mailbox (DESIGN.md §6.5, docs/sync-protocol.md "Mailbox"):
//   <root>/to-<recipient id>/<file name>
// written as "<file name>.part" and renamed, so a reader never sees half a
// file. Implementations: FolderTransport (a USB stick or shared drive) and
// WebDavTransport (HTTPS). Calls block and are made from the sync thread.
// Errors use ErrorKind::Io (unreachable, server error), DiskFull (507, a
// full stick), WrongPassphrase (401/403: the credentials), Integrity (TLS or
// pinning failure), NotFound; the message is a plain sentence for the user.
// Ids and names are checked (MailboxName): anything else is a Usage error,
// so a crafted name cannot reach outside the mailbox.
class Transport
{
public:
    virtual ~Transport() = default;

    // Creates <root> and to-<device id> if missing.
    virtual Status prepare(const QString& deviceId) = 0;
    // Complete files (".part" never listed) in to-<recipient id>, sorted by name.
    virtual Result<QStringList> list(const QString& recipientId) = 0;
    // Downloads to-<recipient id>/<name> into `localPath` (written whole or
    // not at all).
    virtual Status fetch(const QString& recipientId, const QString& name,
                         const QString& localPath) = 0;
    // Uploads `localPath` to to-<recipient id>/<name>: as <name>.part, then
    // renamed. An interrupted put leaves no <name>.
    virtual Status put(const QString& recipientId, const QString& name,
                       const QString& localPath) = 0;
    // A file already gone is not an error (another sync removed it).
    virtual Status remove(const QString& recipientId, const QString& name) = 0;
    // A short description for the status bar and logs (no credentials).
    virtual QString describe() const = 0;
};

} // namespace vigil
