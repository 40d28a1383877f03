#pragma once

#include <QString>
#include <span>

// The fixed, fictional content of the demo vault (DemoData): the National
// Preventive Mechanism of "Westland", its team, its places of detention and
// visit plan, and pools of texts written the way monitors write them. Every
// name is invented. The texts are data, not user interface, so they are not
// marked for translation.
//
// Texts may hold placeholders that DemoData fills per visit: {place}, {unit},
// {person} and {persons} (prisoner, patient, resident, child, ... by type of
// place), {capacity}, {population}, {n} (a small number), {days}, {hours}.
namespace vigil::demo {

// The pools hold UTF-8 texts and vocabulary codes.
inline QString str(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
inline bool is(const QString& code, const char* expected)
{
    return code == QLatin1StringView(expected);
}

struct PersonSeed
{
    const char* name;
    const char* role;   // vocab::kPersonRoles
    const char* gender; // vocab::kGenders
    const char* languages;
};

struct UnitSeed
{
    const char* name;
    const char* kind;
    int capacity;
};

struct PlaceSeed
{
    const char* name;
    const char* type;         // vocab::kPlaceTypes
    const char* operatorKind; // vocab::kOperators
    const char* authority;
    const char* address;
    int capacity;
    int population; // above capacity where the place is overcrowded
    const char* riskNotes;
    std::span<const UnitSeed> units;
};

// One visit of the plan, in chronological order. day 0: drawn at random.
struct VisitSeed
{
    int year;
    int month;
    int day;
    int place;        // index into places()
    const char* type; // vocab::kVisitTypes
    bool unannounced;
    int days;               // on site
    const char* objectives; // nullptr: from objectivePool(type)
};

// A finding the team may reach, with the recommendation it leads to.
struct FindingSeed
{
    const char* category;   // vocab::kFindingCategories
    const char* placeTypes; // comma-separated vocab::kPlaceTypes; nullptr: any place
    const char* severity;   // vocab::kSeverities
    bool goodPractice;
    const char* subcategory;
    const char* title;
    const char* facts;
    const char* analysis;
    const char* standards;
    const char* registerType;   // the register that documents it, or nullptr
    const char* recommendation; // nullptr for good practice
    const char* addressee;      // vocab::kAddressees
    const char* level;          // vocab::kRecommendationLevels
};

struct ObservationSeed
{
    const char* category;
    const char* placeTypes;
    const char* kind; // vocab::kObservationKinds
    const char* title;
    const char* notes;
};

// What an interviewee said, by who speaks: "detainee", "group", "staff",
// "management" or "external".
struct NoteSeed
{
    const char* speaker;
    const char* category;
    const char* placeTypes;
    const char* topics; // comma-separated
    const char* text;
};

struct RegisterSeed
{
    const char* registerType; // vocab::kRegisterTypes
    const char* anomalies;    // comma-separated vocab::kRegisterAnomalies
    const char* notes;
};

struct AccessSeed
{
    const char* kind; // vocab::kAccessEventKinds
    const char* placeTypes;
    const char* area;
    const char* official;
    const char* description;
    int delayMinutes; // 0: none
};

struct AllegationSeed
{
    const char* placeTypes;
    const char* summary;
    const char* medicalConsistency; // vocab::kMedicalConsistency
    const char* referral;
};

struct ReprisalSeed
{
    const char* what;
    const char* assessment;
    const char* actions;
};

// Text for a lifecycle step: an authority's reply or an implementation check.
struct StepSeed
{
    const char* status; // vocab::kRecommendationStatuses
    const char* text;
};

struct BodySeed
{
    const char* name;
    const char* kind;
    const char* country;
    const char* languages;
};

// DemoContent.cpp
std::span<const BodySeed> bodies(); // the NPM first, then its member bodies
std::span<const PersonSeed> people();
std::span<const PlaceSeed> places();
std::span<const VisitSeed> visitPlan();
std::span<const char* const> objectivePool(const QString& visitType);
// The word for the people held there: {person}, {persons}.
const char* personWord(const QString& placeType, bool plural);
bool fits(const char* placeTypes, const QString& placeType);
std::span<const StepSeed> responsePool();       // accepted, partly_accepted, rejected
std::span<const StepSeed> implementationPool(); // the four implementation statuses

// DemoFindingPool.cpp: every finding; DemoFindingPoolCare.cpp: regime,
// health care and personnel.
std::span<const FindingSeed> findingPool();
std::span<const FindingSeed> findingPoolCare();

// DemoFieldworkPool.cpp
std::span<const ObservationSeed> observationPool();
std::span<const NoteSeed> notePool();
std::span<const RegisterSeed> registerPool();
std::span<const AccessSeed> accessPool();
std::span<const char* const> interviewLocations(const QString& placeType);
std::span<const char* const> reprisalAnswers(); // what people said when asked about consequences
std::span<const AllegationSeed> allegationPool();
std::span<const ReprisalSeed> reprisalPool();
std::span<const char* const> checklistNotes();

} // namespace vigil::demo
