#include "ui/visit/AttachmentJobs.h"

#include "core/attachments/AttachmentStore.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/vault/Vault.h"
#include "media/ImageThumbnailer.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <sodium.h>

namespace vigil::attachmentjobs {

namespace {

// One connection and store for the duration of a job, on the job's thread.
struct Worker
{
    std::unique_ptr<Database> db;
    std::unique_ptr<RecordContext> records;
};

Result<Worker> open(const Connection& connection)
{
    auto db = Database::open(connection.databasePath, connection.key, Database::Mode::ReadWrite);
    if (!db)
        return db.error();
    auto records = RecordContext::open(**db);
    if (!records)
        return records.error();
    return Worker{std::move(*db), std::move(*records)};
}

} // namespace

Result<Connection> connectionFor(Vault& vault)
{
    if (!vault.isOpen())
        return Error::make(ErrorKind::Locked, QCoreApplication::translate("vigil::attachmentjobs",
                                                                          "The vault is locked."));
    return Connection{vault.databaseFile(), vault.attachmentsPath(), vault.databaseKeyCopy()};
}

void importFiles(QPromise<ImportOutcome>& promise, const Connection& connection,
                 const QStringList& paths, const NewAttachment& owner,
                 const std::shared_ptr<std::atomic_bool>& cancel)
{
    ImportOutcome outcome;
    auto worker = open(connection);
    if (!worker) {
        outcome.errors.append(worker.error());
        promise.addResult(outcome);
        return;
    }
    const ImageThumbnailer thumbnailer;
    AttachmentStore store(*worker->records, connection.attachmentsPath, &thumbnailer);

    qint64 total = 0;
    for (const QString& path : paths)
        total += std::max<qint64>(QFileInfo(path).size(), 1);
    promise.setProgressRange(0, 1000);
    qint64 before = 0; // bytes of the files already done
    for (const QString& path : paths) {
        if (cancel->load()) {
            outcome.cancelled = true;
            break;
        }
        const QString name = QFileInfo(path).fileName();
        promise.setProgressValueAndText(int(before * 1000 / std::max<qint64>(total, 1)), name);
        AttachmentStore::Control control;
        control.cancel = cancel.get();
        control.progress = [&promise, before, total, name](qint64 done, qint64) {
            promise.setProgressValueAndText(
                int((before + done) * 1000 / std::max<qint64>(total, 1)), name);
        };
        NewAttachment meta = owner;
        meta.fileName.clear();
        meta.mimeType.clear();
        auto imported = store.importFile(path, meta, control);
        if (imported) {
            outcome.ids.append(imported->id);
        } else if (imported.error().kind == ErrorKind::Cancelled) {
            outcome.cancelled = true;
            break;
        } else {
            outcome.errors.append(imported.error());
        }
        before += std::max<qint64>(QFileInfo(path).size(), 1);
    }
    promise.setProgressValue(1000);
    promise.addResult(outcome);
}

PreviewOutcome decryptImage(const Connection& connection, const QString& attachmentId)
{
    PreviewOutcome outcome;
    auto worker = open(connection);
    if (!worker) {
        outcome.error = worker.error();
        return outcome;
    }
    AttachmentStore store(*worker->records, connection.attachmentsPath);
    QByteArray plain;
    {
        QBuffer buffer(&plain);
        buffer.open(QIODevice::WriteOnly);
        if (Status status = store.exportTo(attachmentId, buffer); !status) {
            outcome.error = status.error();
        } else {
            buffer.close();
            buffer.open(QIODevice::ReadOnly);
            QImageReader reader(&buffer);
            reader.setAutoTransform(true);
            // Enough for any screen; spares an old laptop a 50-megapixel bitmap.
            constexpr int kMaxEdge = 2048;
            const QSize size = reader.size();
            if (size.width() > kMaxEdge || size.height() > kMaxEdge)
                reader.setScaledSize(size.scaled(kMaxEdge, kMaxEdge, Qt::KeepAspectRatio));
            outcome.image = reader.read();
            if (outcome.image.isNull())
                outcome.error = Error::make(
                    ErrorKind::Validation,
                    QCoreApplication::translate("vigil::attachmentjobs",
                                                "The attachment is not an image that can "
                                                "be shown."),
                    reader.errorString());
        }
    }
    // The decoded image is all the preview needs; the file's bytes go now.
    if (!plain.isEmpty())
        sodium_memzero(plain.data(), std::size_t(plain.size()));
    return outcome;
}

} // namespace vigil::attachmentjobs
