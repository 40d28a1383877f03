#pragma once

// The stable codes stored for every enumeration of the monitoring record
// (DOMAIN.md §2-§6). Codes never change once released; labels for people
// come from model/VocabularyLabels (translatable).
namespace vigil::vocab {

inline constexpr const char* kScopes[] = {"org", "team", "medical", "coordinator"};
inline constexpr const char* kBodyKinds[] = {"npm", "member_body", "spt"};
inline constexpr const char* kPersonRoles[] = {"lead", "monitor", "medical", "interpreter",
                                               "expert", "coordinator"};
inline constexpr const char* kGenders[] = {"female", "male", "other", "undisclosed"};
inline constexpr const char* kPlaceTypes[] = {
    "prison",          "remand_centre",         "police_custody",
    "court_cells",     "immigration_detention", "airport_transit_zone",
    "psychiatric_hospital", "social_care_home", "juvenile_centre",
    "military_detention",   "transport"};
inline constexpr const char* kOperators[] = {"public", "private"};
inline constexpr const char* kVisitTypes[] = {"in_depth", "follow_up", "ad_hoc", "thematic"};
inline constexpr const char* kVisitStates[] = {
    "planned",  "preparing",       "on_site",             "fieldwork_closed",
    "drafting", "internal_review", "sent_to_authorities", "issued",
    "published", "follow_up",      "closed"};
inline constexpr const char* kAccessEventKinds[] = {"refusal", "delay", "obstruction"};
inline constexpr const char* kInterviewKinds[] = {"individual_private", "group", "staff",
                                                  "management", "external"};
inline constexpr const char* kInterpreters[] = {"none", "professional", "staff", "co_detainee"};
inline constexpr const char* kVulnerabilities[] = {"woman",    "child",      "disability",
                                                   "lgbti",    "minority",   "indigenous",
                                                   "foreign_national", "older_person"};
inline constexpr const char* kReprisalRisks[] = {"low", "medium", "high"};
inline constexpr const char* kChosenBy[] = {"team", "staff", "self_referred"};
inline constexpr const char* kConsentScopes[] = {"aggregate_only", "quote_anonymously", "use_name",
                                                 "share_with_authorities", "refer_case"};
inline constexpr const char* kConsentAdaptations[] = {"child", "intellectual_disability",
                                                      "psychosocial_disability"};
inline constexpr const char* kObservationKinds[] = {"observation", "photo",            "sketch",
                                                    "measurement", "register_extract", "document"};
inline constexpr const char* kRegisterTypes[] = {"custody",     "disciplinary", "use_of_force",
                                                 "segregation", "medical",      "complaints",
                                                 "incidents_deaths"};
inline constexpr const char* kRegisterAnomalies[] = {"gaps",         "erasures",
                                                     "late_entries", "unsigned_sanctions",
                                                     "missing",      "inconsistent"};
inline constexpr const char* kFindingCategories[] = {"treatment",   "protection",
                                                     "material_conditions", "regime",
                                                     "health_care", "personnel"};
inline constexpr const char* kSeverities[] = {"low", "medium", "high", "urgent"};
inline constexpr const char* kEvidenceKinds[] = {"interview",    "observation",
                                                 "register_check", "access_event",
                                                 "attachment",   "checklist_response"};
inline constexpr const char* kMedicalConsistency[] = {"not_consistent", "consistent",
                                                      "highly_consistent", "typical",
                                                      "diagnostic"};
inline constexpr const char* kAddressees[] = {"facility_management", "supervising_authority",
                                              "ministry", "legislature"};
inline constexpr const char* kRecommendationLevels[] = {"place", "systemic"};
inline constexpr const char* kPriorities[] = {"low", "medium", "high", "urgent"};
inline constexpr const char* kRecommendationStatuses[] = {
    "draft",          "issued",          "accepted",    "partly_accepted",
    "rejected",       "not_implemented", "in_progress", "partly_implemented",
    "implemented",    "closed",          "reissued"};
inline constexpr const char* kRecommendationEventKinds[] = {"issued", "response",
                                                            "implementation_check", "closed",
                                                            "reissued"};
// Report kinds (report::kindCode) and the lead inspector's report edits (docs/reports.md).
inline constexpr const char* kReportKinds[] = {"internal", "authorities", "public"};
inline constexpr const char* kReportItemKinds[] = {"edit", "quote", "paragraph"};
inline constexpr const char* kAttachmentOwners[] = {"visit",   "interview",      "observation",
                                                    "finding", "register_check", "access_event"};

} // namespace vigil::vocab
