#include "core/model/VocabularyLabels.h"

namespace vigil {

namespace {

// A source text in the vigil::VocabularyLabels context, and the comment that
// tells apart one English word with two meanings ("Issued" visit or
// recommendation), so each language can say them differently.
struct Text
{
    const char* source;
    const char* comment = nullptr;
};

struct Label
{
    const char* code;
    Text text;
};

// lupdate reads QT_TRANSLATE_NOOP only when written out, never through a macro.

constexpr Label kPlaceTypes[] = {
    {"prison", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Prison")},
    {"remand_centre", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Remand centre")},
    {"police_custody", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Police custody")},
    {"court_cells", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Court cells")},
    {"immigration_detention", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Immigration detention")},
    {"airport_transit_zone", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Airport transit zone")},
    {"psychiatric_hospital", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Psychiatric hospital")},
    {"social_care_home", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Social care home")},
    {"juvenile_centre", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Juvenile centre")},
    {"military_detention", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Military detention")},
    {"transport", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Transport")},
};
constexpr Label kOperators[] = {{"public", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Public")}, {"private", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Private")}};
constexpr Label kVisitTypes[] = {
    {"in_depth", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "In-depth")},
    {"follow_up", QT_TRANSLATE_NOOP3("vigil::VocabularyLabels", "Follow-up", "visit type")},
    {"ad_hoc", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Ad hoc")},
    {"thematic", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Thematic")},
};
constexpr Label kVisitStates[] = {
    {"planned", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Planned")},
    {"preparing", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Preparing")},
    {"on_site", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "On site")},
    {"fieldwork_closed", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Fieldwork closed")},
    {"drafting", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Drafting")},
    {"internal_review", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Internal review")},
    {"sent_to_authorities", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Sent to authorities")},
    {"issued", QT_TRANSLATE_NOOP3("vigil::VocabularyLabels", "Issued", "visit state")},
    {"published", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Published")},
    {"follow_up", QT_TRANSLATE_NOOP3("vigil::VocabularyLabels", "Follow-up", "visit state")},
    {"closed", QT_TRANSLATE_NOOP3("vigil::VocabularyLabels", "Closed", "visit state")},
};
constexpr Label kRecommendationStatuses[] = {
    {"draft", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Draft")},
    {"issued", QT_TRANSLATE_NOOP3("vigil::VocabularyLabels", "Issued", "recommendation status")},
    {"accepted", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Accepted")},
    {"partly_accepted", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Partly accepted")},
    {"rejected", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Rejected")},
    {"not_implemented", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Not implemented")},
    {"in_progress", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "In progress")},
    {"partly_implemented", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Partly implemented")},
    {"implemented", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Implemented")},
    {"closed", QT_TRANSLATE_NOOP3("vigil::VocabularyLabels", "Closed", "recommendation status")},
    {"reissued", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Reissued")},
};
constexpr Label kPriorities[] = {
    {"low", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Low")},
    {"medium", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Medium")},
    {"high", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "High")},
    {"urgent", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Urgent")},
};
constexpr Label kAddressees[] = {
    {"facility_management", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Facility management")},
    {"supervising_authority", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Supervising authority")},
    {"ministry", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Ministry")},
    {"legislature", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Legislature")},
};
constexpr Label kFindingCategories[] = {
    {"treatment", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Treatment")},
    {"protection", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Protection measures")},
    {"material_conditions", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Material conditions")},
    {"regime", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Regime and activities")},
    {"health_care", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Health care")},
    {"personnel", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Personnel")},
};
constexpr Label kRecordKinds[] = {
    {"finding", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Finding")},
    {"recommendation", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Recommendation")},
    {"observation", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Observation")},
    {"interview", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Interview")},
    {"register_check", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Register check")},
    {"access_event", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Access event")},
};
constexpr Label kRecordKindsPlural[] = {
    {"finding", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Findings")},
    {"recommendation", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Recommendations")},
    {"observation", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Observations")},
    {"interview", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Interviews")},
    {"register_check", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Register checks")},
    {"access_event", QT_TRANSLATE_NOOP("vigil::VocabularyLabels", "Access events")},
};
constexpr const char* kSearchableKinds[] = {"finding",   "recommendation", "observation",
                                            "interview", "register_check", "access_event"};


template <std::size_t N> QString lookup(const Label (&labels)[N], const QString& code)
{
    for (const Label& l : labels) {
        if (code == QLatin1StringView(l.code))
            return QCoreApplication::translate("vigil::VocabularyLabels", l.text.source, l.text.comment);
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
