#include "core/sync/merge/ConflictDetector.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/Hlc.h"
#include "core/sync/merge/MergeCatalog.h"
#include "core/sync/merge/SqlValue.h"

#include <QSet>
#include <QtEndian>
#include <limits>
#include <sodium.h>

namespace vigil {

namespace {

struct Stamped
{
    QString device;
    qint64 seq = 0;
    qint64 hlc = 0;
    qint64 base = 0;
};

void feed(crypto_generichash_state& state, const QByteArray& bytes)
{
    const quint32 size = qToBigEndian(quint32(bytes.size()));
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&size), sizeof size);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              std::size_t(bytes.size()));
}

void feed(crypto_generichash_state& state, qint64 n)
{
    const qint64 big = qToBigEndian(n);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&big), sizeof big);
}

} // namespace

struct ConflictDetector::Found
{
    QString id;
    QString field;
    Stamped winner;
    Stamped loser;
    QVariant losingValue;
    QString scope;
};

QString ConflictDetector::conflictId(const char* kind, const QString& winnerDevice,
                                     qint64 winnerSeq, const QString& loserDevice, qint64 loserSeq)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 16);
    feed(state, QByteArrayLiteral("vigil-conflict-v1"));
    feed(state, QByteArray(kind));
    feed(state, winnerDevice.toLatin1());
    feed(state, winnerSeq);
    feed(state, loserDevice.toLatin1());
    feed(state, loserSeq);
    unsigned char hash[16];
    crypto_generichash_final(&state, hash, sizeof hash);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex());
}

Result<ConflictDetector::Change> ConflictDetector::refreshProse(const EntitySpec& spec,
                                                                const QString& entityId,
                                                                const QString& field)
{
    auto list = m_db.cached("SELECT device_id, seq, hlc, base_hlc FROM change_op "
                            "WHERE entity_id = ? AND field = ? ORDER BY hlc, device_id");
    if (!list)
        return list.error();
    (*list)->bind(1, entityId).bind(2, field);
    std::vector<Stamped> ops;
    VIGIL_TRY((*list)->forEachRow([&](Statement& row) -> Status {
        ops.push_back({row.columnText(0), row.columnInt(1), row.columnInt(2), row.columnInt(3)});
        return {};
    }));

    // An op was seen if a later op names its stamp as base: whoever wrote
    // that one had it on screen. A base holds no device id, so when several
    // ops share that stamp none of them counts as seen. An op that nobody saw
    // and whose successor in stamp order holds another value lost. Ops of one
    // device typing alongside another's see each other in turn, so they give
    // one conflict, for the last version of each side, not one per save.
    QSet<qint64> bases;
    for (const Stamped& op : ops)
        bases.insert(op.base);
    std::vector<std::pair<const Stamped*, const Stamped*>> unseen;
    for (std::size_t i = 0; i + 1 < ops.size(); ++i) {
        const bool shared = (i > 0 && ops[i - 1].hlc == ops[i].hlc) || ops[i + 1].hlc == ops[i].hlc;
        if (shared || !bases.contains(ops[i].hlc))
            unseen.emplace_back(&ops[i + 1], &ops[i]);
    }
    std::vector<Found> found;
    auto value = m_db.cached("SELECT value, scope FROM change_op WHERE device_id = ? AND seq = ?");
    if (!value)
        return value.error();
    const auto read = [&value](const Stamped& op) -> Result<std::pair<QVariant, QString>> {
        (*value)->bind(1, op.device).bind(2, op.seq);
        auto row = (*value)->step();
        if (!row || !*row) {
            (void)(*value)->reset();
            if (!row)
                return row.error();
            return Error::make(ErrorKind::Internal, QStringLiteral("op vanished"));
        }
        std::pair<QVariant, QString> out{SqlValue::column(**value, 0), (*value)->columnText(1)};
        (void)(*value)->reset();
        return out;
    };
    for (const auto& [winner, loser] : unseen) {
        auto won = read(*winner);
        if (!won)
            return won.error();
        auto lost = read(*loser);
        if (!lost)
            return lost.error();
        if (SqlValue::same(won->first, lost->first))
            continue; // the same text twice: nothing was lost
        found.push_back({conflictId(kProse, winner->device, winner->seq, loser->device, loser->seq),
                         field, *winner, *loser, lost->first, lost->second});
    }
    return store(kProse, spec, entityId, &field, found);
}

Status ConflictDetector::afterLocalEdit(Database& db, const EntitySpec& spec,
                                        const QString& entityId, const char* field, qint64 baseHlc)
{
    const FieldSpec* f = spec.field(QLatin1StringView(field));
    if (!f || f->type != FieldType::Prose || baseHlc == 0)
        return {};
    auto shared = db.cached("SELECT count(*) FROM change_op WHERE entity_id = ? AND field = ? "
                            "AND hlc = ?");
    if (!shared)
        return shared.error();
    (*shared)->bind(1, entityId).bind(2, field).bind(3, baseHlc);
    auto row = (*shared)->step();
    const qint64 n = row && *row ? (*shared)->columnInt(0) : 0;
    (void)(*shared)->reset();
    if (!row)
        return row.error();
    if (n < 2)
        return {};
    auto change = ConflictDetector(db).refreshProse(spec, entityId, QLatin1StringView(field));
    if (!change)
        return change.error();
    return {};
}

Result<ConflictDetector::Change> ConflictDetector::refreshDeletion(const EntitySpec& spec,
                                                                   const QString& entityId)
{
    auto marks = m_db.cached("SELECT device_id, seq, hlc, value FROM change_op "
                             "WHERE entity_id = ? AND field = 'deleted' ORDER BY hlc, device_id");
    if (!marks)
        return marks.error();
    (*marks)->bind(1, entityId);
    std::vector<std::pair<Stamped, bool>> tombstones; // and whether each deletes
    VIGIL_TRY((*marks)->forEachRow([&](Statement& row) -> Status {
        tombstones.emplace_back(Stamped{row.columnText(0), row.columnInt(1), row.columnInt(2), 0},
                                row.columnInt(3) == 1);
        return {};
    }));
    if (tombstones.empty())
        return Change{}; // ops are never removed: there was never a deletion conflict either

    // An edit stamped between a deletion and the next deletion or restore was
    // made where that deletion was not known: a device that had seen it could
    // only edit after a restore, which would lie in between.
    auto edit = m_db.cached("SELECT device_id, seq, hlc, field, value, scope FROM change_op "
                            "WHERE entity_id = ?1 AND field <> 'deleted' "
                            "AND (hlc > ?2 OR (hlc = ?2 AND device_id > ?3)) "
                            "AND (hlc < ?4 OR (hlc = ?4 AND device_id < ?5)) "
                            "ORDER BY hlc DESC, device_id DESC LIMIT 1");
    if (!edit)
        return edit.error();
    std::vector<Found> found;
    for (std::size_t i = 0; i < tombstones.size(); ++i) {
        if (!tombstones[i].second)
            continue;
        const Stamped& deletion = tombstones[i].first;
        const bool last = i + 1 == tombstones.size();
        (*edit)->bind(1, entityId).bind(2, deletion.hlc).bind(3, deletion.device);
        (*edit)->bind(4, last ? std::numeric_limits<qint64>::max() : tombstones[i + 1].first.hlc);
        (*edit)->bind(5, last ? QString() : tombstones[i + 1].first.device);
        auto e = (*edit)->step();
        if (!e) {
            (void)(*edit)->reset();
            return e.error();
        }
        if (*e) {
            const Stamped racing{(*edit)->columnText(0), (*edit)->columnInt(1),
                                 (*edit)->columnInt(2), 0};
            found.push_back(
                {conflictId(kDeletion, deletion.device, deletion.seq, racing.device, racing.seq),
                 (*edit)->columnText(3), deletion, racing, SqlValue::column(**edit, 4),
                 (*edit)->columnText(5)});
        }
        (void)(*edit)->reset();
    }
    return store(kDeletion, spec, entityId, nullptr, found);
}

Result<ConflictDetector::Change> ConflictDetector::store(const char* kind, const EntitySpec& spec,
                                                         const QString& entityId,
                                                         const QString* field,
                                                         const std::vector<Found>& found)
{
    auto existing =
        m_db.cached(field ? QByteArray("SELECT id FROM sync_conflict WHERE entity_id = ? "
                                       "AND kind = ? AND field = ?")
                          : QByteArray("SELECT id FROM sync_conflict WHERE entity_id = ? "
                                       "AND kind = ?"));
    if (!existing)
        return existing.error();
    (*existing)->bind(1, entityId).bind(2, kind);
    if (field)
        (*existing)->bind(3, *field);
    QSet<QString> stored;
    VIGIL_TRY((*existing)->forEachRow([&](Statement& row) -> Status {
        stored.insert(row.columnText(0));
        return {};
    }));

    Change change;
    QSet<QString> wanted;
    for (const Found& f : found)
        wanted.insert(f.id);
    // Ops that arrived later can show that an earlier pair was not a conflict
    // (the op in between had been seen): such rows go.
    for (const QString& id : std::as_const(stored)) {
        if (wanted.contains(id))
            continue;
        auto remove = m_db.cached("DELETE FROM sync_conflict WHERE id = ?");
        if (!remove)
            return remove.error();
        (*remove)->bind(1, id);
        VIGIL_TRY((*remove)->run());
        ++change.removed;
    }
    for (const Found& f : found) {
        if (stored.contains(f.id))
            continue;
        auto insert = m_db.cached(
            "INSERT INTO sync_conflict(id, kind, entity, entity_id, field, winner_device, "
            "winner_seq, loser_device, loser_seq, losing_value, scope, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        Statement& s = **insert;
        s.bind(1, f.id)
            .bind(2, kind)
            .bind(3, spec.entity)
            .bind(4, entityId)
            .bind(5, f.field)
            .bind(6, f.winner.device)
            .bind(7, f.winner.seq)
            .bind(8, f.loser.device)
            .bind(9, f.loser.seq);
        SqlValue::bind(s, 10, f.losingValue);
        s.bind(11, f.scope).bind(12, Hlc::millis(std::max(f.winner.hlc, f.loser.hlc)));
        VIGIL_TRY(s.run());
        ++change.added;
    }
    return change;
}

} // namespace vigil
