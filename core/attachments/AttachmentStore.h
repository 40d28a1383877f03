#pragma once

#include "core/attachments/AttachmentCipher.h"
#include "core/model/Attachment.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace vigil {

class RecordContext;
class Thumbnailer;
class Vault;

// Attachments of an open vault: the only writer of the attachment table and
// of the files in attachments/ (DESIGN.md §4). Each file is encrypted under
// its own random key, which is stored only in the attachment row inside the
// encrypted database. The key is not additionally wrapped with the vault's
// attachment key: rows travel to other devices as sync ops, and a key wrapped
// with one vault's sub-key could not be opened by the recipients.
//
// Plaintext never touches the disk: imports read the source 64 KiB at a time
// and exports decrypt into a QIODevice the caller provides (a memory buffer
// or a pipe). Not thread-safe; use one store per thread of work.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(vigil::AttachmentStore)
public:
    using Control = AttachmentCipher::Control;

    explicit AttachmentStore(Vault& vault, const Thumbnailer* thumbnailer = nullptr);
    AttachmentStore(RecordContext& ctx, QString directory, const Thumbnailer* thumbnailer = nullptr);

    // Encrypts `source` (read to its end) into attachments/<id>.part, fsyncs
    // it, then in one write transaction inserts the row and renames the file
    // to attachments/<id>. On any failure no row and no file remain.
    Result<Attachment> import(QIODevice& source, const NewAttachment& meta,
                              const Control& control = {});
    // The same for a file; meta.fileName defaults to the file's name.
    Result<Attachment> importFile(const QString& path, NewAttachment meta,
                                  const Control& control = {});

    // Decrypts the attachment into `out`, verifying every chunk, the end of
    // the file, the size and the SHA-256 (Integrity otherwise). On error,
    // whatever was already written to `out` must be discarded.
    Status exportTo(const QString& id, QIODevice& out, const Control& control = {});
    // Decrypts and checks the attachment without keeping the plaintext.
    Status verify(const QString& id, const Control& control = {});
    // The decrypted thumbnail image (JPEG or PNG), or empty when there is none.
    Result<QByteArray> thumbnail(const QString& id);

    Result<Attachment> get(const QString& id);
    // Live attachments of one record, oldest first.
    Result<QList<Attachment>> forOwner(const QString& ownerId);

    // Tombstones the row (after overwriting its file key and thumbnail, so
    // secure_delete leaves nothing that opens the file) and deletes the file.
    Status remove(const QString& id);
    // Deletes leftovers of interrupted imports (*.part) and files whose row
    // is missing or deleted. Call when the vault opens, before any import.
    Result<int> removeOrphans();

    QString filePath(const QString& id) const;

private:
    struct Keyed;
    Result<Keyed> load(const QString& id);
    Status checkMeta(const NewAttachment& meta) const;
    Result<QByteArray> makeThumbnail(const AttachmentCipher::Sealed& sealed,
                                     const QString& mimeType, const SecretBuffer& fileKey) const;

    RecordContext& m_ctx;
    QString m_dir;
    const Thumbnailer* m_thumbnailer;
};

} // namespace vigil
