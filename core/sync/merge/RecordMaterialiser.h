#pragma once

#include "core/repo/EntitySpec.h"
#include "core/sync/merge/Op.h"
#include "core/util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <utility>
#include <vector>

namespace vigil {

class Database;

// Makes a record's row what its ops say, whatever order they came in
// (docs/sync-merge.md, "Rows"). Each field takes the value of its newest op
// (hybrid-logical-clock stamp, then device id), skipping ops that cannot be
// stored yet: a null in a NOT NULL column (a value blanked on its device)
// and a reference to a record whose ops have not arrived. A record missing
// a required value is not written at all until its ops are complete; a
// record waiting for a referenced one is noted in sync_pending and written
// when that one is.
class RecordMaterialiser
{
public:
    enum class Outcome
    {
        Unchanged,
        Created,
        Updated,
        Pending
    };

    // The stamps of the ops added since the row was last brought in line,
    // when known: then the creation columns are re-read only if one of those
    // ops could be older than the row's creation.
    struct NewStamps
    {
        qint64 oldest = 0;
        qint64 newest = 0;
    };
    // The op whose value each refreshed field shows, by field name.
    using Winners = QHash<QString, OpKey>;

    explicit RecordMaterialiser(Database& db) : m_db(db) {}

    // Brings the row of record `id` in line with its ops. `fields` names the
    // fields whose ops changed ("deleted" included); empty means all of them.
    Result<Outcome> refresh(const EntitySpec& spec, const QString& id, const QStringList& fields,
                            const NewStamps* stamps = nullptr, Winners* winners = nullptr);

    // The records that waited for `id` to exist, now that it does; their
    // entries are removed (a refresh notes them again if still waiting).
    Result<std::vector<std::pair<QString, QString>>> takeWaiting(const QString& id);

private:
    struct Column
    {
        bool notNull = false;
        bool hasDefault = false;
    };
    struct Effective
    {
        bool found = false;
        QVariant value;
        OpKey op;
    };
    struct Origin
    {
        qint64 createdAt = 0;
        QString createdBy;
        QString scope;
        qint64 updatedHlc = 0;
    };

    Result<const QHash<QString, Column>*> columns(const EntitySpec& spec);
    Result<Effective> effective(const EntitySpec& spec, const QString& id, const char* field,
                                const FieldSpec* fieldSpec, bool notNull);
    Result<Origin> origin(const QString& id);
    Result<bool> exists(const char* table, const QString& id);
    Status wait(const QString& target, const EntitySpec& spec, const QString& id);
    Result<Outcome> create(const EntitySpec& spec, const QString& id, Winners* winners);

    Database& m_db;
};

} // namespace vigil
