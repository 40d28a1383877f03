#include "core/schema/ReportSchema.h"

namespace vigil::schema {

// kind: 'edit' (one per item_key: excluded_kinds and position of a key, or
// the text of a section in one kind of report, item_key '<key>@<kind>'),
// 'quote' (an interview excerpt under anchor_key) or 'paragraph' (text of
// the lead's own under anchor_key). excluded_kinds holds report kind codes.
const char* const kReportSchema = R"sql(
CREATE TABLE report_item (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), kind TEXT NOT NULL, item_key TEXT,
    text TEXT, excluded_kinds TEXT, position INTEGER,
    interview_id TEXT REFERENCES interview(id), anchor_key TEXT
);
CREATE INDEX report_item_visit ON report_item(visit_id, item_key);
)sql";

} // namespace vigil::schema
