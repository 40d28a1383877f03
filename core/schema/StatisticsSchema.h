#pragma once

namespace vigil::schema {

// Migration 5: indexes for the annual statistics and the recommendation
// tracker (core/report). Visits are counted by the year of their date —
// actual start, else planned start, else when recorded — so that expression
// is indexed, written exactly as the queries write it (SQLite matches
// indexed expressions textually, table aliases aside). The tracker and the
// statistics read each recommendation's latest response and implementation
// check: one index seek by (recommendation, kind), newest date first, ties
// broken by id the same way on every device.
extern const char* const kStatisticsSchema;

} // namespace vigil::schema
