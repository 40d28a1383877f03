#include "core/sync/exchange/ImportSink.h"

#include "core/attachments/AttachmentCipher.h"
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleHeader.h"
#include "core/sync/exchange/OpItem.h"
#include "core/util/IoError.h"
#include "core/util/Uuid7.h"

#include <QCborArray>
#include <QDir>
#include <algorithm>
#include <cerrno>
#include <map>

namespace vigil {

namespace {

constexpr int kMetaType = 1;
constexpr int kMetaId = 2;
const QString kAttachment = QStringLiteral("attachment");

// What every encrypted attachment file starts with (AttachmentCipher).
const QByteArray kAttachmentPrefix = QByteArrayLiteral("VIGILATT\x00\x01");

// A defect of the signed content: the sender wrote something no Vigil writes.
Error damaged(const QString& detail)
{
    return BundleError::make(BundleErrorCode::Damaged, detail);
}

} // namespace

ImportSink::ImportSink(QString attachmentsDir) : m_dir(std::move(attachmentsDir)) {}

void ImportSink::setOpPages(qsizetype pageSize, OpPage handler)
{
    m_pageSize = pageSize;
    m_page = std::move(handler);
    m_ops.reserve(std::size_t(pageSize));
}

QCborMap ImportSink::attachmentMeta(const QString& attachmentId)
{
    QCborMap meta;
    meta.insert(kMetaType, kAttachment);
    meta.insert(kMetaId, attachmentId);
    return meta;
}

Status ImportSink::item(BundleItemKind kind, const QCborValue& body)
{
    switch (kind) {
    case BundleItemKind::Op:
        return takeOp(body);
    case BundleItemKind::Ack:
        return takeAck(body);
    case BundleItemKind::Roster:
        if (m_opCount > 0)
            return damaged(QStringLiteral("roster item after the ops"));
        if (!body.isMap())
            return damaged(QStringLiteral("roster item is not a map"));
        m_roster.append(body.toMap());
        return {};
    case BundleItemKind::Config:
        return takeConfig(body);
    default:
        return damaged(QStringLiteral("unexpected item kind"));
    }
}

Status ImportSink::takeOp(const QCborValue& body)
{
    if (!body.isMap())
        return damaged(QStringLiteral("op item is not a map"));
    auto op = OpItem::decode(body.toMap());
    if (!op)
        return damaged(op.error().detail);
    // A page of ops is held until it is handed on: sharing the names ops
    // repeat saves about 230 bytes per op (tests/bench/SyncBundleBench).
    op->deviceId = interned(op->deviceId);
    op->entity = interned(op->entity);
    op->field = interned(op->field);
    op->scope = interned(op->scope);
    m_ops.push_back(std::move(*op));
    ++m_opCount;
    if (m_page && qsizetype(m_ops.size()) >= m_pageSize) {
        VIGIL_TRY(m_page(m_ops));
        m_ops.clear();
    }
    return {};
}

const QString& ImportSink::interned(const QString& name)
{
    auto at = m_names.constFind(name);
    if (at == m_names.constEnd())
        at = m_names.insert(name);
    return *at;
}

Status ImportSink::takeAck(const QCborValue& body)
{
    if (!body.isArray())
        return damaged(QStringLiteral("ack is not an array"));
    // Several ack items would be a writer's bug; taking the highest of each
    // origin is still a true statement of what the sender holds.
    std::map<QString, qint64> merged(m_ack.begin(), m_ack.end());
    for (const QCborValue& entry : body.toArray()) {
        const QCborArray pair = entry.toArray();
        if (!entry.isArray() || pair.size() != 2 || !pair.at(0).isByteArray() ||
            pair.at(0).toByteArray().size() != 16 || !pair.at(1).isInteger() ||
            pair.at(1).toInteger() < 0)
            return damaged(QStringLiteral("ack entry"));
        qint64& seq = merged[DeviceIdCodec::fromBytes(pair.at(0).toByteArray())];
        seq = std::max(seq, pair.at(1).toInteger());
    }
    m_ack.assign(merged.begin(), merged.end());
    return {};
}

Status ImportSink::takeConfig(const QCborValue& body)
{
    if (!body.isMap())
        return damaged(QStringLiteral("config item is not a map"));
    const QCborMap map = body.toMap();
    // Other config items (places, templates, assignments) have no receiver yet.
    if (!CoverageItem::isCoverage(map))
        return {};
    if (m_opCount > 0)
        return damaged(QStringLiteral("coverage item after the ops"));
    auto ranges = CoverageItem::decode(map);
    if (!ranges)
        return damaged(ranges.error().detail);
    m_coverage.insert(m_coverage.end(), ranges->begin(), ranges->end());
    return {};
}

Status ImportSink::blobBegin(const QCborMap& meta, qint64 size)
{
    const QString id = meta.value(kMetaId).toString();
    // The id becomes a file name: only a well-formed UUIDv7 (no separators,
    // no dots) may name a file in attachments/.
    if (meta.size() != 2 || meta.value(kMetaType).toString() != kAttachment ||
        !meta.value(kMetaId).isString() || !Uuid7::isValid(id))
        return damaged(QStringLiteral("blob meta"));
    if (m_blobIds.contains(id))
        return damaged(QStringLiteral("attachment %1 twice").arg(id));
    if (size < AttachmentCipher::kHeaderSize + AttachmentCipher::kChunkOverhead)
        return damaged(QStringLiteral("attachment %1 too short").arg(id));
    if (!QDir().mkpath(m_dir))
        return ioError(EACCES, m_dir);
    auto part = PartFile::create(m_dir);
    if (!part)
        return part.error();
    m_blobIds.insert(id);
    m_open.emplace(Blob{id, std::move(*part)});
    m_prefix.clear();
    return {};
}

Status ImportSink::blobData(QByteArrayView bytes)
{
    if (!m_open)
        return damaged(QStringLiteral("blob data outside a blob"));
    if (m_prefix.size() < kAttachmentPrefix.size()) {
        m_prefix.append(
            bytes.first(std::min(bytes.size(), kAttachmentPrefix.size() - m_prefix.size())));
        if (!kAttachmentPrefix.startsWith(m_prefix))
            return damaged(QStringLiteral("attachment %1 is not an attachment file")
                               .arg(m_open->attachmentId));
    }
    return m_open->part.sink()(bytes.data(), bytes.size());
}

Status ImportSink::blobEnd()
{
    if (!m_open)
        return damaged(QStringLiteral("blob end outside a blob"));
    VIGIL_TRY(m_open->part.finish());
    m_blobs.push_back(std::move(*m_open));
    m_open.reset();
    return {};
}

} // namespace vigil
