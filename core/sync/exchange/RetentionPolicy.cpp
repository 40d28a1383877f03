#include "core/sync/exchange/RetentionPolicy.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/bundle/BundleLimits.h"
#include "core/sync/org/OrgStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace vigil {

namespace {

constexpr const char* kKey = "sync.retention";
// Room a bundle needs besides one blob's bytes (header, items, trailer).
constexpr qint64 kBundleOverhead = 1024 * 1024;

// Visits whose field work is over (DOMAIN.md: the laptop's job is done once
// the team has left the place), not yet purged.
constexpr const char* kCandidates =
    "SELECT id FROM visit WHERE deleted = 0 AND state IN ('fieldwork_closed', 'drafting', "
    "'internal_review', 'sent_to_authorities', 'issued', 'published', 'follow_up', 'closed') "
    "AND id NOT IN (SELECT visit_id FROM sync_purged_visit)";

// The ops that carry what the rule removes: interview notes, identity
// entries, and the attachment records whose files go (their blobs travelled
// with them). Each must be acknowledged by every coordinator first.
constexpr const char* kPurgeOps = R"sql(
WITH interviews AS (SELECT id FROM interview WHERE visit_id = ?1),
     identities AS (SELECT id FROM identity_entry WHERE interview_id IN (SELECT id FROM interviews)
        AND substr(sealed, 1, 4) = CAST('VID2' AS BLOB)),
     attachments AS (SELECT a.id FROM attachment a WHERE
        (a.owner_kind = 'visit' AND a.owner_id = ?1)
        OR (a.owner_kind = 'interview' AND a.owner_id IN (SELECT id FROM interviews))
        OR (a.owner_kind = 'observation' AND a.owner_id IN (SELECT id FROM observation WHERE visit_id = ?1))
        OR (a.owner_kind = 'finding' AND a.owner_id IN (SELECT id FROM finding WHERE visit_id = ?1))
        OR (a.owner_kind = 'register_check' AND a.owner_id IN (SELECT id FROM register_check WHERE visit_id = ?1))
        OR (a.owner_kind = 'access_event' AND a.owner_id IN (SELECT id FROM access_event WHERE visit_id = ?1)))
SELECT device_id, max(seq) FROM change_op WHERE
    (entity = 'interview' AND field = 'notes' AND entity_id IN (SELECT id FROM interviews))
    OR (entity = 'identity_entry' AND entity_id IN (SELECT id FROM identities))
    OR (entity = 'attachment' AND entity_id IN (SELECT id FROM attachments))
GROUP BY device_id
)sql";

Result<bool> acknowledged(Database& db, const QString& visitId)
{
    auto coordinators = db.prepare("SELECT device_id FROM sync_device WHERE role = 'coordinator' "
                                   "AND revoked_at IS NULL");
    if (!coordinators)
        return coordinators.error();
    QStringList ids;
    for (;;) {
        auto row = coordinators->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids << coordinators->columnText(0);
    }
    if (ids.isEmpty())
        return false;
    auto ops = db.prepare(kPurgeOps);
    if (!ops)
        return ops.error();
    ops->bind(1, visitId);
    auto acked = db.prepare("SELECT acked_seq FROM sync_peer_vector WHERE peer_id = ? "
                            "AND origin_id = ?");
    if (!acked)
        return acked.error();
    for (;;) {
        auto row = ops->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString origin = ops->columnText(0);
        const qint64 seq = ops->columnInt(1);
        for (const QString& c : std::as_const(ids)) {
            VIGIL_TRY(acked->reset());
            acked->bind(1, c).bind(2, origin);
            auto has = acked->step();
            if (!has)
                return has.error();
            if (!*has || acked->columnInt(0) < seq)
                return false;
        }
    }
    return true;
}

Status exec(Database& db, const char* sql, const QString& visitId, qint64* changed = nullptr)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    VIGIL_TRY(stmt->run());
    if (changed)
        *changed = db.changes();
    return {};
}

Result<QStringList> attachmentIds(Database& db, const QString& visitId)
{
    auto stmt = db.prepare(R"sql(
        WITH interviews AS (SELECT id FROM interview WHERE visit_id = ?1)
        SELECT a.id FROM attachment a WHERE
            (a.owner_kind = 'visit' AND a.owner_id = ?1)
            OR (a.owner_kind = 'interview' AND a.owner_id IN (SELECT id FROM interviews))
            OR (a.owner_kind = 'observation' AND a.owner_id IN (SELECT id FROM observation WHERE visit_id = ?1))
            OR (a.owner_kind = 'finding' AND a.owner_id IN (SELECT id FROM finding WHERE visit_id = ?1))
            OR (a.owner_kind = 'register_check' AND a.owner_id IN (SELECT id FROM register_check WHERE visit_id = ?1))
            OR (a.owner_kind = 'access_event' AND a.owner_id IN (SELECT id FROM access_event WHERE visit_id = ?1)))sql");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, visitId);
    QStringList ids;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids << stmt->columnText(0);
    }
    return ids;
}

} // namespace

Result<bool> RetentionPolicy::enabled(Database& db)
{
    auto stmt = db.prepare("SELECT value FROM local_state WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kKey));
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row && stmt->columnInt(0) == 1;
}

Status RetentionPolicy::setEnabled(Database& db, bool on)
{
    auto stmt = db.prepare("INSERT INTO local_state(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(kKey)).bind(2, on ? 1 : 0);
    return stmt->run();
}

Result<RetentionPolicy::Report> RetentionPolicy::apply(RecordContext& ctx, const QString& vaultDir)
{
    Report report;
    Database& db = ctx.db();
    auto on = enabled(db);
    if (!on)
        return on.error();
    auto org = OrgStore(db).org();
    if (!org)
        return org.error();
    if (!*on || !*org || (*org)->isCoordinator())
        return report;

    auto candidates = db.prepare(kCandidates);
    if (!candidates)
        return candidates.error();
    QStringList visits;
    for (;;) {
        auto row = candidates->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        visits << candidates->columnText(0);
    }
    const QDir attachments(QDir(vaultDir).filePath(QStringLiteral("attachments")));
    for (const QString& visitId : std::as_const(visits)) {
        auto ready = acknowledged(db, visitId);
        if (!ready)
            return ready.error();
        if (!*ready)
            continue;
        auto files = attachmentIds(db, visitId);
        if (!files)
            return files.error();
        auto tx = ctx.beginWrite();
        if (!tx)
            return tx.error();
        // Local only: no WriteTx field write (that would sync and erase the
        // coordinators' copy). The ops carrying the values go too, so the
        // text leaves the change log; peers that still need them get them
        // from the coordinators, whose log is complete.
        qint64 notes = 0;
        qint64 identities = 0;
        // This device's own seq numbers stay taken (RecordContext, OpLog).
        VIGIL_TRY(db.exec("INSERT INTO local_state(key, value) SELECT 'sync.own_seq_floor', "
                          "max(coalesce(max(seq), 0), coalesce((SELECT value FROM local_state "
                          "WHERE key = 'sync.own_seq_floor'), 0)) FROM change_op WHERE "
                          "device_id = (SELECT id FROM local_device LIMIT 1) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        VIGIL_TRY(exec(db,
                       "DELETE FROM change_op WHERE (entity = 'interview' AND field = 'notes' "
                       "AND entity_id IN (SELECT id FROM interview WHERE visit_id = ?1)) OR "
                       "(entity = 'identity_entry' AND entity_id IN (SELECT id FROM "
                       "identity_entry WHERE interview_id IN (SELECT id FROM interview WHERE "
                       "visit_id = ?1) AND substr(sealed, 1, 4) = CAST('VID2' AS BLOB)))",
                       visitId));
        VIGIL_TRY(exec(db,
                       "UPDATE interview SET notes = NULL WHERE visit_id = ?1 AND notes IS NOT "
                       "NULL",
                       visitId, &notes));
        // Entries written before the vault joined are readable only here
        // (VID1): the coordinators cannot open their copy, so they stay.
        VIGIL_TRY(exec(db,
                       "DELETE FROM identity_entry WHERE interview_id IN (SELECT id FROM "
                       "interview WHERE visit_id = ?1) AND substr(sealed, 1, 4) = "
                       "CAST('VID2' AS BLOB)",
                       visitId, &identities));
        VIGIL_TRY(exec(db,
                       "INSERT INTO sync_purged_visit(visit_id, purged_at) VALUES (?1, "
                       "CAST(strftime('%s', 'now') AS INTEGER) * 1000)",
                       visitId));
        VIGIL_TRY(tx->audit("sync.retention_purged", catalog::kVisit, visitId,
                            QStringLiteral("notes=%1 identities=%2 attachments=%3")
                                .arg(notes)
                                .arg(identities)
                                .arg(files->size())));
        VIGIL_TRY(tx->commit());
        // The files go after the commit: a failed commit must leave them.
        for (const QString& id : std::as_const(*files)) {
            // A file too large for any bundle never reached the coordinators
            // (BundleExporter skips it): this is the only copy.
            const QString path = attachments.filePath(id);
            if (QFileInfo(path).size() >= BundleLimits{}.maxBundleSize - kBundleOverhead)
                continue;
            if (QFile::remove(path))
                ++report.attachments;
        }
        ++report.visits;
        report.notes += notes;
        report.identities += identities;
    }
    return report;
}

} // namespace vigil
