#include "core/schema/RecordSchema.h"

namespace vigil::schema {

// Conventions: enumerations are stored as stable text codes (model/*.h);
// instants as Unix milliseconds (UTC); calendar dates as 'YYYY-MM-DD'.
const char* const kRecordSchema = R"sql(
CREATE TABLE local_device (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    sign_public BLOB NOT NULL,
    sign_secret BLOB NOT NULL,
    box_public  BLOB NOT NULL,
    box_secret  BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE TABLE local_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value ANY
) WITHOUT ROWID;

CREATE TABLE change_op (
    device_id TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    hlc       INTEGER NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    value     ANY,
    base_hlc  INTEGER NOT NULL,
    scope     TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
) WITHOUT ROWID;
CREATE INDEX change_op_field ON change_op(entity_id, field, hlc);

CREATE TABLE audit_event (
    seq       INTEGER PRIMARY KEY,
    at        INTEGER NOT NULL,
    device_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);

CREATE TABLE body (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    name TEXT NOT NULL, kind TEXT NOT NULL, parent_id TEXT REFERENCES body(id),
    country TEXT, languages TEXT
);

CREATE TABLE person (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    name TEXT NOT NULL, role TEXT NOT NULL, gender TEXT, languages TEXT, device_id TEXT,
    body_id TEXT REFERENCES body(id)
);

CREATE TABLE place (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    name TEXT NOT NULL, type TEXT NOT NULL, operator TEXT NOT NULL, authority TEXT,
    address TEXT, capacity INTEGER, population INTEGER, risk_notes TEXT,
    body_id TEXT REFERENCES body(id)
);
CREATE INDEX place_type ON place(type);

CREATE TABLE place_unit (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    place_id TEXT NOT NULL REFERENCES place(id), name TEXT NOT NULL, kind TEXT,
    capacity INTEGER
);
CREATE INDEX place_unit_place ON place_unit(place_id);

CREATE TABLE visit (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    place_id TEXT NOT NULL REFERENCES place(id), type TEXT NOT NULL,
    unannounced INTEGER NOT NULL, planned_start INTEGER, planned_end INTEGER,
    actual_start INTEGER, actual_end INTEGER, objectives TEXT, state TEXT NOT NULL,
    language TEXT
);
CREATE INDEX visit_place ON visit(place_id, planned_start);
CREATE INDEX visit_start ON visit(planned_start);

CREATE TABLE visit_member (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), person_id TEXT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL
);
CREATE INDEX visit_member_visit ON visit_member(visit_id);

CREATE TABLE visit_transition (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), from_state TEXT NOT NULL,
    to_state TEXT NOT NULL, at INTEGER NOT NULL, note TEXT
);
CREATE INDEX visit_transition_visit ON visit_transition(visit_id, at);

CREATE TABLE access_event (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), kind TEXT NOT NULL, occurred_at INTEGER NOT NULL,
    area TEXT, official TEXT, description TEXT, delay_minutes INTEGER
);
CREATE INDEX access_event_visit ON access_event(visit_id, occurred_at);

CREATE TABLE interview (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), kind TEXT NOT NULL,
    without_witnesses INTEGER NOT NULL, location TEXT, unit_id TEXT REFERENCES place_unit(id),
    interpreter TEXT NOT NULL, pseudonym TEXT NOT NULL, vulnerabilities TEXT,
    reprisal_risk TEXT NOT NULL, topics TEXT, notes TEXT, follow_up INTEGER NOT NULL DEFAULT 0,
    chosen_by TEXT NOT NULL, interviewer_gender_requested TEXT, held_at INTEGER,
    consent_withdrawn INTEGER NOT NULL DEFAULT 0,
    UNIQUE (visit_id, pseudonym)
);
CREATE INDEX interview_visit ON interview(visit_id);

CREATE TABLE consent_record (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    interview_id TEXT NOT NULL REFERENCES interview(id), scopes TEXT NOT NULL,
    adapted_for TEXT, recorded_at INTEGER NOT NULL, withdrawn_at INTEGER
);
CREATE INDEX consent_record_interview ON consent_record(interview_id);

CREATE TABLE identity_entry (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    interview_id TEXT NOT NULL REFERENCES interview(id), sealed BLOB NOT NULL
);
CREATE INDEX identity_entry_interview ON identity_entry(interview_id);

CREATE TABLE observation (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), kind TEXT NOT NULL,
    unit_id TEXT REFERENCES place_unit(id), observed_at INTEGER, title TEXT NOT NULL, notes TEXT
);
CREATE INDEX observation_visit ON observation(visit_id);

CREATE TABLE register_check (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), register_type TEXT NOT NULL,
    period_from TEXT, period_to TEXT, anomalies TEXT, notes TEXT
);
CREATE INDEX register_check_visit ON register_check(visit_id);

CREATE TABLE finding (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), category TEXT NOT NULL, subcategory TEXT,
    title TEXT NOT NULL, facts TEXT, analysis TEXT, severity TEXT NOT NULL,
    sources INTEGER NOT NULL DEFAULT 0, standards TEXT, good_practice INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX finding_visit ON finding(visit_id, category);

CREATE TABLE finding_evidence (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    finding_id TEXT NOT NULL REFERENCES finding(id), evidence_kind TEXT NOT NULL,
    evidence_id TEXT NOT NULL
);
CREATE INDEX finding_evidence_finding ON finding_evidence(finding_id);
CREATE INDEX finding_evidence_target ON finding_evidence(evidence_id);

CREATE TABLE allegation (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), interview_id TEXT REFERENCES interview(id),
    summary TEXT NOT NULL, consent_to_act INTEGER NOT NULL DEFAULT 0,
    medical_consistency TEXT, referral TEXT
);
CREATE INDEX allegation_visit ON allegation(visit_id);

CREATE TABLE reprisal_allegation (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT REFERENCES visit(id), pseudonym TEXT NOT NULL, what TEXT NOT NULL,
    occurred_on TEXT, assessment TEXT, actions TEXT
);

CREATE TABLE recommendation (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id), number INTEGER NOT NULL, text TEXT NOT NULL,
    addressee TEXT NOT NULL, level TEXT NOT NULL, priority TEXT NOT NULL, deadline TEXT,
    repeated_from TEXT REFERENCES recommendation(id), status TEXT NOT NULL
);
CREATE INDEX recommendation_visit ON recommendation(visit_id, number);
CREATE INDEX recommendation_status ON recommendation(status);

CREATE TABLE recommendation_finding (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id),
    finding_id TEXT NOT NULL REFERENCES finding(id)
);
CREATE INDEX recommendation_finding_rec ON recommendation_finding(recommendation_id);

CREATE TABLE recommendation_event (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    recommendation_id TEXT NOT NULL REFERENCES recommendation(id), kind TEXT NOT NULL,
    status TEXT NOT NULL, at INTEGER NOT NULL, visit_id TEXT REFERENCES visit(id),
    evidence TEXT, note TEXT
);
CREATE INDEX recommendation_event_rec ON recommendation_event(recommendation_id, at);

CREATE TABLE checklist_template (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    template_key TEXT NOT NULL, place_type TEXT NOT NULL, title TEXT NOT NULL,
    version INTEGER NOT NULL, definition TEXT NOT NULL
);
CREATE INDEX checklist_template_type ON checklist_template(place_type);

CREATE TABLE checklist_response (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    visit_id TEXT NOT NULL REFERENCES visit(id),
    template_id TEXT NOT NULL REFERENCES checklist_template(id), question_id TEXT NOT NULL,
    answer TEXT, notes TEXT, finding_id TEXT REFERENCES finding(id)
);
CREATE INDEX checklist_response_visit ON checklist_response(visit_id, question_id);

CREATE TABLE attachment (
    id TEXT PRIMARY KEY NOT NULL, created_at INTEGER NOT NULL, created_by TEXT NOT NULL,
    updated_hlc INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, scope TEXT NOT NULL,
    owner_kind TEXT NOT NULL, owner_id TEXT NOT NULL, file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 BLOB NOT NULL,
    file_key BLOB NOT NULL, thumbnail BLOB
);
CREATE INDEX attachment_owner ON attachment(owner_id);
)sql";

} // namespace vigil::schema
