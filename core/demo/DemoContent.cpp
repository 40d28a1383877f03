#include "core/demo/DemoContent.h"

#include <QStringList>

namespace vigil::demo {

namespace {

constexpr BodySeed kBodies[] = {
    {"National Preventive Mechanism of Westland", "npm", "Westland", "en,fr"},
    {"Office of the Children's Commissioner of Westland", "member_body", "Westland", "en"},
};

constexpr PersonSeed kPeople[] = {
    {"Maren Olvik", "lead", "female", "en,fr"},
    {"Tobias Rennard", "lead", "male", "en,de"},
    {"Amara Nwosu-Field", "monitor", "female", "en"},
    {"Jonas Ekberg", "monitor", "male", "en,sv"},
    {"Leila Haddad-Morin", "monitor", "female", "en,ar,fr"},
    {"Dr Ines Marwood", "medical", "female", "en,es"},
    {"Dr Samuel Achterberg", "medical", "male", "en,de"},
    {"Rami Toufic", "interpreter", "male", "ar,fr,en"},
    {"Dr Clara Vennholm", "expert", "female", "en,fr"},
};

constexpr UnitSeed kVarnholtUnits[] = {
    {"A Wing (remand overflow)", "wing", 160}, {"B Wing", "wing", 180},
    {"C Wing (long sentences)", "wing", 200},  {"Segregation Unit", "segregation", 24},
    {"Health Care Centre", "health", 20},
};
constexpr UnitSeed kKestrowUnits[] = {
    {"Main House", "wing", 110},
    {"Mother and Baby Unit", "wing", 8},
    {"Kestrel Unit (high support)", "wing", 18},
    {"Reception and Induction", "reception", 12},
};
constexpr UnitSeed kCorvenUnits[] = {
    {"East Block", "block", 140},           {"West Block", "block", 140},
    {"Women's Unit", "wing", 36},           {"Reception", "reception", 16},
    {"Punishment Cells", "segregation", 8},
};
constexpr UnitSeed kDunmereUnits[] = {
    {"Custody Suite", "cells", 16},
    {"Detention Room (juveniles)", "cells", 2},
    {"Interview Rooms", "other", 0},
};
constexpr UnitSeed kPellamUnits[] = {
    {"Cell Corridor", "cells", 8},
    {"Holding Room", "cells", 4},
};
constexpr UnitSeed kCourtUnits[] = {
    {"Men's Holding Cells", "cells", 28},
    {"Women's and Juveniles' Cells", "cells", 8},
    {"Legal Visits Booths", "other", 0},
};
constexpr UnitSeed kBriskUnits[] = {
    {"Residential Block A (men)", "block", 120},
    {"Residential Block B (families and women)", "block", 60},
    {"Care and Separation Unit", "segregation", 10},
    {"Clinic", "health", 6},
};
constexpr UnitSeed kAirportUnits[] = {
    {"Holding Rooms, Terminal 2 Transit Area", "rooms", 16},
    {"Family Room", "rooms", 8},
};
constexpr UnitSeed kOstvaleUnits[] = {
    {"Ward 3 (acute, men)", "ward", 24},
    {"Ward 4 (acute, women)", "ward", 20},
    {"Ward 7 (forensic)", "ward", 30},
    {"Seclusion Suite", "seclusion", 4},
};
constexpr UnitSeed kLindhollowUnits[] = {
    {"Birch Corridor (dementia care)", "floor", 30},
    {"Rowan Corridor", "floor", 34},
    {"Closed Garden Unit", "floor", 12},
};
constexpr UnitSeed kSaltreachUnits[] = {
    {"Harbour House (boys)", "house", 20},
    {"Lantern House (girls)", "house", 8},
    {"Admissions House", "house", 6},
    {"School Block", "other", 0},
};
constexpr UnitSeed kGaldanUnits[] = {
    {"Guardhouse Cells", "cells", 12},
    {"Disciplinary Block", "cells", 10},
};

constexpr PlaceSeed kPlaces[] = {
    {"Varnholt Central Prison", "prison", "public",
     "Prison Service of Westland (Ministry of Justice)", "2 Quarry Lane, Varnholt", 620, 784,
     "Chronic overcrowding since the closure of the Tarrow prison; A Wing holds remand prisoners "
     "in converted workshops. Two deaths in custody in 2023. Segregation used for long periods.",
     kVarnholtUnits},
    {"Kestrow Women's Prison", "prison", "public",
     "Prison Service of Westland (Ministry of Justice)", "40 Mill Road, Kestrow", 150, 131,
     "The only women's prison in the country: long journeys for families. Mother and baby unit. "
     "High rate of self-harm reported in 2023.",
     kKestrowUnits},
    {"Corven Remand Centre", "remand_centre", "public",
     "Prison Service of Westland (Ministry of Justice)", "Harbour Road 1, Corven", 340, 468,
     "Severe overcrowding: remand prisoners sleep on mattresses on the floor in East Block. "
     "Lengthy pre-trial detention; lawyers report difficulty in booking visits.",
     kCorvenUnits},
    {"Dunmere Central Police Station", "police_custody", "public",
     "Westland National Police, Dunmere District", "Station Square 5, Dunmere", 18, 11,
     "Busiest custody suite in the country. Allegations of ill-treatment during arrest and in "
     "the first hours of custody in NGO reports.",
     kDunmereUnits},
    {"Pellam Road Police Station", "police_custody", "public",
     "Westland National Police, Ostvale District", "Pellam Road 88, Ostvale", 12, 6,
     "Old building; cells without natural light. Juveniles sometimes held overnight.",
     kPellamUnits},
    {"Varnholt District Court Cells", "court_cells", "public",
     "Court Administration Service of Westland", "Justice Square 1, Varnholt", 36, 22,
     "Holding cells in the court basement; people wait for hours without food on busy days.",
     kCourtUnits},
    {"Brisk Harbour Immigration Detention Centre", "immigration_detention", "private",
     "Westland Migration Agency; operated under contract by Norward Secure Services Ltd",
     "Old Ferry Terminal, Brisk Harbour", 200, 212,
     "Privately operated. Families with children detained in Block B. Hunger strikes in 2023; "
     "limited access to independent legal advice.",
     kBriskUnits},
    {"Tarrowby International Airport Transit Zone", "airport_transit_zone", "public",
     "Border Police of Westland", "Terminal 2, Tarrowby International Airport", 24, 7,
     "People refused entry held for days in rooms without daylight; the Border Police do not "
     "consider them deprived of liberty.",
     kAirportUnits},
    {"Ostvale State Psychiatric Hospital", "psychiatric_hospital", "public",
     "Ministry of Health of Westland", "Hospital Hill 3, Ostvale", 80, 92,
     "Involuntary placements rising; overcrowding on the acute wards. Use of mechanical "
     "restraint and seclusion not centrally recorded.",
     kOstvaleUnits},
    {"Lindhollow House", "social_care_home", "private",
     "Licensed by the Ministry of Social Affairs; owned by Lindhollow Care Ltd",
     "Lindhollow Lane 12, Dunmere", 76, 74,
     "Residents with dementia behind keypad doors without a legal decision. Staffing shortages "
     "at night.",
     kLindhollowUnits},
    {"Saltreach Juvenile Centre", "juvenile_centre", "public", "Youth Justice Agency of Westland",
     "Cliff Road 20, Saltreach", 34, 29,
     "Children aged 14 to 17. Allegations of peer violence and of single separation used as a "
     "punishment. Girls held in a small separate house.",
     kSaltreachUnits},
    {"Fort Galdan Military Detention Facility", "military_detention", "public",
     "Ministry of Defence of Westland, Military Police Command", "Fort Galdan, Varnholt", 22, 9,
     "Conscripts detained for disciplinary offences; access for civilian monitors contested "
     "until 2024.",
     kGaldanUnits},
};

// Chronological: the lifecycle of each visit runs from these dates (DemoData).
constexpr VisitSeed kPlan[] = {
    {2024, 1, 0, 0, "in_depth", true, 3, nullptr},
    {2024, 2, 0, 3, "in_depth", true, 1, nullptr},
    {2024, 3, 5, 6, "in_depth", true, 2, nullptr},
    {2024, 3, 25, 10, "in_depth", false, 2,
     "First visit to the juvenile centre, announced two weeks ahead so that the children's "
     "commissioner could join. Focus on separation, education and contact with families."},
    {2024, 4, 0, 8, "in_depth", true, 2, nullptr},
    {2024, 5, 0, 4, "in_depth", true, 1, nullptr},
    {2024, 6, 4, 2, "in_depth", true, 2, nullptr},
    {2024, 6, 24, 7, "ad_hoc", true, 1,
     "Reactive visit after a lawyer reported that a family with two children had been held in "
     "the transit zone for six days without access to an asylum procedure."},
    {2024, 7, 0, 9, "in_depth", true, 1, nullptr},
    {2024, 9, 10, 1, "in_depth", true, 2, nullptr},
    {2024, 9, 30, 0, "follow_up", true, 1, nullptr},
    {2024, 10, 0, 11, "in_depth", false, 1,
     "First visit by a civilian monitoring body to the facility, announced as agreed with the "
     "Ministry of Defence; test unrestricted access to all areas and private interviews."},
    {2024, 11, 6, 3, "thematic", true, 1,
     "Thematic visit on the first hours of police custody: information on rights, notification "
     "of a relative, access to a lawyer and to a doctor before questioning."},
    {2024, 11, 26, 5, "in_depth", true, 1, nullptr},
    {2025, 1, 0, 6, "follow_up", true, 1, nullptr},
    {2025, 2, 4, 4, "thematic", true, 1,
     "Thematic visit on the first hours of police custody (second station): compare practice "
     "with Dunmere and check custody records against the law on police detention."},
    {2025, 2, 24, 10, "follow_up", true, 1, nullptr},
    {2025, 3, 0, 2, "follow_up", true, 1, nullptr},
    {2025, 4, 7, 8, "follow_up", true, 1, nullptr},
    {2025, 4, 28, 0, "ad_hoc", true, 1,
     "Reactive visit after the death of a prisoner in the Segregation Unit and reports of a "
     "collective punishment on B Wing following a protest."},
    {2025, 6, 3, 9, "follow_up", true, 1, nullptr},
    {2025, 6, 23, 3, "follow_up", true, 1, nullptr},
    {2025, 7, 0, 1, "follow_up", true, 1, nullptr},
    {2025, 9, 9, 6, "thematic", true, 2,
     "Thematic visit on health care in immigration detention: screening on arrival, mental "
     "health, hunger strikes, and confidentiality of medical consultations."},
    {2025, 10, 6, 11, "follow_up", true, 1, nullptr},
    {2025, 10, 20, 0, "in_depth", true, 3, nullptr},
    {2025, 11, 0, 4, "follow_up", true, 1, nullptr},
    {2025, 12, 8, 2, "ad_hoc", true, 1,
     "Reactive visit after lawyers reported that remand prisoners were being held in the "
     "punishment cells without a disciplinary decision."},
    {2026, 1, 0, 10, "in_depth", true, 2, nullptr},
    {2026, 2, 0, 5, "follow_up", true, 1, nullptr},
    {2026, 3, 0, 6, "follow_up", true, 1, nullptr},
    {2026, 4, 0, 8, "in_depth", true, 2, nullptr},
    {2026, 5, 0, 3, "ad_hoc", true, 1,
     "Reactive visit after a video of an arrest circulated on social media; check custody "
     "records and medical examinations of the people arrested that night."},
    {2026, 6, 0, 1, "in_depth", true, 2, nullptr},
    {2026, 7, 14, 7, "in_depth", true, 1, nullptr},
    {2026, 10, 5, 9, "in_depth", true, 1, nullptr},
    {2026, 10, 27, 11, "follow_up", true, 1, nullptr},
    {2026, 11, 18, 2, "in_depth", true, 3, nullptr},
    {2026, 12, 8, 4, "follow_up", true, 1, nullptr},
    {2026, 12, 15, 0, "follow_up", true, 2, nullptr},
};

constexpr const char* kInDepth[] = {
    "Full unannounced visit: tour of all areas, private interviews in every unit, review of the "
    "custody, disciplinary and use-of-force registers, meeting with the director.",
    "In-depth visit covering treatment, material conditions and health care; the medical member "
    "of the team reviews the documentation of injuries on admission.",
    "Periodic in-depth visit. Particular attention to people in segregation or seclusion, to "
    "foreign nationals and to people with disabilities.",
    "Regular visit under the annual programme. Check the complaints system, staffing levels and "
    "time out of cell; interview staff of every shift.",
};
constexpr const char* kFollowUp[] = {
    "Follow-up of the recommendations of the last report: check implementation on site and "
    "collect evidence for each recommendation.",
    "Follow-up visit. Verify the measures announced in the authority's reply and check that the "
    "people interviewed last time suffered no reprisals.",
    "Short follow-up visit focused on the urgent recommendations and on the interviewees seen "
    "at the previous visit.",
};
constexpr const char* kAdHoc[] = {
    "Reactive visit after information received from a lawyer about alleged ill-treatment.",
    "Ad hoc visit after media reports about conditions; establish the facts on site.",
};
constexpr const char* kThematic[] = {
    "Thematic visit on the situation of women and girls deprived of liberty.",
    "Thematic visit on access to health care and the documentation of injuries.",
};

constexpr const char* kWords[][3] = {
    {"prison", "prisoner", "prisoners"},
    {"remand_centre", "remand prisoner", "remand prisoners"},
    {"police_custody", "detained person", "detained persons"},
    {"court_cells", "detained person", "detained persons"},
    {"immigration_detention", "detainee", "detainees"},
    {"airport_transit_zone", "person refused entry", "people refused entry"},
    {"psychiatric_hospital", "patient", "patients"},
    {"social_care_home", "resident", "residents"},
    {"juvenile_centre", "child", "children"},
    {"military_detention", "detained soldier", "detained soldiers"},
};

// What the authorities reply, and what the next visit finds.
constexpr StepSeed kResponses[] = {
    {"accepted", "Accepted; the measure is in the authority's action plan for next year."},
    {"accepted", "Accepted; the director has issued an instruction to all staff."},
    {"partly_accepted", "Partly accepted: agreed in principle, but budget constraints cited and "
                        "no deadline given."},
    {"partly_accepted", "Partly accepted: the measure will be piloted in one unit first."},
    {"rejected", "Rejected: the authority considers current practice lawful and sufficient."},
    {"rejected", "Rejected on the ground that the building is due to be replaced."},
};

constexpr StepSeed kChecks[] = {
    {"implemented", "Checked on site: the measure is in place, confirmed by the register and by "
                    "the people interviewed."},
    {"implemented", "Implemented: the new procedure has been in use since spring and the "
                    "records reviewed are complete."},
    {"partly_implemented", "Partly: applied in one unit only; the other units are unchanged."},
    {"partly_implemented", "Partly: a written instruction was issued, but the practice observed "
                           "still differs."},
    {"in_progress", "In progress: works started; completion expected in three months according "
                    "to the director."},
    {"not_implemented", "Not implemented: situation unchanged, as seen on the tour and confirmed "
                        "in interviews."},
    {"not_implemented", "No action taken; the measures announced in the authority's reply have "
                        "not started."},
};

} // namespace

std::span<const BodySeed> bodies()
{
    return kBodies;
}
std::span<const PersonSeed> people()
{
    return kPeople;
}
std::span<const PlaceSeed> places()
{
    return kPlaces;
}
std::span<const VisitSeed> visitPlan()
{
    return kPlan;
}

std::span<const StepSeed> responsePool()
{
    return kResponses;
}

std::span<const StepSeed> implementationPool()
{
    return kChecks;
}

std::span<const char* const> objectivePool(const QString& visitType)
{
    if (visitType == QLatin1StringView("follow_up"))
        return kFollowUp;
    if (visitType == QLatin1StringView("ad_hoc"))
        return kAdHoc;
    if (visitType == QLatin1StringView("thematic"))
        return kThematic;
    return kInDepth;
}

const char* personWord(const QString& placeType, bool plural)
{
    for (const auto& w : kWords) {
        if (placeType == QLatin1StringView(w[0]))
            return w[plural ? 2 : 1];
    }
    return plural ? "detainees" : "detainee";
}

bool fits(const char* placeTypes, const QString& placeType)
{
    if (!placeTypes)
        return true;
    const QStringList types = QString::fromLatin1(placeTypes).split(QLatin1Char(','));
    return types.contains(placeType);
}

} // namespace vigil::demo
