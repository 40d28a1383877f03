#include "ui/models/VocabularyLabels.h"

namespace vigil {

namespace {

struct Label
{
    const char* code;
    const char* text; // source text in the vigil::VocabularyLabels context
};

#define VL(text) QT_TRANSLATE_NOOP("vigil::VocabularyLabels", text)

constexpr Label kPlaceTypes[] = {
    {"prison", VL("Prison")},
    {"remand_centre", VL("Remand centre")},
    {"police_custody", VL("Police custody")},
    {"court_cells", VL("Court cells")},
    {"immigration_detention", VL("Immigration detention")},
    {"airport_transit_zone", VL("Airport transit zone")},
    {"psychiatric_hospital", VL("Psychiatric hospital")},
    {"social_care_home", VL("Social care home")},
    {"juvenile_centre", VL("Juvenile centre")},
    {"military_detention", VL("Military detention")},
    {"transport", VL("Transport")},
};
constexpr Label kOperators[] = {{"public", VL("Public")}, {"private", VL("Private")}};
constexpr Label kVisitTypes[] = {
    {"in_depth", VL("In-depth")},
    {"follow_up", VL("Follow-up")},
    {"ad_hoc", VL("Ad hoc")},
    {"thematic", VL("Thematic")},
};
constexpr Label kVisitStates[] = {
    {"planned", VL("Planned")},
    {"preparing", VL("Preparing")},
    {"on_site", VL("On site")},
    {"fieldwork_closed", VL("Fieldwork closed")},
    {"drafting", VL("Drafting")},
    {"internal_review", VL("Internal review")},
    {"sent_to_authorities", VL("Sent to authorities")},
    {"issued", VL("Issued")},
    {"published", VL("Published")},
    {"follow_up", VL("Follow-up")},
    {"closed", VL("Closed")},
};
constexpr Label kRecommendationStatuses[] = {
    {"draft", VL("Draft")},
    {"issued", VL("Issued")},
    {"accepted", VL("Accepted")},
    {"partly_accepted", VL("Partly accepted")},
    {"rejected", VL("Rejected")},
    {"not_implemented", VL("Not implemented")},
    {"in_progress", VL("In progress")},
    {"partly_implemented", VL("Partly implemented")},
    {"implemented", VL("Implemented")},
    {"closed", VL("Closed")},
    {"reissued", VL("Reissued")},
};
constexpr Label kPriorities[] = {
    {"low", VL("Low")},
    {"medium", VL("Medium")},
    {"high", VL("High")},
    {"urgent", VL("Urgent")},
};
constexpr Label kAddressees[] = {
    {"facility_management", VL("Facility management")},
    {"supervising_authority", VL("Supervising authority")},
    {"ministry", VL("Ministry")},
    {"legislature", VL("Legislature")},
};
constexpr Label kFindingCategories[] = {
    {"treatment", VL("Treatment")},
    {"protection", VL("Protection measures")},
    {"material_conditions", VL("Material conditions")},
    {"regime", VL("Regime and activities")},
    {"health_care", VL("Health care")},
    {"personnel", VL("Personnel")},
};
constexpr Label kRecordKinds[] = {
    {"finding", VL("Finding")},
    {"recommendation", VL("Recommendation")},
    {"observation", VL("Observation")},
    {"interview", VL("Interview")},
    {"register_check", VL("Register check")},
    {"access_event", VL("Access event")},
};
constexpr Label kRecordKindsPlural[] = {
    {"finding", VL("Findings")},
    {"recommendation", VL("Recommendations")},
    {"observation", VL("Observations")},
    {"interview", VL("Interviews")},
    {"register_check", VL("Register checks")},
    {"access_event", VL("Access events")},
};
constexpr const char* kSearchableKinds[] = {"finding",   "recommendation", "observation",
                                            "interview", "register_check", "access_event"};

#undef VL

template <std::size_t N> QString lookup(const Label (&labels)[N], const QString& code)
{
    for (const Label& l : labels) {
        if (code == QLatin1StringView(l.code))
            return QCoreApplication::translate("vigil::VocabularyLabels", l.text);
    }
    return code;
}

} // namespace

QString VocabularyLabels::placeType(const QString& code)
{
    return lookup(kPlaceTypes, code);
}

QString VocabularyLabels::operatorKind(const QString& code)
{
    return lookup(kOperators, code);
}

QString VocabularyLabels::visitType(const QString& code)
{
    return lookup(kVisitTypes, code);
}

QString VocabularyLabels::visitState(const QString& code)
{
    return lookup(kVisitStates, code);
}

QString VocabularyLabels::recommendationStatus(const QString& code)
{
    return lookup(kRecommendationStatuses, code);
}

QString VocabularyLabels::priority(const QString& code)
{
    return lookup(kPriorities, code);
}

QString VocabularyLabels::addressee(const QString& code)
{
    return lookup(kAddressees, code);
}

QString VocabularyLabels::findingCategory(const QString& code)
{
    return lookup(kFindingCategories, code);
}

QString VocabularyLabels::recordKind(const QString& entity)
{
    return lookup(kRecordKinds, entity);
}

QString VocabularyLabels::recordKindPlural(const QString& entity)
{
    return lookup(kRecordKindsPlural, entity);
}

std::span<const char* const> VocabularyLabels::searchableKinds()
{
    return kSearchableKinds;
}

} // namespace vigil
