#pragma once

namespace vigil::schema {

// Migration 4: the lead inspector's edits to a visit's report (docs/reports.md):
// text replaced, items excluded per kind, moved, quotes and paragraphs added.
// A record table like any other (DESIGN.md §5 columns), so edits sync, are
// audited and can be undone by writing their inverse.
extern const char* const kReportSchema;

} // namespace vigil::schema
