#include "core/sync/exchange/ExportWriter.h"

#include "core/sync/exchange/Coverage.h"
#include "core/sync/exchange/ExportSelection.h"
#include "core/sync/exchange/OpItem.h"

#include <QFile>
#include <QFileDevice>
#include <unistd.h>

namespace vigil {

namespace {

Error writeFailed(const QString& path, const QString& detail)
{
    return Error::make(ErrorKind::Io,
                       ExportWriter::tr("A bundle could not be written to %1.").arg(path), detail);
}

} // namespace

Result<ExportWriter::Written> ExportWriter::write(const QString& path, const ExportFrame& frame,
                                                  const PlannedBundle& bundle, quint64 firstSeq,
                                                  quint64 lastSeq, ExportSelection& selection)
{
    const QString partPath = path + QStringLiteral(".part");
    QFile part(partPath);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeFailed(partPath, part.errorString());
    // Encrypted already, but nobody else needs to read it.
    part.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto outcome = [&]() -> Result<Written> {
        const BundleWriter::Origin origin{frame.senderId, firstSeq, lastSeq, frame.createdMs, {}};
        auto writer = BundleWriter::begin(part, origin, *frame.signSecretKey, {frame.recipient},
                                          frame.limits);
        if (!writer)
            return writer.error();
        auto written = fill(*writer, frame, bundle, selection);
        if (!written)
            return written.error();
        auto size = writer->finish();
        if (!size)
            return size.error();
        written->size = *size;
        if (!part.flush() || ::fsync(part.handle()) != 0)
            return writeFailed(partPath, part.errorString());
        part.close();
        if (QFile::exists(path) && !QFile::remove(path))
            return writeFailed(path, QStringLiteral("cannot replace an older file"));
        if (!QFile::rename(partPath, path))
            return writeFailed(path, QStringLiteral("rename failed"));
        return written;
    }();
    if (!outcome) {
        part.close();
        QFile::remove(partPath);
    }
    return outcome;
}

Result<ExportWriter::Written> ExportWriter::fill(BundleWriter& writer, const ExportFrame& frame,
                                                 const PlannedBundle& bundle,
                                                 ExportSelection& selection)
{
    Written written;
    if (bundle.roster) {
        for (const QCborMap& entry : frame.roster)
            VIGIL_TRY(writer.addItem(BundleItemKind::Roster, entry));
    }
    VIGIL_TRY(writer.addItem(BundleItemKind::Config, CoverageItem::encode(bundle.coverage())));
    for (const ExportSpan& span : bundle.spans) {
        auto walked = selection.forEach(span, [&](const Op& op) -> Status {
            ++written.ops;
            return writer.addItem(BundleItemKind::Op, OpItem::encode(op));
        });
        if (!walked)
            return walked.error();
    }
    if (written.ops != bundle.ops)
        return Error::make(
            ErrorKind::Internal, tr("The changes to send changed while the bundle was written."),
            QStringLiteral("export: planned %1 ops, found %2").arg(bundle.ops).arg(written.ops));
    for (const PlannedBlob& blob : bundle.blobs) {
        QFile file(blob.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(
                ErrorKind::Io, tr("An attachment file could not be read."),
                QStringLiteral("export: %1: %2").arg(blob.attachmentId, file.errorString()));
        if (file.size() != blob.size)
            return Error::make(ErrorKind::Internal,
                               tr("An attachment file changed while the bundle was written."),
                               QStringLiteral("export: size of %1").arg(blob.attachmentId));
        VIGIL_TRY(writer.addBlob(blob.meta(), file, blob.size));
        ++written.blobs;
    }
    VIGIL_TRY(writer.addItem(BundleItemKind::Ack, frame.ack));
    return written;
}

} // namespace vigil
