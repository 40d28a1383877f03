#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/model/Attachment.h"
#include "core/util/Error.h"
#include "core/util/Result.h"

#include <QImage>
#include <QList>
#include <QPromise>
#include <QStringList>
#include <atomic>
#include <memory>

namespace vigil {

class Vault;

// Attachment work that must not block the UI thread (DESIGN.md §8): imports
// (encryption, thumbnails) and decrypting an image for preview. A Database
// connection and AttachmentStore are not thread-safe, so each job opens its
// own connection to the vault's database, as the sync thread does; the
// RecordContext of each connection picks up the other's clock on every write.
namespace attachmentjobs {

// What a job needs to open the vault's database on its own thread. Taken on
// the UI thread (the Vault itself is not thread-safe), then moved to the job.
struct Connection
{
    QString databasePath;
    QString attachmentsPath;
    SecretBuffer key; // the raw database key, in guarded memory
};

Result<Connection> connectionFor(Vault& vault);

struct ImportOutcome
{
    QStringList ids;     // imported, in order
    QList<Error> errors; // one per file that failed (not for a cancellation)
    bool cancelled = false;
};

// Imports `paths` one after another as attachments of `owner` (fileName and
// mimeType are taken from each file). Progress is reported in thousandths of
// the total bytes, with the current file's name as progress text; `cancel`
// stops the current file between two chunks and skips the rest.
void importFiles(QPromise<ImportOutcome>& promise, const Connection& connection,
                 const QStringList& paths, const NewAttachment& owner,
                 const std::shared_ptr<std::atomic_bool>& cancel);

struct PreviewOutcome
{
    QImage image; // null on error
    Error error;
};

// Decrypts an attachment into memory only (never to disk) and decodes it as an image.
PreviewOutcome decryptImage(const Connection& connection, const QString& attachmentId);

} // namespace attachmentjobs

} // namespace vigil
