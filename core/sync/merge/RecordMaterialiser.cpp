#include "core/sync/merge/RecordMaterialiser.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/Hlc.h"
#include "core/sync/merge/MergeCatalog.h"
#include "core/sync/merge/SqlValue.h"

#include <QMutex>
#include <QSet>
#include <map>

namespace vigil {

namespace {

constexpr const char* kConventional = "deleted, created_at, created_by, scope, updated_hlc";
constexpr int kConventionalCount = 5;

} // namespace

Result<const QHash<QString, RecordMaterialiser::Column>*>
RecordMaterialiser::columns(const EntitySpec& spec)
{
    // A table's columns are fixed for a given build (every vault is migrated
    // when it opens), and reading them is costly next to a merge of a few
    // ops, so they are read once per process.
    static QMutex mutex;
    static std::map<QByteArray, QHash<QString, Column>> cache; // entries never move
    const QMutexLocker lock(&mutex);
    const QByteArray table(spec.table);
    if (auto it = cache.find(table); it != cache.end())
        return &it->second;
    auto info = m_db.prepare(QByteArray("PRAGMA table_info(" + table + ")").constData());
    if (!info)
        return info.error();
    QHash<QString, Column> cols;
    while (true) {
        auto row = info->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        cols.insert(info->columnText(1), Column{info->columnInt(3) != 0, !info->isNull(4)});
    }
    return &cache.emplace(table, std::move(cols)).first->second;
}

Result<bool> RecordMaterialiser::exists(const char* table, const QString& id)
{
    auto stmt = m_db.cached(QByteArray("SELECT 1 FROM ") + table + " WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    (void)(*stmt)->reset();
    if (!row)
        return row.error();
    return *row;
}

Status RecordMaterialiser::wait(const QString& target, const EntitySpec& spec, const QString& id)
{
    auto stmt = m_db.cached("INSERT OR IGNORE INTO sync_pending(waiting_on, entity_id, entity) "
                            "VALUES (?, ?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, target).bind(2, id).bind(3, spec.entity);
    return (*stmt)->run();
}

Result<std::vector<std::pair<QString, QString>>> RecordMaterialiser::takeWaiting(const QString& id)
{
    auto select = m_db.cached("SELECT entity, entity_id FROM sync_pending WHERE waiting_on = ?");
    if (!select)
        return select.error();
    (*select)->bind(1, id);
    std::vector<std::pair<QString, QString>> waiting;
    while (true) {
        auto row = (*select)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        waiting.emplace_back((*select)->columnText(0), (*select)->columnText(1));
    }
    (void)(*select)->reset();
    if (waiting.empty())
        return waiting;
    auto remove = m_db.cached("DELETE FROM sync_pending WHERE waiting_on = ?");
    if (!remove)
        return remove.error();
    (*remove)->bind(1, id);
    VIGIL_TRY((*remove)->run());
    return waiting;
}

Result<RecordMaterialiser::Effective>
RecordMaterialiser::effective(const EntitySpec& spec, const QString& id, const char* field,
                              const FieldSpec* fieldSpec, bool notNull)
{
    // Newest first; the index (entity_id, field, hlc) ends with the key
    // (device_id, seq), so this walks it without sorting. A plain field stops
    // at its first storable value; a reference reads on (ids are short),
    // because its candidates are checked once the scan is closed.
    const bool reference = fieldSpec && fieldSpec->type == FieldType::Ref;
    auto stmt = m_db.cached("SELECT device_id, seq, value FROM change_op "
                            "WHERE entity_id = ? AND field = ? ORDER BY hlc DESC, device_id DESC");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, field);
    std::vector<Effective> candidates;
    while (true) {
        auto row = (*stmt)->step();
        if (!row) {
            (void)(*stmt)->reset();
            return row.error();
        }
        if (!*row)
            break;
        QVariant value = SqlValue::column(**stmt, 2);
        if (value.isNull() && notNull)
            continue;
        candidates.push_back(
            {true, std::move(value), OpKey((*stmt)->columnText(0), (*stmt)->columnInt(1))});
        if (!reference)
            break;
    }
    (void)(*stmt)->reset();
    if (!reference)
        return candidates.empty() ? Effective{} : candidates.front();

    // The newest op whose record exists (or that clears the field) wins;
    // newer ones wait for their record.
    for (const Effective& candidate : candidates) {
        if (candidate.value.isNull())
            return candidate;
        auto there = exists(fieldSpec->refTable, candidate.value.toString());
        if (!there)
            return there.error();
        if (*there)
            return candidate;
        VIGIL_TRY(wait(candidate.value.toString(), spec, id));
    }
    return Effective{};
}

Result<RecordMaterialiser::Origin> RecordMaterialiser::origin(const QString& id)
{
    // The oldest op is the record's creation (no device can edit a record
    // before it exists); the newest stamp is the last change.
    auto first = m_db.cached("SELECT hlc, device_id, scope FROM change_op WHERE entity_id = ? "
                             "ORDER BY hlc, device_id LIMIT 1");
    if (!first)
        return first.error();
    (*first)->bind(1, id);
    auto row = (*first)->step();
    if (!row || !*row) {
        (void)(*first)->reset();
        if (!row)
            return row.error();
        return Error::make(ErrorKind::Internal, QStringLiteral("record without ops"));
    }
    Origin o;
    o.createdAt = Hlc::millis((*first)->columnInt(0));
    o.createdBy = (*first)->columnText(1);
    o.scope = (*first)->columnText(2);
    (void)(*first)->reset();
    auto last = m_db.cached("SELECT max(hlc) FROM change_op WHERE entity_id = ?");
    if (!last)
        return last.error();
    (*last)->bind(1, id);
    auto max = (*last)->step();
    if (!max) {
        (void)(*last)->reset();
        return max.error();
    }
    o.updatedHlc = (*last)->columnInt(0);
    (void)(*last)->reset();
    return o;
}

Result<RecordMaterialiser::Outcome> RecordMaterialiser::create(const EntitySpec& spec,
                                                               const QString& id, Winners* winners)
{
    auto cols = columns(spec);
    if (!cols)
        return cols.error();
    // Cheap first test: a record whose required fields have no op at all
    // cannot be complete (ops of one record often arrive in several batches).
    auto present = m_db.cached("SELECT DISTINCT field FROM change_op WHERE entity_id = ?");
    if (!present)
        return present.error();
    (*present)->bind(1, id);
    QSet<QString> fieldsWithOps;
    VIGIL_TRY((*present)->forEachRow([&](Statement& row) -> Status {
        fieldsWithOps.insert(row.columnText(0));
        return {};
    }));
    for (const FieldSpec& field : spec.fields) {
        const Column column = (*cols)->value(QLatin1StringView(field.name));
        if ((field.required || (column.notNull && !column.hasDefault)) &&
            !fieldsWithOps.contains(QLatin1StringView(field.name)))
            return Outcome::Pending;
    }

    std::vector<std::pair<const char*, QVariant>> values;
    bool complete = true;
    for (const FieldSpec& field : spec.fields) {
        const Column column = (*cols)->value(QLatin1StringView(field.name));
        auto e = effective(spec, id, field.name, &field, column.notNull || field.required);
        if (!e)
            return e.error();
        if (e->found && winners)
            winners->insert(QLatin1StringView(field.name), e->op);
        if (e->found && !e->value.isNull())
            values.emplace_back(field.name, e->value);
        else if (field.required || (column.notNull && !column.hasDefault))
            complete = false; // keep looking: every missing reference is noted as a wait
    }
    if (!complete)
        return Outcome::Pending;
    auto deleted = effective(spec, id, MergeCatalog::kDeletedField, nullptr, true);
    if (!deleted)
        return deleted.error();
    if (deleted->found && winners)
        winners->insert(QLatin1StringView(MergeCatalog::kDeletedField), deleted->op);
    auto o = origin(id);
    if (!o)
        return o.error();

    QByteArray sql = QByteArray("INSERT INTO ") + spec.table + "(id, " + kConventional;
    QByteArray params = "?, ?, ?, ?, ?, ?";
    for (const auto& [name, value] : values) {
        sql += QByteArray(", ") + name;
        params += ", ?";
    }
    sql += ") VALUES (" + params + ")";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement& s = **stmt;
    s.bind(1, id)
        .bind(2, deleted->found ? deleted->value.toLongLong() : qint64(0))
        .bind(3, o->createdAt)
        .bind(4, o->createdBy)
        .bind(5, o->scope)
        .bind(6, o->updatedHlc);
    int index = 1 + 1 + kConventionalCount;
    for (const auto& [name, value] : values)
        SqlValue::bind(s, index++, value);
    VIGIL_TRY(s.run());
    return Outcome::Created;
}

Result<RecordMaterialiser::Outcome>
RecordMaterialiser::refresh(const EntitySpec& spec, const QString& id, const QStringList& fields,
                            const NewStamps* stamps, Winners* winners)
{
    // The fields to check, with the tombstone as a null FieldSpec.
    std::vector<std::pair<const char*, const FieldSpec*>> checked;
    const bool all = fields.isEmpty();
    if (all || fields.contains(QLatin1StringView(MergeCatalog::kDeletedField)))
        checked.emplace_back(MergeCatalog::kDeletedField, nullptr);
    for (const FieldSpec& field : spec.fields) {
        if (all || fields.contains(QLatin1StringView(field.name)))
            checked.emplace_back(field.name, &field);
    }

    QByteArray select = QByteArray("SELECT ") + kConventional;
    for (const auto& [name, field] : checked)
        select += QByteArray(", ") + name;
    select += QByteArray(" FROM ") + spec.table + " WHERE id = ?";
    auto current = m_db.cached(select);
    if (!current)
        return current.error();
    (*current)->bind(1, id);
    auto row = (*current)->step();
    if (!row) {
        (void)(*current)->reset();
        return row.error();
    }
    if (!*row) {
        (void)(*current)->reset();
        return create(spec, id, winners);
    }
    std::vector<QVariant> before;
    for (int i = 0; i < kConventionalCount + int(checked.size()); ++i)
        before.push_back(SqlValue::column(**current, i));
    (void)(*current)->reset();

    auto cols = columns(spec);
    if (!cols)
        return cols.error();
    std::vector<std::pair<const char*, QVariant>> changes;
    // updated_hlc is the newest stamp of all the record's ops; created_* and
    // scope come from its oldest op, which new ops rarely precede.
    const qint64 createdAt = before[1].toLongLong();
    if (!stamps || Hlc::millis(stamps->oldest) <= createdAt) {
        auto o = origin(id);
        if (!o)
            return o.error();
        const std::pair<const char*, QVariant> conventional[] = {
            {"created_at", QVariant(o->createdAt)},
            {"created_by", QVariant(o->createdBy)},
            {"scope", QVariant(o->scope)},
            {"updated_hlc", QVariant(o->updatedHlc)},
        };
        for (int i = 0; i < 4; ++i) {
            if (!SqlValue::same(before[std::size_t(i) + 1], conventional[i].second))
                changes.push_back(conventional[i]);
        }
    } else if (stamps->newest > before[4].toLongLong()) {
        changes.emplace_back("updated_hlc", QVariant(stamps->newest));
    }
    for (std::size_t i = 0; i < checked.size(); ++i) {
        const auto& [name, field] = checked[i];
        const Column column = (*cols)->value(QLatin1StringView(name));
        const bool notNull = column.notNull || (field && field->required);
        auto e = effective(spec, id, name, field, notNull);
        if (!e)
            return e.error();
        if (e->found && winners)
            winners->insert(QLatin1StringView(name), e->op);
        // Nothing storable: a NOT NULL column keeps what it has (its default
        // or an earlier value), any other column is empty.
        QVariant value = e->found ? e->value : QVariant();
        if (!field && !e->found)
            value = QVariant(qint64(0));
        if (value.isNull() && notNull)
            continue;
        if (!SqlValue::same(before[std::size_t(kConventionalCount) + i], value))
            changes.emplace_back(name, value);
    }
    if (changes.empty())
        return Outcome::Unchanged;

    QByteArray sql = QByteArray("UPDATE ") + spec.table + " SET ";
    for (std::size_t i = 0; i < changes.size(); ++i)
        sql += (i ? ", " : "") + QByteArray(changes[i].first) + " = ?";
    sql += " WHERE id = ?";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    int index = 1;
    for (const auto& [name, value] : changes)
        SqlValue::bind(**stmt, index++, value);
    (*stmt)->bind(index, id);
    VIGIL_TRY((*stmt)->run());
    return Outcome::Updated;
}

} // namespace vigil
