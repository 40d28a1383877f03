#pragma once

namespace vigil::schema {

// Migration 3: full-text search (FTS5, inside the encrypted database) over
// interview notes, observations, register checks, findings and
// recommendations. Triggers keep the index current, so no writer can forget
// it; tombstoned records leave the index.
const char* searchSchema();

} // namespace vigil::schema
