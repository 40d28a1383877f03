#pragma once

namespace vigil::schema {

// Migration 6: the merge engine's tables (docs/sync-merge.md). It also
// rebuilds change_op so that op values keep their exact type: the column was
// declared ANY, which SQLite gives NUMERIC affinity, turning the text "007"
// into the integer 7 before it could travel to another device.
extern const char* const kSyncSchema;

} // namespace vigil::schema
