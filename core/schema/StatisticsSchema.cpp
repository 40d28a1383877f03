#include "core/schema/StatisticsSchema.h"

namespace vigil::schema {

const char* const kStatisticsSchema = R"sql(
CREATE INDEX visit_date ON visit(coalesce(actual_start, planned_start, created_at));
CREATE INDEX recommendation_event_kind ON recommendation_event(recommendation_id, kind, at, id);
)sql";

} // namespace vigil::schema
