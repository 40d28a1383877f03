#pragma once

namespace vigil::schema {

// Migration 2: device identity, change log, audit log and the monitoring
// record (DOMAIN.md §2). Every record table has the DESIGN.md §5 columns:
// id (UUIDv7), created_at (Unix ms), created_by (device id), updated_hlc,
// deleted (tombstone) and scope.
extern const char* const kRecordSchema;

} // namespace vigil::schema
