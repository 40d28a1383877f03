#pragma once

#include "core/attachments/PartFile.h"
#include "core/sync/bundle/BundleSink.h"
#include "core/sync/exchange/Coverage.h"
#include "core/sync/merge/Op.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace vigil {

// Collects what BundleReader delivers from one bundle for BundleImporter
// (docs/sync-protocol.md "What a bundle carries"): roster items, coverage
// ranges, decoded ops, the sender's ack vector, and attachment blobs streamed
// into <attachments>/<random>.part files. Nothing is applied here; what was
// collected is provisional until the reader succeeds, and the part files
// vanish with the sink unless the importer moves and keeps them.
//
// Memory: ops are handed on in pages (setOpPages) or, without a page
// handler, kept as decoded structs (a 64 MiB bundle holds at most 262,144
// items); blobs never sit in memory, only a 10-byte prefix check.
//
// Order: roster and coverage items come before the first op (docs/sync-
// protocol.md "What a bundle carries"), so a page handler may rely on both
// being complete; a bundle that puts one after an op is damaged.
class ImportSink : public BundleSink
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ImportSink)
public:
    // A complete blob: the encrypted attachment file, fsynced, not yet in place.
    struct Blob
    {
        QString attachmentId;
        PartFile part;
    };

    // Receives a full page of ops, which it may consume (the sink clears
    // the vector afterwards). An error stops the read and is its result.
    using OpPage = std::function<Status(std::vector<Op>& ops)>;

    explicit ImportSink(QString attachmentsDir);

    // Hands ops on every `pageSize` ops instead of keeping them all; the
    // last, partial page stays in ops() for the caller.
    void setOpPages(qsizetype pageSize, OpPage handler);

    Status item(BundleItemKind kind, const QCborValue& body) override;
    Status blobBegin(const QCborMap& meta, qint64 size) override;
    Status blobData(QByteArrayView bytes) override;
    Status blobEnd() override;

    // The ops not handed on as a page (all of them without a page handler).
    std::vector<Op>& ops() { return m_ops; }
    const std::vector<Op>& ops() const { return m_ops; }
    // Every op delivered, paged or not.
    qint64 opCount() const { return m_opCount; }
    const QList<QCborMap>& rosterItems() const { return m_roster; }
    const std::vector<CoverageRange>& coverage() const { return m_coverage; }
    // The sender's received vector (origin id, highest contiguous seq), sorted.
    const std::vector<std::pair<QString, qint64>>& ack() const { return m_ack; }
    std::vector<Blob>& blobs() { return m_blobs; }

    // The meta of an attachment blob, {1: "attachment", 2: attachment id}.
    static QCborMap attachmentMeta(const QString& attachmentId);

private:
    Status takeOp(const QCborValue& body);
    const QString& interned(const QString& name);
    Status takeAck(const QCborValue& body);
    Status takeConfig(const QCborValue& body);

    QString m_dir;
    std::vector<Op> m_ops;
    qint64 m_opCount = 0;
    qsizetype m_pageSize = 0;
    OpPage m_page;
    // The device ids, entity, field and scope names the ops repeat, one
    // shared copy of each.
    QSet<QString> m_names;
    QList<QCborMap> m_roster;
    std::vector<CoverageRange> m_coverage;
    std::vector<std::pair<QString, qint64>> m_ack;
    std::vector<Blob> m_blobs;
    QSet<QString> m_blobIds;
    std::optional<Blob> m_open;
    QByteArray m_prefix; // the open blob's first bytes, until they are checked
};

} // namespace vigil
