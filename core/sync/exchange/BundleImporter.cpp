#include "core/sync/exchange/BundleImporter.h"

#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/store/Transaction.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleError.h"
#include "core/sync/bundle/BundleFrame.h"
#include "core/sync/bundle/BundleReader.h"
#include "core/sync/exchange/ImportRun.h"
#include "core/sync/exchange/ImportSink.h"
#include "core/sync/exchange/InboxRepository.h"
#include "core/sync/exchange/Quarantine.h"
#include "core/sync/org/Roster.h"
#include "core/util/IoError.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMap>
#include <algorithm>
#include <cerrno>
#include <map>
#include <sodium.h>

// Refusals and waits are recorded in sync_inbox for the user; the log is for
// support (file names and reason codes only), off below warnings by default.
Q_LOGGING_CATEGORY(lcImport, "vigil.sync.import", QtWarningMsg)

namespace vigil {

namespace {

// libsodium's SHA-256, not QCryptographicHash: Qt 6.4's runs at about half
// the speed.
QByteArray sha256(QByteArrayView bytes)
{
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(bytes.data()),
                       std::size_t(bytes.size()));
    return digest;
}

Result<QByteArray> fileSha256(QFile& file)
{
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    if (!file.seek(0))
        return ioError(EIO, file.fileName());
    while (true) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return ioError(EIO, file.fileName());
        if (n == 0)
            break;
        crypto_hash_sha256_update(&hash, reinterpret_cast<const unsigned char*>(buffer.constData()),
                                  std::size_t(n));
    }
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&hash, reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

// What names a file in sync_inbox (docs/sync-protocol.md "Import"): the
// SHA-256 of its signature, read from the trailer. The signature covers
// every other byte and Ed25519 signs deterministically, so the same bundle
// always has the same one, and no pass over the file is needed before the
// reader's own. A file without a readable frame is named by the SHA-256 of
// its content; it is refused anyway.
Result<QByteArray> fingerprint(const QString& path, const BundleLimits& limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ioError(file.exists() ? EACCES : ENOENT, path);
    auto frame = BundleFrame::read(file, limits);
    if (frame)
        return sha256(frame->signature);
    return fileSha256(file);
}

// A refusal because of what the file holds, as opposed to a failure of this
// device (disk, database) that a retry can get past.
std::optional<QString> contentReason(const Error& error)
{
    if (auto code = BundleError::codeOf(error))
        return *code == BundleErrorCode::Io ? std::nullopt
                                            : std::optional<QString>(BundleError::name(*code));
    if (error.detail.startsWith(QLatin1StringView("merge/")) &&
        (error.kind == ErrorKind::Validation || error.kind == ErrorKind::Integrity)) {
        const bool newer = error.detail.startsWith(QLatin1StringView("merge/unknown-"));
        return QString::fromLatin1(newer ? Quarantine::kNewerVersion : Quarantine::kInvalidChanges);
    }
    return std::nullopt;
}

void fillFrom(ImportReport& report, const InboxEntry& row)
{
    report.senderId = row.senderId;
    report.firstSeq = row.firstSeq;
    report.lastSeq = row.lastSeq;
    report.ops = row.ops;
    report.blobs = row.blobs;
}

} // namespace

BundleImporter::BundleImporter(Vault& vault, Clock now)
    : BundleImporter(vault.records(), vault.path(), std::move(now))
{
}

BundleImporter::BundleImporter(RecordContext& ctx, QString vaultDir, Clock now)
    : m_ctx(ctx), m_vaultDir(std::move(vaultDir)), m_now(std::move(now))
{
}

qint64 BundleImporter::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

Result<bool> BundleImporter::isMember()
{
    auto n = m_ctx.db().scalarInt("SELECT count(*) FROM sync_org");
    if (!n)
        return n.error();
    return *n > 0;
}

Status BundleImporter::ready()
{
    auto member = isMember();
    if (!member)
        return member.error();
    if (!*member)
        return Error::make(ErrorKind::Usage,
                           tr("This vault is not part of an organisation, so it cannot import "
                              "bundles. Join an organisation first."),
                           QStringLiteral("import: standalone vault"));
    return {};
}

Result<ImportReport> BundleImporter::importFile(const QString& path)
{
    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    VIGIL_TRY(ready());
    auto sha = fingerprint(path, m_limits);
    if (!sha)
        return sha.error();

    Database& db = m_ctx.db();
    auto seen = InboxRepository(db).findBySha256(*sha);
    if (!seen)
        return seen.error();
    if (*seen && (*seen)->isImported()) {
        fillFrom(report, **seen);
        report.outcome = ImportReport::Outcome::AlreadyImported;
        report.reason = QString::fromLatin1(Quarantine::kAlreadyImported);
        report.message = Quarantine::reasonText(report.reason);
        return report;
    }

    auto identity = DeviceIdentity::ensure(db);
    if (!identity)
        return identity.error();
    auto boxSecret = DeviceIdentity::boxSecretKey(db);
    if (!boxSecret)
        return boxSecret.error();

    // The lookup sees the claimed header before the signature is checked:
    // revocation is judged by the bundle's creation time (a device's bundles
    // made before its revocation stay valid).
    const Roster roster(db);
    std::optional<Error> lookupFailure;
    SenderLookup senders = [&](const BundleHeader& header) -> std::optional<SenderKeys> {
        report.senderId = header.senderId;
        report.firstSeq = qint64(header.firstSeq);
        report.lastSeq = qint64(header.lastSeq);
        auto entry = roster.find(header.senderId);
        if (!entry) {
            lookupFailure = entry.error();
            return std::nullopt;
        }
        if (!*entry)
            return std::nullopt;
        const bool revoked = (*entry)->revokedAt && header.createdMs >= *(*entry)->revokedAt;
        return SenderKeys{(*entry)->signPublic, revoked};
    };
    const BundleReader reader(identity->id(), identity->boxPublicKey(), *boxSecret, senders,
                              m_limits);
    ImportSink sink(QDir(m_vaultDir).filePath(QLatin1StringView(Vault::kAttachmentsDir)));
    // Ops are merged in pages inside one transaction as the reader delivers
    // them, in its second pass: the file's signature has been checked, and
    // the bytes of this pass are checked against it again at the end. The
    // transaction commits only after that and rolls back with `run`
    // otherwise (the clock, too, moves only at the commit). It holds the
    // write lock from the first page to the end of the file, attachment
    // files included: about as long as merging the same ops at once took.
    ImportRun run;
    sink.setOpPages(m_opPage, [&](std::vector<Op>& ops) -> Status {
        if (!run.begun)
            VIGIL_TRY(begin(run, sink, report));
        if (run.waiting)
            return {}; // nothing is applied; the read goes on to verify the file
        return applyPage(run, ops, *identity, report.senderId);
    });
    auto summary = reader.read(path, sink);
    if (lookupFailure)
        return *lookupFailure; // the roster could not be read: not the file's fault
    if (!summary) {
        run.tx.reset();
        return refuse(path, *sha, std::move(report), summary.error());
    }
    report.ops = sink.opCount();
    report.blobs = qint64(sink.blobs().size());
    if (!run.begun)
        VIGIL_TRY(begin(run, sink, report));

    if (run.waiting) {
        report.outcome = ImportReport::Outcome::Waiting;
        report.reason = QString::fromLatin1(Quarantine::kGap);
        report.message = Quarantine::reasonText(report.reason);
        auto tx = db.beginWrite();
        if (!tx)
            return tx.error();
        VIGIL_TRY(recordRow(*sha, report, InboxEntry::kWaiting, 0));
        // The next export to the sender carries this device's ack even if
        // nothing else changed: the sender learns what is missing and
        // re-sends it, so a waiting bundle never waits for ever.
        auto forget = db.cached("DELETE FROM local_state WHERE key = ?");
        if (!forget)
            return forget.error();
        (*forget)->bind(1, QStringLiteral("sync.put.") + report.senderId);
        VIGIL_TRY((*forget)->run());
        VIGIL_TRY(tx->commit());
        qCInfo(lcImport) << "bundle waits for an earlier one:" << report.fileName;
        return report;
    }

    if (auto applied = finish(run, sink, *identity, *sha, report); !applied) {
        run.tx.reset();
        return refuse(path, *sha, std::move(report), applied.error());
    }
    report.outcome = ImportReport::Outcome::Imported;
    report.message = tr("Imported %n change(s) from another device.", nullptr, int(report.ops));
    return report;
}

Result<bool> BundleImporter::hasGap(const ImportSink& sink)
{
    // Per origin, the ranges in order must each start at most one past what
    // is here (sync_received) or what the ranges before them covered.
    std::map<QString, std::vector<std::pair<qint64, qint64>>> byOrigin;
    for (const CoverageRange& range : sink.coverage()) {
        if (range.to >= range.from && range.originId != m_ctx.deviceId())
            byOrigin[range.originId].emplace_back(range.from, range.to);
    }
    for (auto& [origin, ranges] : byOrigin) {
        auto stmt = m_ctx.db().cached(
            "SELECT coalesce((SELECT highest_seq FROM sync_received WHERE device_id = ?), 0)");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, origin);
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        qint64 highest = (*stmt)->columnInt(0);
        (void)(*stmt)->reset();
        std::sort(ranges.begin(), ranges.end());
        for (const auto& [from, to] : ranges) {
            if (from > highest + 1)
                return true;
            highest = std::max(highest, to);
        }
    }
    return false;
}

Status BundleImporter::recordRow(const QByteArray& sha256, const ImportReport& report,
                                 const char* state, qint64 conflicts)
{
    InboxEntry row;
    row.fileName = report.fileName;
    row.sha256 = sha256;
    row.senderId = report.senderId;
    row.firstSeq = report.firstSeq;
    row.lastSeq = report.lastSeq;
    row.receivedAt = now();
    row.state = QString::fromLatin1(state);
    row.reason = report.reason;
    row.ops = report.ops;
    row.blobs = report.blobs;
    row.conflicts = conflicts;
    return InboxRepository(m_ctx.db()).record(row);
}

Result<ImportReport> BundleImporter::refuse(const QString& path, const QByteArray& sha256,
                                            ImportReport report, const Error& error)
{
    const std::optional<QString> reason = contentReason(error);
    if (!reason)
        return error; // nothing applied; the file stays for the next attempt
    auto moved = Quarantine(m_vaultDir).put(path, *reason, report.senderId, error.detail);
    if (!moved)
        return moved.error();
    report.outcome = ImportReport::Outcome::Quarantined;
    report.reason = *reason;
    report.message = Quarantine::reasonText(*reason);
    report.quarantinedAs = *moved;
    report.merge = {};
    qCInfo(lcImport) << "bundle quarantined:" << report.fileName << *reason;
    auto tx = m_ctx.db().beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(recordRow(sha256, report, InboxEntry::kQuarantined, 0));
    VIGIL_TRY(tx->commit());
    return report;
}

Result<QList<ImportReport>> BundleImporter::importAll(const QString& inboxDir)
{
    const QStringList names =
        QDir(inboxDir).entryList({QStringLiteral("*.vgb")}, QDir::Files, QDir::Name);
    QMap<QString, ImportReport> reports; // by name, so the list comes out in name order
    QStringList pending = names;
    // A bundle whose sender this device does not know yet is put off while
    // others are imported: the roster entry that introduces the sender may be
    // in one of them (names sort by sender, not by who enrolled whom).
    const auto senderKnown = [this](const QString& name) -> Result<bool> {
        auto entry = Roster(m_ctx.db()).find(name.section(QLatin1Char('-'), 0, 0));
        if (!entry)
            return entry.error();
        return entry->has_value();
    };
    // A waiting bundle may be unblocked by a later one (a relay of the
    // missing ops): retry while a pass imports anything.
    for (bool progress = true, last = false; !pending.isEmpty();) {
        if (!progress) {
            if (last)
                break;
            last = true; // one more pass, in which unknown senders are refused
        }
        progress = false;
        QStringList waiting;
        for (const QString& name : std::as_const(pending)) {
            const QString path = QDir(inboxDir).filePath(name);
            if (!last) {
                auto known = senderKnown(name);
                if (!known)
                    return known.error();
                if (!*known) {
                    waiting.append(name);
                    continue;
                }
            }
            auto report = importFile(path);
            if (!report)
                return report.error();
            using O = ImportReport::Outcome;
            if (report->outcome == O::Waiting) {
                waiting.append(name);
            } else {
                progress = true;
                last = false;
                if (report->outcome != O::Quarantined && !QFile::remove(path))
                    qCWarning(lcImport) << "could not delete an imported bundle:" << name;
            }
            reports.insert(name, std::move(*report));
        }
        pending = waiting;
    }
    return reports.values();
}

} // namespace vigil
