#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QString>
#include <optional>

namespace vigil {

class Database;

// Which visit a record belongs to, for deciding who receives its ops
// (DESIGN.md §6.4): the visit itself, a record with a visit_id, or a record
// reached through its parent (an identity entry through its interview, an
// attachment through its owner, a conflict resolution through the record in
// conflict). Organisation records (body, person, place, place_unit,
// checklist_template) belong to none.
//
// A record whose row is not written yet (its ops wait in the change log for
// a missing parent, docs/sync-merge.md) is followed through the newest value
// of its parent field in the change log, so ops can be classified before
// they are materialised. Answers are cached per record id: one object serves
// one export, whose ops come in runs of the same record.
class RecordVisit
{
public:
    explicit RecordVisit(Database& db) : m_db(db) {}

    // The visit id; an empty string for a record of no visit (organisation
    // records, unknown entities, a reprisal file outside visits, a
    // resolution whose conflict is not here); nullopt while a parent on the
    // way is not here at all, neither its row nor its ops, so the answer
    // must wait for its ops to arrive.
    Result<std::optional<QString>> visitOf(const QString& entity, const QString& entityId);

    // Forgets the cached answers (after the database changed).
    void clear() { m_cache.clear(); }

private:
    Result<std::optional<QString>> resolve(const QString& entity, const QString& entityId,
                                           int depth);
    Result<std::optional<QString>> conflictVisit(const QString& conflictId, int depth);
    // The value of `column` in the row `id` of `table` (empty when null), or
    // when the row is missing the newest value an op gave that field;
    // nullopt when there is neither.
    Result<std::optional<QString>> field(const char* table, const char* column, const QString& id);
    Result<std::optional<QString>> loggedField(const char* column, const QString& id);

    Database& m_db;
    QHash<QString, QString> m_cache; // record id -> visit id ("" for none), settled answers only
};

} // namespace vigil
