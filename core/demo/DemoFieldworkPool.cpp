#include "core/demo/DemoContent.h"

// What the team sees, hears and reads on a visit, and what the authorities
// later reply: the raw material of the demo vault's records.
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

constexpr ObservationSeed kObservations[] = {
    {"material_conditions", kCustodial, "measurement", "Cell measured on {unit}",
     "Cell of 8.6 m² with three beds, one of them a mattress on the floor; toilet not "
     "partitioned; window 0.5 m² with opaque glass."},
    {"material_conditions", nullptr, "observation", "Showers on {unit}",
     "{n} of 8 showers out of order; mould on the ceiling; no hot water at 10:30."},
    {"material_conditions", kResidential, "measurement", "Temperature on {unit}",
     "13 °C in the corridor at 07:45 and 14 °C in two rooms; radiators cold."},
    {"material_conditions", kPolice, "observation", "Cells of {unit}",
     "No window; ventilation grille blocked with paper; concrete bench without mattress; call "
     "bell not working in two of six cells."},
    {"material_conditions", kCustodial, "document", "Menu of the week",
     "Menu posted in the kitchen: bread and jam for the evening meal on five days out of seven; "
     "no dietary options listed."},
    {"material_conditions", "immigration_detention", "observation", "Family room on {unit}",
     "Room of 14 m² with two bunk beds for a family of five; no toys; window facing the yard "
     "wall."},
    {"material_conditions", "airport_transit_zone", "sketch", "Layout of the holding rooms",
     "Two rooms without windows, benches only; toilet reached through the officers' corridor."},
    {"treatment", kCustodial, "observation", "Segregation exercise yard",
     "Caged yard of about 3 m by 6 m, roofed with mesh; used by one person at a time; no seat."},
    {"treatment", "juvenile_centre,psychiatric_hospital", "register_extract",
     "Separation log of {unit}", "Last three months: {n} entries without an end time."},
    {"treatment", "psychiatric_hospital", "observation", "Restraint beds on {unit}",
     "Two beds fitted with belts in the seclusion room, visible from the corridor; no clock in "
     "the patient's sight."},
    {"treatment", "military_detention", "observation", "Guardhouse yard",
     "Painted lines on the ground where detained soldiers said they were made to stand."},
    {"protection", nullptr, "document", "Rights leaflet",
     "Leaflet on rights in Westlandic and English only, last updated 2019; not displayed in the "
     "living areas."},
    {"protection", nullptr, "observation", "Complaints box on {unit}",
     "No complaints box; forms kept in the officers' office and handed out on request."},
    {"protection", kMigration, "document", "Legal aid notice",
     "List of legal aid providers dated 2021; two of the four numbers were out of service when "
     "the team called them."},
    {"regime", kLongStay, "observation", "Exercise yard of {unit}",
     "Concrete yard of about 40 m² with a mesh roof, no shelter and no seating; 25 people during "
     "the hour observed."},
    {"regime", kCustodial, "document", "Regime timetable of {unit}",
     "Unlock 08:30-09:30 and 16:00-16:30 only; no activity slots for remand prisoners."},
    {"regime", "juvenile_centre", "observation", "School block",
     "Two classrooms in use with five pupils; the mathematics teacher has been absent for two "
     "months."},
    {"regime", kCare, "observation", "Garden door of {unit}",
     "Garden locked with a keypad; garden furniture stacked away; staff said nobody was free to "
     "accompany residents."},
    {"health_care", nullptr, "document", "Admission files",
     "Sample of 10 admission files: five without a medical examination within 24 hours; no body "
     "charts."},
    {"health_care", nullptr, "observation", "Consultation room",
     "Door with a glass panel; an officer's chair inside the room; medical files in an unlocked "
     "cabinet in the officers' room."},
    {"health_care", "social_care_home", "register_extract", "Medication charts of {unit}",
     "Evening sedation 'as needed' given on 22 of 30 evenings to one resident, without a "
     "recorded reason."},
    {"personnel", nullptr, "document", "Staffing roster",
     "Roster for the week: {n} vacant posts; two officers on the night shift for the whole of "
     "{unit}."},
    {"personnel", nullptr, "observation", "Staff on {unit}",
     "Staff present and talking with {persons} during association; calm atmosphere."},
};

constexpr NoteSeed kNotes[] = {
    {"detainee", "treatment", kCustodial, "isolation,segregation",
     "Held in segregation for more than a month: 'you talk to the wall'. Sleeps badly and has "
     "stopped eating regularly. Was never told why the placement was renewed."},
    {"detainee", "treatment", "police_custody", "ill-treatment,arrest,injuries",
     "Describes being pushed to the ground during arrest and kneed in the back; handcuffs so "
     "tight the hands went numb for hours. Marks on both wrists, seen by the team's doctor. Was "
     "not asked about injuries on arrival."},
    {"detainee", "treatment", "juvenile_centre", "separation,punishment",
     "Says children who 'kick off' are put alone in the calm room, sometimes all afternoon; "
     "staff look through the window now and then."},
    {"detainee", "treatment", "psychiatric_hospital", "restraint,seclusion,medication",
     "Was tied to the bed for what felt like a whole day after refusing an injection. Needed the "
     "toilet and nobody came for a long time."},
    {"detainee", "treatment", kLongStay, "violence,intimidation",
     "Afraid of a group on the landing who take canteen goods; no longer goes to the yard. Has "
     "not told staff because 'they can't do anything at night'."},
    {"detainee", "treatment", "military_detention", "punishment,ill-treatment",
     "Made to stand in the yard for hours at night as 'extra training' after arguing with a "
     "corporal."},
    {"detainee", "protection", "police_custody", "rights,lawyer,family",
     "Told of the right to a lawyer only when signing the papers around midnight, six hours "
     "after arrest. Nobody called the family."},
    {"detainee", "protection", nullptr, "complaints,reprisals",
     "Would not use the complaints form: 'you have to ask the officer for it, and then everyone "
     "knows'."},
    {"detainee", "protection", kLongStay, "discipline",
     "Punished with ten days without canteen after a fight; never saw a written decision and "
     "was not asked for their side."},
    {"detainee", "protection", kMigration, "lawyer,asylum,removal",
     "Has not seen a lawyer in three weeks; the removal decision is in a language they cannot "
     "read. Does not know the deadline to appeal."},
    {"detainee", "protection", kCare, "legal status,liberty",
     "Wants to go home; was told the door is locked 'for safety'. Does not know who decided, or "
     "how to ask a judge."},
    {"detainee", "material_conditions", kCustodial, "overcrowding,cell,sanitation",
     "Shares a cell with two others and sleeps on a mattress on the floor next to the toilet. "
     "'At night you hear everything, you smell everything.'"},
    {"detainee", "material_conditions", kResidential, "temperature,bedding",
     "Very cold at night; sleeps in a jacket. Asked twice for a second blanket."},
    {"detainee", "material_conditions", kPolice, "food,water",
     "Arrived in the morning and had nothing to eat until the evening; water only after asking "
     "several times."},
    {"detainee", "material_conditions", "immigration_detention", "children,family",
     "Mother of three: the children have nowhere to play and cry at night; they go to the yard "
     "once a day, all together."},
    {"detainee", "material_conditions", nullptr, "hygiene,showers",
     "Showers broken for weeks; one works for the whole corridor. Soap has to be bought."},
    {"detainee", "regime", kCustodial, "time out of cell,activities",
     "Locked in 22 hours a day; no work for remand prisoners. Reads whatever others pass round."},
    {"detainee", "regime", "prison,remand_centre,immigration_detention", "family contact,visits",
     "Family travels four hours for a 30-minute visit behind glass; last month the slot was "
     "cancelled when they arrived."},
    {"detainee", "regime", "juvenile_centre", "education",
     "Goes to school two hours in the morning; wants to finish the exam year but 'they don't do "
     "exams here'."},
    {"detainee", "regime", nullptr, "family contact",
     "The weekly video call is 'the best thing here'; watched their youngest start school on "
     "screen."},
    {"detainee", "health_care", kLongStay, "mental health,waiting list",
     "Asked to see the psychiatrist three months ago and is still waiting. Sleeps two or three "
     "hours a night."},
    {"detainee", "health_care", nullptr, "health care,confidentiality",
     "An officer stayed in the room while the doctor examined them; did not mention the bruises "
     "because of it."},
    {"detainee", "health_care", "immigration_detention", "hunger strike,health",
     "On hunger strike for 19 days against detention; a nurse weighs them on Mondays. Nobody has "
     "explained the risks."},
    {"detainee", "health_care", "psychiatric_hospital", "medication,consent",
     "Gets an injection every two weeks; was never told the name of the drug or its side "
     "effects."},
    {"detainee", "personnel", nullptr, "staff,night",
     "Staff are 'fine, but there are never enough of them'; at night nobody answers the bell."},
    {"detainee", "personnel", nullptr, "staff relations",
     "Names an officer on the unit who 'listens and sorts things out'; feels safe here."},
    {"group", "material_conditions", nullptr, "food,phone,requests",
     "Group of {n} in the association area. Main concerns: portions, the price of phone cards, "
     "slow replies to written requests. Several asked to speak privately."},
    {"group", "regime", "juvenile_centre", "activities,evenings",
     "Group of {n} children in the common room: boredom in the evenings, more football wanted, "
     "and the feeling that rules change with each shift."},
    {"group", "protection", kMigration, "lawyer,information",
     "Group of {n} men: uncertain about their cases, no lawyer, no information on how long they "
     "will be held."},
    {"group", "regime", kCare, "outdoor access,daily routine",
     "Residents' meeting: would like to go outside more often and to choose when to get up."},
    {"group", "treatment", kLongStay, "violence,complaints",
     "Group of {n} in the yard raised violence between detainees and complaints about staff; the "
     "team offered private interviews instead."},
    {"staff", "personnel", nullptr, "staffing,training",
     "Officer with twelve years' service: 'two of us at night, so we lock everyone in'. No "
     "training since the initial course."},
    {"staff", "treatment", kCustodial, "segregation",
     "Officer on the segregation unit: placements are renewed by the deputy director 'on "
     "paper'; no doctor comes to the unit."},
    {"staff", "health_care", kCare, "night staffing,medication",
     "Night nurse: one nurse and one carer for three corridors; sedation 'helps everyone get "
     "through the night'."},
    {"staff", "protection", "police_custody", "rights,lawyer",
     "Custody officer: the lawyer is called 'when the investigator says so'; the rights leaflet "
     "is handed over with the custody record."},
    {"staff", "health_care", nullptr, "confidentiality,records",
     "Health care assistant: medical files are kept in the officers' office because the clinic "
     "has no lockable cabinet."},
    {"staff", "personnel", "immigration_detention", "training,contractor",
     "Contractor officer: two days of induction; the licence course is 'planned for next "
     "month'."},
    {"management", "personnel", "prison,remand_centre,immigration_detention,psychiatric_hospital",
     "overcrowding,staffing",
     "Director acknowledges overcrowding and understaffing; requests for extra posts have been "
     "pending with the ministry for a year. Agrees to review the complaints procedure."},
    {"management", "protection", nullptr, "inspection,action plan",
     "Deputy director described last year's internal inspection and the action plan that "
     "followed: several items done, others waiting for budget."},
    {"management", "regime", nullptr, "budget,activities",
     "Director: the activities budget was cut by a fifth this year; volunteers now run the "
     "library and the sports hall two evenings a week."},
    {"management", "treatment", kCare, "restraint,records",
     "Medical director: restraint is 'exceptional', but could not say how often it was used last "
     "month; there is no central register."},
    {"management", "treatment", "military_detention", "discipline",
     "Commander: detained soldiers are 'not prisoners' and drills are 'part of military life'. "
     "Agreed to issue a written order."},
    {"management", "personnel", "immigration_detention", "contract,staffing",
     "Operator's centre manager: the contract sets staff numbers but not qualifications; the "
     "Migration Agency's monitor comes once a quarter."},
    {"external", "protection", nullptr, "lawyer,confidentiality",
     "Phone interview with a lawyer for several {persons}: booking a visit takes up to a week; "
     "consultations are held where officers can hear."},
    {"external", "regime", kResidential, "family,transfer",
     "Relative of a {person}: was not told of a transfer and learnt of it when turned away at "
     "the gate."},
    {"external", "protection", kCare, "legal status,consent",
     "Daughter of a resident signed a form 'so that mother would be safe' and did not know it "
     "meant the door stays locked."},
    {"external", "protection", "juvenile_centre,police_custody", "police,questioning",
     "Social worker of a child: the police questioned the child before she arrived."},
};

constexpr RegisterSeed kRegisters[] = {
    {"custody", "gaps,late_entries",
     "Release time missing for several persons; two entries written later in a different pen."},
    {"custody", "inconsistent",
     "Times of arrival in the register do not match the times of arrest in the police reports "
     "for four persons (up to three hours later)."},
    {"disciplinary", "unsigned_sanctions",
     "Sanctions of five to fourteen days without the signature of the deciding officer; no record "
     "of hearings."},
    {"disciplinary", "erasures,gaps", "Entries erased with correction fluid; pages not numbered."},
    {"use_of_force", "missing",
     "Two incidents documented in the medical register are missing; no reviews recorded."},
    {"use_of_force", "late_entries",
     "Restraints written up to two days after the event; end times often missing."},
    {"segregation", "gaps",
     "End date missing for several placements; renewals every 14 days without medical "
     "signature."},
    {"medical", "gaps",
     "No record of an examination on admission for half the sample; injuries described without "
     "body charts."},
    {"complaints", "inconsistent",
     "Few complaints a year, all rejected; no replies on file; dates of receipt missing."},
    {"incidents_deaths", "late_entries",
     "Assaults recorded days later; a death in custody recorded as 'natural causes' with no "
     "mention of the inquiry."},
};

constexpr AccessSeed kAccess[] = {
    {"delay", nullptr, "Main gate", "Duty officer",
     "Team kept at the gate while the duty officer sought the director's authorisation, although "
     "the NPM mandate cards were shown.",
     45},
    {"delay", kCustodial, "Segregation Unit", "Wing officer",
     "Officers said the key holder was on a break; access given after the team called the "
     "deputy director.",
     25},
    {"delay", kPolice, "Custody suite", "Station commander",
     "Entry delayed until the station commander returned; the commander asked for a written "
     "request.",
     35},
    {"refusal", "military_detention", "Disciplinary Block", "Duty officer, Military Police",
     "Access refused pending authorisation from Military Police Command; granted two hours later "
     "after a call to the Ministry of Defence liaison officer.",
     120},
    {"obstruction", "immigration_detention", "Residential Block A", "Operator's shift manager",
     "The shift manager insisted that an officer attend the private interviews; withdrew after "
     "the team refused and called the Migration Agency.",
     0},
    {"refusal", "psychiatric_hospital", "Patients' files", "Medical director",
     "Files of patients in seclusion refused on grounds of medical confidentiality; the team's "
     "doctor was given access the next morning.",
     0},
    {"delay", "airport_transit_zone", "Transit area", "Border Police shift leader",
     "Team held at the airside security check while the Border Police verified the mandate.", 50},
    {"refusal", "social_care_home", "Registry", "Home manager",
     "List of residents under guardianship refused on data protection grounds; provided after "
     "the legal basis of the NPM's access was explained in writing.",
     0},
};

constexpr const char* kLocCustodial[] = {"Library", "Education room", "Association area",
                                         "Legal visits room", "Chapel"};
constexpr const char* kLocPolice[] = {"Empty interview room", "Doctor's room",
                                      "Cell, door open, officers out of hearing"};
constexpr const char* kLocMigration[] = {"Multi-faith room", "Legal visits room", "Family room",
                                         "Empty office in the transit area"};
constexpr const char* kLocCare[] = {"Resident's own room", "Garden", "Quiet room", "Activity room"};
constexpr const char* kLocJuvenile[] = {"Classroom", "Common room of the house", "Garden"};
constexpr const char* kLocMilitary[] = {"Guardhouse office, guards outside", "Yard"};

constexpr const char* kReprisalAnswers[] = {
    "Asked about consequences: not afraid; agrees to be seen again at the next visit.",
    "Worried that officers will find out who spoke to the team; nothing that could identify "
    "them should be used.",
    "Says others were moved after talking to visitors last year; agreed to a check at the next "
    "visit.",
    "Not worried: 'everyone knows I complain anyway'.",
    "Fears losing their job in the kitchen if seen talking to us; interview moved elsewhere.",
};

constexpr AllegationSeed kAllegations[] = {
    {"police_custody",
     "Alleges being struck with a baton on the legs in the police van after arrest; pain and "
     "bruising on both thighs.",
     "consistent", "Public Prosecutor's Office of Westland"},
    {kCustodial,
     "Alleges being punched and kicked by two officers in the segregation unit after refusing to "
     "return to the cell; bruising photographed by the team's doctor with consent.",
     "highly_consistent", "Public Prosecutor's Office of Westland"},
    {"juvenile_centre",
     "Child alleges being pushed against a wall and held by the neck by a staff member during a "
     "restraint.",
     "consistent", "Youth Justice Agency investigations unit"},
};

constexpr ReprisalSeed kReprisals[] = {
    {"Interviewed at the previous visit; says they were moved to another wing and lost their "
     "kitchen job two days later, and that an officer told them 'that's what happens when you "
     "talk'.",
     "Credible: the move is in the register without a reason two days after the visit; the "
     "timing and the officer's words point to a reprisal.",
     "Raised with the director at the final meeting; letter to the Prison Service asking for an "
     "inquiry; person to be seen again at the next visit, with consent."},
};

constexpr const char* kChecklistNotes[] = {
    "Checked in the register and confirmed in interviews.",
    "Management's answer; not verified on this visit.",
    "Observed on the tour.",
    "Staff and detainees gave different answers; see the interview notes.",
};

} // namespace

std::span<const ObservationSeed> observationPool()
{
    return kObservations;
}
std::span<const NoteSeed> notePool()
{
    return kNotes;
}
std::span<const RegisterSeed> registerPool()
{
    return kRegisters;
}
std::span<const AccessSeed> accessPool()
{
    return kAccess;
}
std::span<const char* const> reprisalAnswers()
{
    return kReprisalAnswers;
}
std::span<const AllegationSeed> allegationPool()
{
    return kAllegations;
}
std::span<const ReprisalSeed> reprisalPool()
{
    return kReprisals;
}
std::span<const char* const> checklistNotes()
{
    return kChecklistNotes;
}

std::span<const char* const> interviewLocations(const QString& placeType)
{
    if (fits(kPolice, placeType))
        return kLocPolice;
    if (fits(kMigration, placeType))
        return kLocMigration;
    if (fits(kCare, placeType))
        return kLocCare;
    if (placeType == QLatin1StringView("juvenile_centre"))
        return kLocJuvenile;
    if (placeType == QLatin1StringView("military_detention"))
        return kLocMilitary;
    return kLocCustodial;
}

} // namespace vigil::demo
