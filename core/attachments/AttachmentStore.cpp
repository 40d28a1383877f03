#include "core/attachments/AttachmentStore.h"

#include "core/attachments/PartFile.h"
#include "core/attachments/Thumbnailer.h"
#include "core/model/Vocabulary.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/util/IoError.h"
#include "core/util/Uuid7.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <sodium.h>

#include <cerrno>
#include <unistd.h>

namespace vigil {

namespace {

constexpr const char* kColumns =
    "id, owner_kind, owner_id, file_name, mime_type, size, sha256, thumbnail IS NOT NULL, created_at";

Attachment readRow(const Statement& s)
{
    Attachment a;
    a.id = s.columnText(0);
    a.ownerKind = s.columnText(1);
    a.ownerId = s.columnText(2);
    a.fileName = s.columnText(3);
    a.mimeType = s.columnText(4);
    a.size = s.columnInt(5);
    a.sha256 = s.columnBlob(6);
    a.hasThumbnail = s.columnInt(7) != 0;
    a.createdAt = s.columnInt(8);
    return a;
}

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// Overwrites a plain byte copy of a secret once nothing else shares it.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace

struct AttachmentStore::Keyed
{
    Attachment attachment;
    SecretBuffer fileKey;
    QByteArray sealedThumbnail;
};

AttachmentStore::AttachmentStore(Vault& vault, const Thumbnailer* thumbnailer)
    : AttachmentStore(vault.records(), vault.attachmentsPath(), thumbnailer)
{
}

AttachmentStore::AttachmentStore(RecordContext& ctx, QString directory, const Thumbnailer* thumbnailer)
    : m_ctx(ctx), m_dir(std::move(directory)), m_thumbnailer(thumbnailer)
{
}

QString AttachmentStore::filePath(const QString& id) const
{
    return QDir(m_dir).filePath(id);
}

Status AttachmentStore::checkMeta(const NewAttachment& meta) const
{
    // Checked before streaming, so a bad owner does not cost a 500 MB encryption.
    const EntitySpec& spec = catalog::kAttachment;
    const std::pair<const char*, QString> values[] = {{"owner_kind", meta.ownerKind},
                                                      {"owner_id", meta.ownerId},
                                                      {"file_name", meta.fileName},
                                                      {"mime_type", meta.mimeType}};
    for (const auto& [name, value] : values) {
        auto v = WriteTx::normalise(spec, *spec.field(QLatin1StringView(name)), value);
        if (!v)
            return v.error();
    }
    if (!Uuid7::isValid(meta.ownerId))
        return Error::make(ErrorKind::Validation, tr("attachment.owner_id: must be the id of a record"));
    return {};
}

Result<Attachment> AttachmentStore::importFile(const QString& path, NewAttachment meta,
                                               const Control& control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(file.exists() ? EACCES : ENOENT, path);
    if (meta.fileName.isEmpty())
        meta.fileName = QFileInfo(path).fileName();
    return import(file, meta, control);
}

Result<Attachment> AttachmentStore::import(QIODevice& source, const NewAttachment& request,
                                           const Control& control)
{
    NewAttachment meta = request;
    meta.fileName = QFileInfo(meta.fileName).fileName(); // never a path
    if (meta.mimeType.isEmpty())
        meta.mimeType = QMimeDatabase()
                            .mimeTypeForFileNameAndData(meta.fileName,
                                                        source.peek(AttachmentCipher::kChunkSize))
                            .name();
    VIGIL_TRY(checkMeta(meta));
    if (!QDir().mkpath(m_dir))
        return ioError(EACCES, m_dir);

    // Stream into <random>.part; the row id is only known inside the transaction.
    auto part = PartFile::create(m_dir);
    if (!part)
        return part.error();
    const bool wantsThumbnail = m_thumbnailer && m_thumbnailer->accepts(meta.mimeType);
    SecretBuffer fileKey = AttachmentCipher::newFileKey();
    auto sealed = AttachmentCipher::encrypt(source, part->sink(), fileKey, control,
                                            wantsThumbnail ? m_thumbnailer->maxInputBytes() : 0);
    if (!sealed)
        return sealed.error();
    VIGIL_TRY(part->finish());

    auto thumbnail = makeThumbnail(*sealed, meta.mimeType, fileKey);
    wipe(sealed->head);
    if (!thumbnail)
        return thumbnail.error();

    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    QByteArray keyBytes(fileKey.chars(), qsizetype(fileKey.size()));
    Result<QString> id = [&] {
        const FieldValues values = {
            {"owner_kind", meta.ownerKind},
            {"owner_id", meta.ownerId},
            {"file_name", meta.fileName},
            {"mime_type", meta.mimeType},
            {"size", QVariant(sealed->size)},
            {"sha256", sealed->sha256},
            {"file_key", keyBytes},
            {"thumbnail", thumbnail->isEmpty() ? QVariant() : QVariant(*thumbnail)}};
        return tx->insert(catalog::kAttachment, values);
    }();
    wipe(keyBytes);
    if (!id)
        return id.error();
    VIGIL_TRY(part->moveTo(filePath(*id))); // a failed commit below still removes it
    VIGIL_TRY(tx->commit());
    part->keep();
    return get(*id);
}

Result<QByteArray> AttachmentStore::makeThumbnail(const AttachmentCipher::Sealed& sealed,
                                                  const QString& mimeType,
                                                  const SecretBuffer& fileKey) const
{
    if (!m_thumbnailer || sealed.head.isEmpty() || !m_thumbnailer->accepts(mimeType))
        return QByteArray();
    std::optional<QByteArray> image = m_thumbnailer->thumbnail(sealed.head, mimeType);
    if (!image || image->isEmpty() || image->size() > Thumbnailer::kMaxThumbnailBytes)
        return QByteArray(); // a missing preview never fails an import
    return AttachmentCipher::sealThumbnail(*image, fileKey);
}

Result<AttachmentStore::Keyed> AttachmentStore::load(const QString& id)
{
    if (!Uuid7::isValid(id))
        return Error::make(ErrorKind::NotFound, tr("The attachment does not exist or was deleted."));
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           ", file_key, thumbnail FROM attachment WHERE id = ? AND deleted = 0";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound, tr("The attachment does not exist or was deleted."));
    Keyed keyed;
    keyed.attachment = readRow(**stmt);
    QByteArray key = (*stmt)->columnBlob(9);
    keyed.fileKey = SecretBuffer::copyOf(key.constData(), std::size_t(key.size()));
    wipe(key);
    keyed.sealedThumbnail = (*stmt)->columnBlob(10);
    (void)(*stmt)->reset();
    return keyed;
}

Status AttachmentStore::exportTo(const QString& id, QIODevice& out, const Control& control)
{
    auto keyed = load(id);
    if (!keyed)
        return keyed.error();
    const QString path = filePath(id);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return file.exists() ? ioError(EACCES, path)
                             : Error::make(ErrorKind::NotFound,
                                           tr("The file of attachment '%1' is missing from the vault.")
                                               .arg(keyed->attachment.fileName),
                                           QStringLiteral("missing %1").arg(path));
    return AttachmentCipher::decrypt(file, AttachmentCipher::deviceSink(out), keyed->fileKey,
                                     keyed->attachment.size, keyed->attachment.sha256, control);
}

Status AttachmentStore::verify(const QString& id, const Control& control)
{
    struct Discard : QIODevice
    {
        qint64 readData(char*, qint64) override { return -1; }
        qint64 writeData(const char*, qint64 size) override { return size; }
    } discard;
    discard.open(QIODevice::WriteOnly);
    return exportTo(id, discard, control);
}

Result<QByteArray> AttachmentStore::thumbnail(const QString& id)
{
    auto keyed = load(id);
    if (!keyed)
        return keyed.error();
    if (keyed->sealedThumbnail.isEmpty())
        return QByteArray();
    return AttachmentCipher::openThumbnail(keyed->sealedThumbnail, keyed->fileKey);
}

Result<Attachment> AttachmentStore::get(const QString& id)
{
    auto keyed = load(id);
    if (!keyed)
        return keyed.error();
    return keyed->attachment;
}

Result<QList<Attachment>> AttachmentStore::forOwner(const QString& ownerId)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns +
                           " FROM attachment WHERE owner_id = ? AND deleted = 0 ORDER BY id";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, ownerId);
    QList<Attachment> list;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        list.append(readRow(**stmt));
    }
    return list;
}

Status AttachmentStore::remove(const QString& id)
{
    if (!Uuid7::isValid(id))
        return Error::make(ErrorKind::NotFound, tr("The attachment does not exist or was deleted."));
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    const FieldValues forget = {{"file_key", QByteArray(AttachmentCipher::kFileKeySize, '\0')},
                                {"thumbnail", QVariant()}};
    VIGIL_TRY(tx->update(catalog::kAttachment, id, forget));
    // The key must not survive in the change log either, or the file would
    // stay decryptable from a copy of it.
    VIGIL_TRY(tx->scrubSupersededValues(catalog::kAttachment, id, "file_key"));
    VIGIL_TRY(tx->scrubSupersededValues(catalog::kAttachment, id, "thumbnail"));
    VIGIL_TRY(tx->remove(catalog::kAttachment, id));
    VIGIL_TRY(tx->commit());
    const QString path = filePath(id);
    if (::unlink(encoded(path).constData()) != 0 && errno != ENOENT)
        return ioError(errno, path); // the row is gone: the file can no longer be opened
    return {};
}

Result<int> AttachmentStore::removeOrphans()
{
    int removed = 0;
    const QStringList names = QDir(m_dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : names) {
        bool orphan = name.endsWith(QStringLiteral(".part"));
        if (!orphan && Uuid7::isValid(name)) {
            auto stmt = m_ctx.db().cached("SELECT deleted FROM attachment WHERE id = ?");
            if (!stmt)
                return stmt.error();
            (*stmt)->bind(1, name);
            auto row = (*stmt)->step();
            if (!row)
                return row.error();
            orphan = !*row || (*stmt)->columnInt(0) != 0;
            const bool noRow = !*row;
            (void)(*stmt)->reset();
            // A file that arrived by sync before its record could be written
            // (its owner's ops still missing) has ops but no row yet: keep it.
            if (noRow) {
                auto ops = m_ctx.db().cached(
                    "SELECT 1 FROM change_op WHERE entity = 'attachment' AND entity_id = ? LIMIT 1");
                if (!ops)
                    return ops.error();
                (*ops)->bind(1, name);
                auto pending = (*ops)->step();
                if (!pending)
                    return pending.error();
                orphan = !*pending;
                (void)(*ops)->reset();
            }
        }
        if (orphan && ::unlink(encoded(filePath(name)).constData()) == 0)
            ++removed;
    }
    return removed;
}

} // namespace vigil
