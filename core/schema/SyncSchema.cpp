#include "core/schema/SyncSchema.h"

namespace vigil::schema {

const char* const kSyncSchema = R"sql(
-- A declared type of BLOB means no affinity: values are stored exactly as bound.
CREATE TABLE change_op_v6 (
    device_id TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    hlc       INTEGER NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     BLOB,
    base_hlc  INTEGER NOT NULL,
    scope     TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;
INSERT INTO change_op_v6 SELECT device_id, seq, hlc, entity, entity_id, field, value, base_hlc,
    scope FROM change_op;
DROP TABLE change_op;
ALTER TABLE change_op_v6 RENAME TO change_op;
CREATE INDEX change_op_field ON change_op(entity_id, field, hlc);

-- Conflicts: a function of the change log alone (pairs of ops), recomputed by
-- the merge engine whenever ops of a field arrive; never synced themselves.
CREATE TABLE sync_conflict (
    id            TEXT PRIMARY KEY NOT NULL,
    kind          TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    field         TEXT NOT NULL,
    winner_device TEXT NOT NULL,
    winner_seq    INTEGER NOT NULL,
    loser_device  TEXT NOT NULL,
    loser_seq     INTEGER NOT NULL,
    losing_value  BLOB,
    scope         TEXT NOT NULL,
    created_at    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sync_conflict_field ON sync_conflict(entity_id, field);

-- A resolution is an ordinary record (DESIGN.md §5 columns) so that it
-- syncs like any other: a conflict is open while no live resolution names it.
CREATE TABLE sync_resolution (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    conflict_id TEXT NOT NULL, choice TEXT NOT NULL, resolved_at INTEGER NOT NULL
);
CREATE INDEX sync_resolution_conflict ON sync_resolution(conflict_id);

-- The received vector: per device, the highest seq up to which every op is here.
CREATE TABLE sync_received (
    device_id   TEXT PRIMARY KEY NOT NULL,
    highest_seq INTEGER NOT NULL
) WITHOUT ROWID;

-- Records (or reference fields) waiting for a referenced record whose ops
-- have not arrived yet; local bookkeeping derived from the change log.
CREATE TABLE sync_pending (
    waiting_on TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    entity     TEXT NOT NULL,
    PRIMARY KEY (waiting_on, entity_id)
) WITHOUT ROWID;
)sql";

} // namespace vigil::schema
