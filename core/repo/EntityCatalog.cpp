#include "core/repo/EntityCatalog.h"

#include "core/model/Vocabulary.h"

namespace vigil::catalog {

namespace {

using T = FieldType;
constexpr qint64 kBig = 10'000'000;

constexpr FieldSpec kBodyFields[] = {
    {"name", T::Text, true},
    {"kind", T::Enum, true, vocab::kBodyKinds},
    {"parent_id", T::Ref, false, {}, "body"},
    {"country", T::Text},
    {"languages", T::Text},
};
constexpr FieldSpec kPersonFields[] = {
    {"name", T::Text, true},
    {"role", T::Enum, true, vocab::kPersonRoles},
    {"gender", T::Enum, false, vocab::kGenders},
    {"languages", T::Text},
    {"device_id", T::Text},
    {"body_id", T::Ref, false, {}, "body"},
};
constexpr FieldSpec kPlaceFields[] = {
    {"name", T::Text, true},
    {"type", T::Enum, true, vocab::kPlaceTypes},
    {"operator", T::Enum, true, vocab::kOperators},
    {"authority", T::Text},
    {"address", T::Text},
    {"capacity", T::Integer, false, {}, nullptr, 0, kBig},
    {"population", T::Integer, false, {}, nullptr, 0, kBig},
    {"risk_notes", T::Prose},
    {"body_id", T::Ref, false, {}, "body"},
};
constexpr FieldSpec kPlaceUnitFields[] = {
    {"place_id", T::Ref, true, {}, "place"},
    {"name", T::Text, true},
    {"kind", T::Text},
    {"capacity", T::Integer, false, {}, nullptr, 0, kBig},
};
constexpr FieldSpec kVisitFields[] = {
    {"place_id", T::Ref, true, {}, "place"},
    {"type", T::Enum, true, vocab::kVisitTypes},
    {"unannounced", T::Boolean, true},
    {"planned_start", T::Instant},
    {"planned_end", T::Instant},
    {"actual_start", T::Instant},
    {"actual_end", T::Instant},
    {"objectives", T::Prose},
    {"state", T::Enum, true, vocab::kVisitStates},
    {"language", T::Text},
};
constexpr FieldSpec kVisitMemberFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"person_id", T::Ref, true, {}, "person"},
    {"role", T::Enum, true, vocab::kPersonRoles},
};
constexpr FieldSpec kVisitTransitionFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"from_state", T::Enum, true, vocab::kVisitStates},
    {"to_state", T::Enum, true, vocab::kVisitStates},
    {"at", T::Instant, true},
    {"note", T::Text},
};
constexpr FieldSpec kAccessEventFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"kind", T::Enum, true, vocab::kAccessEventKinds},
    {"occurred_at", T::Instant, true},
    {"area", T::Text},
    {"official", T::Text},
    {"description", T::Prose},
    {"delay_minutes", T::Integer, false, {}, nullptr, 0, 100000},
};
constexpr FieldSpec kInterviewFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"kind", T::Enum, true, vocab::kInterviewKinds},
    {"without_witnesses", T::Boolean, true},
    {"location", T::Text},
    {"unit_id", T::Ref, false, {}, "place_unit"},
    {"interpreter", T::Enum, true, vocab::kInterpreters},
    {"pseudonym", T::Text, true},
    {"vulnerabilities", T::Flags, false, vocab::kVulnerabilities},
    {"reprisal_risk", T::Enum, true, vocab::kReprisalRisks},
    {"topics", T::Text},
    {"notes", T::Prose},
    {"follow_up", T::Boolean},
    {"chosen_by", T::Enum, true, vocab::kChosenBy},
    {"interviewer_gender_requested", T::Enum, false, vocab::kGenders},
    {"held_at", T::Instant},
    {"consent_withdrawn", T::Boolean},
};
constexpr FieldSpec kConsentRecordFields[] = {
    {"interview_id", T::Ref, true, {}, "interview"},
    {"scopes", T::Flags, true, vocab::kConsentScopes},
    {"adapted_for", T::Enum, false, vocab::kConsentAdaptations},
    {"recorded_at", T::Instant, true},
    {"withdrawn_at", T::Instant},
};
constexpr FieldSpec kIdentityEntryFields[] = {
    {"interview_id", T::Ref, true, {}, "interview"},
    {"sealed", T::Blob, true},
};
constexpr FieldSpec kObservationFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"kind", T::Enum, true, vocab::kObservationKinds},
    {"unit_id", T::Ref, false, {}, "place_unit"},
    {"observed_at", T::Instant},
    {"title", T::Text, true},
    {"notes", T::Prose},
};
constexpr FieldSpec kRegisterCheckFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"register_type", T::Enum, true, vocab::kRegisterTypes},
    {"period_from", T::Date},
    {"period_to", T::Date},
    {"anomalies", T::Flags, false, vocab::kRegisterAnomalies},
    {"notes", T::Prose},
};
constexpr FieldSpec kFindingFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"category", T::Enum, true, vocab::kFindingCategories},
    {"subcategory", T::Text},
    {"title", T::Text, true},
    {"facts", T::Prose},
    {"analysis", T::Prose},
    {"severity", T::Enum, true, vocab::kSeverities},
    {"sources", T::Integer, false, {}, nullptr, 0, 10000},
    {"standards", T::Text},
    {"good_practice", T::Boolean},
};
constexpr FieldSpec kFindingEvidenceFields[] = {
    {"finding_id", T::Ref, true, {}, "finding"},
    {"evidence_kind", T::Enum, true, vocab::kEvidenceKinds},
    {"evidence_id", T::Text, true},
};
constexpr FieldSpec kAllegationFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"interview_id", T::Ref, false, {}, "interview"},
    {"summary", T::Prose, true},
    {"consent_to_act", T::Boolean},
    {"medical_consistency", T::Enum, false, vocab::kMedicalConsistency},
    {"referral", T::Text},
};
constexpr FieldSpec kReprisalAllegationFields[] = {
    {"visit_id", T::Ref, false, {}, "visit"},
    {"pseudonym", T::Text, true},
    {"what", T::Prose, true},
    {"occurred_on", T::Date},
    {"assessment", T::Prose},
    {"actions", T::Prose},
};
constexpr FieldSpec kRecommendationFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"number", T::Integer, true, {}, nullptr, 1, 100000},
    {"text", T::Prose, true},
    {"addressee", T::Enum, true, vocab::kAddressees},
    {"level", T::Enum, true, vocab::kRecommendationLevels},
    {"priority", T::Enum, true, vocab::kPriorities},
    {"deadline", T::Date},
    {"repeated_from", T::Ref, false, {}, "recommendation"},
    {"status", T::Enum, true, vocab::kRecommendationStatuses},
};
constexpr FieldSpec kRecommendationFindingFields[] = {
    {"recommendation_id", T::Ref, true, {}, "recommendation"},
    {"finding_id", T::Ref, true, {}, "finding"},
};
constexpr FieldSpec kRecommendationEventFields[] = {
    {"recommendation_id", T::Ref, true, {}, "recommendation"},
    {"kind", T::Enum, true, vocab::kRecommendationEventKinds},
    {"status", T::Enum, true, vocab::kRecommendationStatuses},
    {"at", T::Instant, true},
    {"visit_id", T::Ref, false, {}, "visit"},
    {"evidence", T::Prose},
    {"note", T::Prose},
};
constexpr FieldSpec kChecklistTemplateFields[] = {
    {"template_key", T::Text, true},
    {"place_type", T::Enum, true, vocab::kPlaceTypes},
    {"title", T::Text, true},
    {"version", T::Integer, true, {}, nullptr, 1, 1000000},
    {"definition", T::Prose, true}, // a whole template: longer than Text allows
};
constexpr FieldSpec kChecklistResponseFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"template_id", T::Ref, true, {}, "checklist_template"},
    {"question_id", T::Text, true},
    {"answer", T::Text},
    {"notes", T::Prose},
    {"finding_id", T::Ref, false, {}, "finding"},
};
constexpr FieldSpec kAttachmentFields[] = {
    {"owner_kind", T::Enum, true, vocab::kAttachmentOwners},
    {"owner_id", T::Text, true},
    {"file_name", T::Text, true},
    {"mime_type", T::Text, true},
    {"size", T::Integer, true, {}, nullptr, 0, 0},
    {"sha256", T::Blob, true},
    {"file_key", T::Blob, true},
    {"thumbnail", T::Blob},
};
constexpr FieldSpec kReportItemFields[] = {
    {"visit_id", T::Ref, true, {}, "visit"},
    {"kind", T::Enum, true, vocab::kReportItemKinds},
    {"item_key", T::Text},
    {"text", T::Prose},
    {"excluded_kinds", T::Flags, false, vocab::kReportKinds},
    // A sort key among siblings, either side of the builder's defaults.
    {"position", T::Integer, false, {}, nullptr, -1'000'000'000'000, 1'000'000'000'000},
    {"interview_id", T::Ref, false, {}, "interview"},
    {"anchor_key", T::Text},
};

} // namespace

const EntitySpec kBody{"body", "body", "org", kBodyFields};
const EntitySpec kPerson{"person", "person", "org", kPersonFields};
const EntitySpec kPlace{"place", "place", "org", kPlaceFields};
const EntitySpec kPlaceUnit{"place_unit", "place_unit", "org", kPlaceUnitFields};
const EntitySpec kVisit{"visit", "visit", "team", kVisitFields};
const EntitySpec kVisitMember{"visit_member", "visit_member", "team", kVisitMemberFields};
const EntitySpec kVisitTransition{"visit_transition", "visit_transition", "team",
                                  kVisitTransitionFields};
const EntitySpec kAccessEvent{"access_event", "access_event", "team", kAccessEventFields};
const EntitySpec kInterview{"interview", "interview", "team", kInterviewFields};
const EntitySpec kConsentRecord{"consent_record", "consent_record", "team", kConsentRecordFields};
const EntitySpec kIdentityEntry{"identity_entry", "identity_entry", "coordinator",
                                kIdentityEntryFields};
const EntitySpec kObservation{"observation", "observation", "team", kObservationFields};
const EntitySpec kRegisterCheck{"register_check", "register_check", "team", kRegisterCheckFields};
const EntitySpec kFinding{"finding", "finding", "team", kFindingFields};
const EntitySpec kFindingEvidence{"finding_evidence", "finding_evidence", "team",
                                  kFindingEvidenceFields};
const EntitySpec kAllegation{"allegation", "allegation", "team", kAllegationFields};
const EntitySpec kReprisalAllegation{"reprisal_allegation", "reprisal_allegation", "coordinator",
                                     kReprisalAllegationFields};
const EntitySpec kRecommendation{"recommendation", "recommendation", "team",
                                 kRecommendationFields};
const EntitySpec kRecommendationFinding{"recommendation_finding", "recommendation_finding", "team",
                                        kRecommendationFindingFields};
const EntitySpec kRecommendationEvent{"recommendation_event", "recommendation_event", "team",
                                      kRecommendationEventFields};
const EntitySpec kChecklistTemplate{"checklist_template", "checklist_template", "org",
                                    kChecklistTemplateFields};
const EntitySpec kChecklistResponse{"checklist_response", "checklist_response", "team",
                                    kChecklistResponseFields};
const EntitySpec kAttachment{"attachment", "attachment", "team", kAttachmentFields};
const EntitySpec kReportItem{"report_item", "report_item", "team", kReportItemFields};

namespace {
const EntitySpec* const kAll[] = {
    &kBody,        &kPerson,           &kPlace,          &kPlaceUnit,
    &kVisit,       &kVisitMember,      &kVisitTransition, &kAccessEvent,
    &kInterview,   &kConsentRecord,    &kIdentityEntry,  &kObservation,
    &kRegisterCheck, &kFinding,        &kFindingEvidence, &kAllegation,
    &kReprisalAllegation, &kRecommendation, &kRecommendationFinding, &kRecommendationEvent,
    &kChecklistTemplate, &kChecklistResponse, &kAttachment, &kReportItem};
} // namespace

std::span<const EntitySpec* const> all()
{
    return kAll;
}

const EntitySpec* byEntity(QLatin1StringView entity)
{
    for (const EntitySpec* spec : kAll) {
        if (entity == QLatin1StringView(spec->entity))
            return spec;
    }
    return nullptr;
}

} // namespace vigil::catalog
