#include "core/sync/merge/MergeEngine.h"

#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/merge/ConflictDetector.h"
#include "core/sync/merge/MergeCatalog.h"
#include "core/sync/merge/OpLog.h"
#include "core/sync/merge/OpValidator.h"
#include "core/sync/merge/RecordMaterialiser.h"
#include "core/sync/merge/SqlValue.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <optional>

namespace vigil {

namespace {

// A record that received new ops in this batch.
struct Touched
{
    const EntitySpec* spec = nullptr;
    QString id;
    // The stamps of its new ops. Records are written oldest first, so that
    // parents usually precede their children.
    OpStamp oldest;
    qint64 newest = 0;
    QStringList fields;                     // with new ops
    std::vector<std::vector<OpKey>> newOps; // per entry of `fields`

    void add(const Op& op)
    {
        qsizetype at = fields.indexOf(op.field);
        if (at < 0) {
            at = fields.size();
            fields.append(op.field);
            newOps.emplace_back();
        }
        newOps[std::size_t(at)].emplace_back(op.deviceId, op.seq);
    }
};

bool sameOp(const Op& a, const Op& b)
{
    // A value blanked on one copy (WriteTx::scrubSupersededValues) is still the same op.
    const bool values = a.value.isNull() || b.value.isNull() || SqlValue::same(a.value, b.value);
    return a.hlc == b.hlc && a.entity == b.entity && a.entityId == b.entityId &&
           a.field == b.field && a.baseHlc == b.baseHlc && a.scope == b.scope && values;
}

// One apply(): the state of a batch being merged.
class MergeRun
{
    Q_DECLARE_TR_FUNCTIONS(vigil::MergeEngine)
public:
    explicit MergeRun(Database& db) : m_db(db), m_rows(db), m_conflicts(db) {}

    Result<MergeStats> run(const std::vector<OpValidator::Checked>& ops);
    qint64 newestStamp() const { return m_newest; }

private:
    Status store(const OpValidator::Checked& checked);
    Result<std::optional<Op>> stored(const QString& device, qint64 seq);
    Status checkEntity(const Op& op);
    Status materialise();
    void countSuperseded(const Touched& record, const RecordMaterialiser::Winners& winners);
    Status findConflicts(const Touched& record);

    Database& m_db;
    RecordMaterialiser m_rows;
    ConflictDetector m_conflicts;
    MergeStats m_stats;
    qint64 m_newest = 0;
    // By (device, seq), into the checked ops; the key shares the op's device
    // id, where a "device/seq" string cost an allocation per op.
    QHash<OpKey, const Op*> m_inBatch;
    QHash<QString, QString> m_entityOf;
    std::vector<Touched> m_touched;
    QHash<QString, std::size_t> m_touchedIndex;
    QSet<QString> m_devices;
};

Result<std::optional<Op>> MergeRun::stored(const QString& device, qint64 seq)
{
    auto stmt = m_db.cached("SELECT hlc, entity, entity_id, field, value, base_hlc, scope "
                            "FROM change_op WHERE device_id = ? AND seq = ?");
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, device).bind(2, seq);
    auto row = s.step();
    std::optional<Op> op;
    if (row && *row)
        op = Op{device,
                seq,
                s.columnInt(0),
                s.columnText(1),
                s.columnText(2),
                s.columnText(3),
                SqlValue::column(s, 4),
                s.columnInt(5),
                s.columnText(6)};
    (void)s.reset();
    if (!row)
        return row.error();
    return op;
}

Status MergeRun::checkEntity(const Op& op)
{
    auto known = m_entityOf.constFind(op.entityId);
    if (known == m_entityOf.constEnd()) {
        auto stmt = m_db.cached("SELECT entity FROM change_op WHERE entity_id = ? LIMIT 1");
        if (!stmt)
            return stmt.error();
        (*stmt)->bind(1, op.entityId);
        auto row = (*stmt)->step();
        const QString entity = row && *row ? (*stmt)->columnText(0) : op.entity;
        (void)(*stmt)->reset();
        if (!row)
            return row.error();
        known = m_entityOf.insert(op.entityId, entity);
    }
    if (*known != op.entity)
        return Error::make(ErrorKind::Integrity,
                           tr("A received change names a record as being of another kind than "
                              "it is; nothing was imported."),
                           QStringLiteral("merge/entity-mismatch: %1 is a %2, op %3/%4 says %5")
                               .arg(op.entityId, *known, op.deviceId)
                               .arg(op.seq)
                               .arg(op.entity));
    return {};
}

Status MergeRun::store(const OpValidator::Checked& checked)
{
    const Op& op = checked.op;
    const OpKey key{op.deviceId, op.seq};
    const auto mismatch = [&op] {
        return Error::make(
            ErrorKind::Integrity,
            tr("Two different changes carry the same number from one device; "
               "nothing was imported."),
            QStringLiteral("merge/duplicate-mismatch: %1/%2").arg(op.deviceId).arg(op.seq));
    };
    if (auto earlier = m_inBatch.constFind(key); earlier != m_inBatch.constEnd()) {
        if (!sameOp(**earlier, op))
            return mismatch();
        ++m_stats.duplicates;
        return {};
    }
    VIGIL_TRY(checkEntity(op));
    // Most ops are new: try to insert, and compare only when the key exists.
    auto insert = m_db.cached("INSERT OR IGNORE INTO change_op(device_id, seq, hlc, entity, "
                              "entity_id, field, value, base_hlc, scope) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    Statement& s = **insert;
    s.bind(1, op.deviceId).bind(2, op.seq).bind(3, op.hlc).bind(4, op.entity).bind(5, op.entityId);
    s.bind(6, op.field);
    SqlValue::bind(s, 7, op.value);
    s.bind(8, op.baseHlc).bind(9, op.scope);
    VIGIL_TRY(s.run());
    m_inBatch.insert(key, &op);
    if (m_db.changes() == 0) {
        auto existing = stored(op.deviceId, op.seq);
        if (!existing)
            return existing.error();
        if (!*existing || !sameOp(**existing, op))
            return mismatch();
        ++m_stats.duplicates;
        return {};
    }
    ++m_stats.stored;
    m_newest = std::max(m_newest, op.hlc);
    m_devices.insert(op.deviceId);

    const OpStamp stamp{op.hlc, op.deviceId};
    auto at = m_touchedIndex.constFind(op.entityId);
    if (at == m_touchedIndex.constEnd()) {
        at = m_touchedIndex.insert(op.entityId, m_touched.size());
        m_touched.push_back(Touched{checked.spec, op.entityId, stamp, op.hlc, {}, {}});
    }
    Touched& record = m_touched[*at];
    record.oldest = std::min(record.oldest, stamp);
    record.newest = std::max(record.newest, op.hlc);
    record.add(op);
    return {};
}

Status MergeRun::materialise()
{
    std::sort(m_touched.begin(), m_touched.end(),
              [](const Touched& a, const Touched& b) { return a.oldest < b.oldest; });
    QSet<QString> pending;
    // Records written for the first time may be what others were waiting for.
    std::vector<QString> created;
    const auto note = [&](RecordMaterialiser::Outcome outcome, const QString& id) {
        switch (outcome) {
        case RecordMaterialiser::Outcome::Created:
            ++m_stats.recordsCreated;
            pending.remove(id);
            created.push_back(id);
            break;
        case RecordMaterialiser::Outcome::Updated:
            ++m_stats.recordsUpdated;
            break;
        case RecordMaterialiser::Outcome::Pending:
            pending.insert(id);
            break;
        case RecordMaterialiser::Outcome::Unchanged:
            break;
        }
    };
    for (const Touched& record : m_touched) {
        const RecordMaterialiser::NewStamps stamps{record.oldest.hlc, record.newest};
        RecordMaterialiser::Winners winners;
        auto outcome = m_rows.refresh(*record.spec, record.id, record.fields, &stamps, &winners);
        if (!outcome)
            return outcome.error();
        note(*outcome, record.id);
        if (*outcome != RecordMaterialiser::Outcome::Pending)
            countSuperseded(record, winners);
    }
    while (!created.empty()) {
        const QString id = created.back();
        created.pop_back();
        auto waiting = m_rows.takeWaiting(id);
        if (!waiting)
            return waiting.error();
        for (const auto& [entity, waiter] : *waiting) {
            const EntitySpec* spec = MergeCatalog::byEntity(entity);
            if (!spec)
                continue; // written by a newer Vigil's merge; nothing this one can do
            auto outcome = m_rows.refresh(*spec, waiter, {});
            if (!outcome)
                return outcome.error();
            note(*outcome, waiter);
        }
    }
    m_stats.recordsPending = pending.size();
    return {};
}

void MergeRun::countSuperseded(const Touched& record, const RecordMaterialiser::Winners& winners)
{
    for (std::size_t i = 0; i < record.newOps.size(); ++i) {
        const std::vector<OpKey>& fresh = record.newOps[i];
        const auto winner = winners.constFind(record.fields[qsizetype(i)]);
        const bool won = winner != winners.constEnd() &&
                         std::find(fresh.begin(), fresh.end(), *winner) != fresh.end();
        m_stats.superseded += qsizetype(fresh.size()) - (won ? 1 : 0);
    }
}

Status MergeRun::findConflicts(const Touched& record)
{
    for (const QString& name : record.fields) {
        const FieldSpec* field = record.spec->field(QLatin1StringView(name.toLatin1()));
        if (!field || field->type != FieldType::Prose)
            continue;
        auto change = m_conflicts.refreshProse(*record.spec, record.id, name);
        if (!change)
            return change.error();
        m_stats.conflictsAdded += change->added;
        m_stats.conflictsRemoved += change->removed;
    }
    auto change = m_conflicts.refreshDeletion(*record.spec, record.id);
    if (!change)
        return change.error();
    m_stats.conflictsAdded += change->added;
    m_stats.conflictsRemoved += change->removed;
    return {};
}

Result<MergeStats> MergeRun::run(const std::vector<OpValidator::Checked>& ops)
{
    m_stats.received = qsizetype(ops.size());
    for (const OpValidator::Checked& op : ops)
        VIGIL_TRY(store(op));
    VIGIL_TRY(materialise());
    for (const Touched& record : m_touched)
        VIGIL_TRY(findConflicts(record));
    for (const QString& device : std::as_const(m_devices))
        VIGIL_TRY(OpLog::advanceReceived(m_db, device));
    return m_stats;
}

} // namespace

Result<MergeStats> MergeEngine::apply(WriteTx& tx, std::span<const Op> ops)
{
    qint64 newest = 0;
    auto stats = applyBatch(tx, ops, newest);
    if (!stats)
        return stats.error();
    // Stamps issued from now on order after everything received (DESIGN.md §6.2).
    tx.context().clock().observe(newest);
    return stats;
}

Result<MergeStats> MergeEngine::applyBatch(WriteTx& tx, std::span<const Op> ops, qint64& newest)
{
    auto checked = OpValidator::check(ops);
    if (!checked)
        return checked.error();
    Database& db = tx.context().db();
    const auto run = [&db](const char* sql) -> Status {
        auto stmt = db.cached(sql);
        return stmt ? (*stmt)->run() : Status(stmt.error());
    };
    VIGIL_TRY(run("SAVEPOINT merge_apply"));
    MergeRun merge(db);
    auto stats = merge.run(*checked);
    if (!stats) {
        (void)run("ROLLBACK TO merge_apply");
        (void)run("RELEASE merge_apply");
        return stats.error();
    }
    VIGIL_TRY(run("RELEASE merge_apply"));
    newest = std::max(newest, merge.newestStamp());
    return stats;
}

} // namespace vigil
