#include "core/demo/DemoContent.h"

#include <iterator>
#include <vector>

// The findings a Westland team may reach, by category of the taxonomy
// (DOMAIN.md §5), each with the recommendation it argues for: treatment,
// protection measures and material conditions here, the other three in
// DemoFindingPoolCare.cpp.
namespace vigil::demo {

namespace {

constexpr const char* kCustodial = "prison,remand_centre";
constexpr const char* kLongStay =
    "prison,remand_centre,immigration_detention,juvenile_centre,military_detention";
constexpr const char* kPolice = "police_custody,court_cells";
constexpr const char* kMigration = "immigration_detention,airport_transit_zone";
constexpr const char* kCare = "psychiatric_hospital,social_care_home";
constexpr const char* kResidential =
    "prison,remand_centre,immigration_detention,juvenile_centre,psychiatric_hospital,"
    "social_care_home,military_detention";

constexpr FindingSeed kFindings[] = {
    // Treatment
    {"treatment", kCustodial, "high", false, "Solitary confinement",
     "Prolonged solitary confinement in the {unit}",
     "{n} {persons} had been held in the {unit} for more than 15 consecutive days; the longest "
     "placement had lasted {days} days. They spent 23 hours a day in their cells, with one hour "
     "alone in a caged yard and no meaningful human contact.",
     "Solitary confinement beyond 15 consecutive days is prolonged solitary confinement and is "
     "prohibited. Placements were renewed every 14 days without a medical review or a reasoned "
     "decision, which makes the limit meaningless.",
     "Mandela Rules 43-45", "segregation",
     "Limit every placement in the {unit} to 15 days, require a reasoned decision and a medical "
     "review before any renewal, and offer at least two hours of meaningful human contact a day, "
     "within three months.",
     "facility_management", "place"},
    {"treatment", kLongStay, "high", false, "Use of force", "Use of force not recorded or reviewed",
     "The use-of-force register lists {n} incidents in the last six months. The medical register "
     "documents injuries after two further incidents that do not appear in it. None of the "
     "incidents was reviewed by the director, and CCTV footage is overwritten after 72 hours.",
     "Force that is not recorded cannot be reviewed, which leaves both staff and {persons} "
     "without protection. Footage must be kept long enough for a complaint to be investigated.",
     "Mandela Rule 82; UN Basic Principles on the Use of Force and Firearms 22", "use_of_force",
     "Record every use of force within 24 hours, have the director review each incident with the "
     "footage, and keep footage of incidents for at least 30 days.",
     "facility_management", "place"},
    {"treatment", "police_custody", "urgent", false, "Ill-treatment allegations",
     "Allegations of ill-treatment during arrest and transport",
     "{n} of the detained persons interviewed in private alleged that they had been slapped, "
     "kicked or handcuffed too tightly during arrest or transport. The doctor on the team "
     "observed injuries consistent with two of the accounts; the custody record said 'no visible "
     "injuries' in both cases.",
     "The accounts were detailed, independent of each other and consistent with the medical "
     "observations. Because injuries are not recorded on arrival, allegations cannot be "
     "investigated.",
     "UNCAT Art. 12, 16; Istanbul Protocol (2022)", "custody",
     "Remind all officers in writing that ill-treatment will be prosecuted, and require custody "
     "officers to record every visible injury and allegation on arrival and report it to the "
     "prosecutor within 24 hours.",
     "supervising_authority", "systemic"},
    {"treatment", "juvenile_centre", "urgent", false, "Solitary confinement",
     "Separation of children used as a punishment",
     "Children were placed alone in the calm room of {unit} for up to {hours} hours after fights "
     "or refusing instructions. The separation log recorded the start but often not the end of "
     "the placement.",
     "Solitary confinement of children is prohibited. Separation may only be a brief protective "
     "measure, ended as soon as the child has calmed down, with staff present throughout.",
     "Havana Rule 67; Mandela Rule 45(2); CRC Art. 37", "segregation",
     "Stop using separation as a disciplinary measure; limit protective separation to the "
     "shortest time with continuous staff presence, and record its end and reason.",
     "facility_management", "place"},
    {"treatment", "psychiatric_hospital", "high", false, "Restraint and seclusion",
     "Mechanical restraint without continuous observation",
     "Patients on {unit} were restrained to beds with belts for up to {hours} hours. Nursing "
     "notes showed hourly checks rather than continuous one-to-one observation, and restraint was "
     "not entered in any central register.",
     "Mechanical restraint must be a last resort, for the shortest time, under continuous direct "
     "supervision by qualified staff and recorded in a dedicated register.",
     "CPT/Inf(2017)6; CRPD Art. 14-15", "use_of_force",
     "Introduce a central register of every restraint and seclusion (start, end, reason, "
     "authorising doctor) and ensure continuous one-to-one observation of every restrained "
     "patient.",
     "facility_management", "place"},
    {"treatment", "prison,remand_centre,immigration_detention,juvenile_centre", "high", false,
     "Inter-detainee violence", "Inter-detainee violence and intimidation in the {unit}",
     "{persons} in the {unit} described intimidation and assaults by others, including extortion "
     "of canteen goods. Staff were rarely present on the landing after 17:00, and the incident "
     "register recorded {n} assaults in three months.",
     "The authorities must protect people in their custody from violence by others. The absence "
     "of staff on the landing in the evening leaves the most vulnerable exposed.",
     "Mandela Rule 1", "incidents_deaths",
     "Ensure permanent staff presence in the {unit} during association and evening hours, and "
     "introduce individual risk assessments on arrival as part of a violence-reduction plan.",
     "facility_management", "place"},
    {"treatment", kCustodial, "high", false, "Collective punishment",
     "Collective punishment after a protest on {unit}",
     "After a protest about food, every {person} on {unit} was locked in for four days, "
     "including those not involved. No individual disciplinary decision was issued.",
     "Collective sanctions are prohibited. A sanction must follow an individual procedure in "
     "which the person is heard.",
     "Mandela Rules 39, 43(1)(e)", "disciplinary",
     "Prohibit collective sanctions in the prison rules: every disciplinary measure must follow "
     "an individual procedure with a written, reasoned decision and a right of appeal.",
     "supervising_authority", "systemic"},
    {"treatment", nullptr, "low", true, "Ill-treatment allegations",
     "No allegations of ill-treatment by staff",
     "None of the {persons} interviewed in private alleged physical ill-treatment by staff. "
     "Several described staff as respectful and said tensions were usually resolved by talking.",
     "A climate in which staff de-escalate conflicts is the best protection against "
     "ill-treatment; management should maintain it.",
     "Mandela Rule 1", nullptr, nullptr, "facility_management", "place"},
    {"treatment", kMigration, "medium", false, "Searches", "Routine strip searches on every return",
     "Detainees were strip-searched on every return from court, hospital or consular "
     "appointments, whatever the risk. Women and men described the searches as humiliating.",
     "Strip searches without an individual risk assessment are degrading. Searches must be "
     "necessary and proportionate, done by staff of the same gender, never with full nudity.",
     "Mandela Rules 50-52; Bangkok Rules 19-20", nullptr,
     "Replace routine strip searches with searches based on an individual risk assessment, using "
     "a body scanner where available and never requiring full nudity at once.",
     "facility_management", "place"},
    {"treatment", "military_detention", "high", false, "Informal punishment",
     "Punitive drills imposed on detained soldiers",
     "Detained soldiers described being made to stand to attention in the yard for up to {hours} "
     "hours and to do exhausting exercises at night as an informal punishment. None of it was "
     "recorded.",
     "Informal punishments escape every safeguard and may amount to degrading treatment.",
     "UNCAT Art. 16; Mandela Rule 43", "disciplinary",
     "Prohibit informal punishments in a written order to guard staff, and have the commander "
     "review every disciplinary measure each week.",
     "supervising_authority", "place"},
    // Protection measures
    {"protection", "police_custody", "medium", false, "Information on rights",
     "Information on rights given late",
     "Most detained persons interviewed said they had been told of their rights only when they "
     "signed the custody record, several hours after arrest. The rights leaflet was available in "
     "two languages only.",
     "The rights to a lawyer, to have a relative informed and to see a doctor apply from the "
     "very outset of custody; a right that is not known cannot be exercised.",
     "Body of Principles 13-17; CPT 2nd General Report para. 36-38", "custody",
     "Inform every detained person of their rights orally and in writing at arrest, in a language "
     "they understand, with the leaflet available in the ten most common languages.",
     "supervising_authority", "systemic"},
    {"protection", "police_custody", "high", false, "Access to a lawyer",
     "Access to a lawyer delayed until after questioning",
     "Custody records showed that the lawyer arrived after the first interview in {n} of the "
     "cases reviewed. Officers said duty lawyers are called only once the investigator decides "
     "to charge.",
     "The first hours are when the risk of ill-treatment is highest; a lawyer must be available "
     "from the outset and before any questioning.",
     "Body of Principles 17-18; CPT 2nd General Report para. 38", "custody",
     "Guarantee access to a lawyer from the outset of custody and before any questioning, and "
     "record when the lawyer was requested and when they arrived.",
     "ministry", "systemic"},
    {"protection", nullptr, "medium", false, "Registers", "Custody register incomplete",
     "The custody register had gaps: for {n} persons the time of release or transfer was missing, "
     "and several entries had been added later in a different pen.",
     "A complete register is the first safeguard against incommunicado detention; every "
     "deprivation of liberty must be traceable from start to end.",
     "Mandela Rules 7-8; Body of Principles 12", "custody",
     "Introduce an electronic register that records arrival, transfers and release, checked "
     "daily by the duty supervisor.",
     "facility_management", "place"},
    {"protection", kLongStay, "medium", false, "Disciplinary procedures",
     "Disciplinary sanctions imposed without a hearing",
     "{n} sanctions in the disciplinary register had no signature of the deciding officer, and "
     "{persons} said they had never been heard or given a written decision before being "
     "punished.",
     "Without a hearing and a written, reasoned decision, a sanction cannot be challenged.",
     "Mandela Rules 39-41", "disciplinary",
     "Ensure every disciplinary decision follows a hearing, is signed, and is handed to the "
     "person in writing with the reasons and how to appeal.",
     "facility_management", "place"},
    {"protection", nullptr, "medium", false, "Complaints", "Complaints are not confidential",
     "Complaint forms had to be requested from officers and were handed back to them unsealed. "
     "{persons} said they did not complain for fear of consequences. The complaints register "
     "showed {n} complaints in a year, none upheld.",
     "A complaints system that staff control does not protect; fear of reprisal keeps "
     "complaints away.",
     "Mandela Rules 54-57", "complaints",
     "Install locked complaint boxes in every unit, emptied only by the director's office, and "
     "reply to each complaint in writing within 15 days.",
     "facility_management", "place"},
    {"protection", kMigration, "high", false, "Access to a lawyer",
     "No access to independent legal advice",
     "Most detainees interviewed had not seen a lawyer. The legal aid list posted in {unit} was "
     "out of date and its phone numbers did not work. Removal decisions were served in "
     "Westlandic only.",
     "Without legal advice and a translated decision, the right to challenge detention and "
     "removal exists on paper only.",
     "UNHCR Detention Guidelines (2012), Guideline 7; Body of Principles 17", nullptr,
     "Ensure free legal advice within 24 hours of detention, update the list of legal aid "
     "providers monthly, and serve decisions with a translation.",
     "ministry", "systemic"},
    {"protection", kCare, "high", false, "Legal basis of placement",
     "Deprivation of liberty without a legal decision",
     "{n} {persons} on {unit} could not leave the locked unit, but no court or guardianship "
     "decision authorised their placement; relatives had signed 'consent' forms on their behalf.",
     "People who cannot leave are deprived of their liberty, whatever their status on paper; "
     "they are entitled to a legal decision and a review.",
     "OPCAT Art. 4; CRPD Art. 14", nullptr,
     "Review the legal status of every person on locked units within one month; where someone "
     "cannot leave, obtain a legal decision or open the doors.",
     "supervising_authority", "systemic"},
    {"protection", "police_custody,juvenile_centre", "urgent", false, "Notification of family",
     "Parents of detained children informed late",
     "In {n} cases the parents of a child were informed more than six hours after arrest, and one "
     "child was questioned before a parent or a lawyer arrived.",
     "Children need the presence of a trusted adult and a lawyer from the start; questioning "
     "without them exposes them to pressure.",
     "Beijing Rule 10.1; CRC Art. 37(d), 40", "custody",
     "Inform a parent or guardian of a detained child immediately, and never question a child "
     "without a lawyer and a trusted adult present.",
     "supervising_authority", "systemic"},
    {"protection", "prison,remand_centre,immigration_detention,juvenile_centre", "low", true,
     "Information on rights", "Welcome booklet in eight languages",
     "New arrivals receive a booklet on rules, rights and complaints in eight languages, "
     "explained by a peer mentor within 24 hours; the {persons} interviewed knew how to complain.",
     "Information given early and in a language people understand prevents conflicts and "
     "makes the complaints system usable.",
     "Mandela Rules 54-55", nullptr, nullptr, "facility_management", "place"},
    {"protection", "military_detention", "medium", false, "Complaints",
     "No complaints mechanism outside the chain of command",
     "Detained soldiers could complain only through the chain of command, to the officers who "
     "had ordered their detention.",
     "A complaint addressed to the person complained about is not an effective remedy.",
     "Mandela Rules 56-57", "complaints",
     "Give detained soldiers access to an independent complaints body outside the chain of "
     "command, such as the Military Ombudsperson, by confidential correspondence.",
     "ministry", "systemic"},
    // Material conditions
    {"material_conditions", kCustodial, "urgent", false, "Overcrowding",
     "Severe overcrowding in {unit}",
     "On the day of the visit the {place} held {population} {persons} for {capacity} places. In "
     "{unit}, cells of 9 m² held three persons, one sleeping on a mattress on the floor; the "
     "toilet was not partitioned.",
     "Overcrowding of this level, combined with long lock-up hours, may amount to inhuman or "
     "degrading treatment. Each person should have at least 4 m² in a shared cell, not counting "
     "the sanitary annex.",
     "Mandela Rules 12-13; CPT/Inf(2015)44", nullptr,
     "Bring the population of the {place} down to its official capacity within 12 months through "
     "alternatives to pre-trial detention and early release, and give every person a bed now.",
     "ministry", "systemic"},
    {"material_conditions", kPolice, "medium", false, "Light and ventilation",
     "Cells without natural light or working ventilation",
     "The cells of {unit} have no window; the ventilation was not working and the temperature at "
     "15:00 was 29 °C. People were held there for up to {hours} hours.",
     "Cells without daylight may be acceptable for a few hours, not for overnight stays.",
     "CPT 2nd General Report para. 42; Mandela Rule 14", nullptr,
     "Repair the ventilation of {unit} within one month, and do not hold anyone overnight in "
     "cells without natural light.",
     "supervising_authority", "place"},
    {"material_conditions", nullptr, "medium", false, "Sanitation and hygiene",
     "Broken showers and toilets in {unit}",
     "In {unit}, {n} showers were out of order and toilets were blocked; {persons} could shower "
     "only twice a week. Soap and toilet paper had to be bought in the shop.",
     "Access to clean sanitary facilities and basic hygiene products is a condition of dignity.",
     "Mandela Rules 15-16, 18", nullptr,
     "Repair all showers and toilets in {unit} within two months, allow a daily shower, and "
     "provide soap, toilet paper and sanitary products free of charge.",
     "facility_management", "place"},
    {"material_conditions", kResidential, "medium", false, "Temperature",
     "Cold living areas in winter",
     "The temperature in {unit} was 13 °C in the morning; the heating is switched off at night to "
     "save fuel. {persons} slept in their clothes under two thin blankets.",
     "Living areas must be heated to a reasonable temperature at all times.", "Mandela Rule 13",
     nullptr,
     "Keep the temperature in living areas at 18 °C or more at all times, and issue extra "
     "blankets and warm clothing in winter.",
     "facility_management", "place"},
    {"material_conditions", kPolice, "medium", false, "Food and water", "No meal during long waits",
     "{persons} waited in the cells from 07:30 until late afternoon without a meal; drinking water "
     "was given only when they asked.",
     "Anyone held for several hours must receive food and have free access to drinking water.",
     "Mandela Rule 22", nullptr,
     "Provide a meal to everyone held for more than six hours and free access to drinking water.",
     "supervising_authority", "place"},
    {"material_conditions", "immigration_detention", "urgent", false, "Children",
     "Rooms unsuitable for families with children",
     "Families in {unit} shared one room with bunk beds; there was no play area, and children "
     "could go outside only when their parents were taken to the yard.",
     "Detention is never in the best interests of a child; while it lasts, conditions must suit "
     "children.",
     "CRC Art. 3, 37; UNHCR Detention Guidelines (2012), Guideline 9.2", nullptr,
     "End immigration detention of children; until then, provide family rooms with play and "
     "outdoor areas.",
     "ministry", "systemic"},
    {"material_conditions", kCare, "medium", false, "Privacy", "Dormitories without privacy",
     "{persons} on {unit} slept in rooms of up to eight beds without curtains or lockable "
     "storage; personal belongings were kept by staff.",
     "Privacy and personal belongings support dignity and recovery.", "CRPD Art. 22; CPT/Inf(98)12",
     nullptr,
     "Provide lockable storage for each person and curtains between beds, and plan rooms of no "
     "more than four beds.",
     "facility_management", "place"},
    {"material_conditions", "juvenile_centre,social_care_home,psychiatric_hospital", "low", true,
     "Living conditions", "Homely, personalised living areas",
     "Rooms in {unit} were personalised with photos and plants; {persons} had their own keys, and "
     "the shared kitchen was open until 21:00.",
     "Conditions close to ordinary life reduce tension and support rehabilitation.",
     "Havana Rules 31-33", nullptr, nullptr, "facility_management", "place"},
    {"material_conditions", kCustodial, "medium", false, "Food and water", "Insufficient food",
     "{persons} said portions were too small and the evening meal, served at 16:00, was bread and "
     "jam. The daily food budget per person had been cut this year.",
     "Food must be of nutritional value adequate for health and strength.", "Mandela Rule 22",
     nullptr,
     "Increase the food budget, serve the evening meal not before 17:30, and have a dietician "
     "review the menus.",
     "supervising_authority", "systemic"},
    {"material_conditions", "airport_transit_zone", "high", false, "Light and ventilation",
     "Windowless rooms for stays of several days",
     "People refused entry were held in the windowless holding rooms for up to {n} days, sleeping "
     "on benches, with no access to fresh air.",
     "The transit zone is a place of deprivation of liberty; stays of more than a day require "
     "beds, daylight and outdoor access.",
     "OPCAT Art. 4; Mandela Rules 13-14, 23", nullptr,
     "Provide beds, daylight and daily access to fresh air to anyone held in the transit zone "
     "for more than 24 hours.",
     "supervising_authority", "place"},
};

} // namespace

std::span<const FindingSeed> findingPool()
{
    static const std::vector<FindingSeed> all = [] {
        std::vector<FindingSeed> v(std::begin(kFindings), std::end(kFindings));
        const auto more = findingPoolCare();
        v.insert(v.end(), more.begin(), more.end());
        return v;
    }();
    return all;
}

} // namespace vigil::demo
