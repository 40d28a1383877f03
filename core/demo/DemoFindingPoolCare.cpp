#include "core/demo/DemoContent.h"

// Findings on regime and activities, health care and personnel (DOMAIN.md §5).
namespace vigil::demo {

namespace {

constexpr const char* kCustodial = "prison,remand_centre";
constexpr const char* kLongStay =
    "prison,remand_centre,immigration_detention,juvenile_centre,military_detention";
constexpr const char* kPolice = "police_custody,court_cells";
constexpr const char* kCare = "psychiatric_hospital,social_care_home";

constexpr FindingSeed kFindings[] = {
    // Regime and activities
    {"regime", kCustodial, "high", false, "Time out of cell",
     "22 hours or more a day in cell on {unit}",
     "{persons} on {unit} were unlocked for one hour of exercise and a short shower only. No "
     "work or education was offered to remand prisoners, and the library had been closed for "
     "{n} months.",
     "Long lock-up without purposeful activity harms mental health and, combined with "
     "overcrowding, worsens the conditions of detention.",
     "Mandela Rules 4, 23, 104-105", nullptr,
     "Offer every {person} at least eight hours a day out of cell with purposeful activities, "
     "starting with a regime timetable for {unit} within six months.",
     "facility_management", "place"},
    {"regime", kLongStay, "medium", false, "Outdoor exercise", "Exercise yard unsuitable",
     "The exercise yard of {unit} is a 40 m² concrete enclosure covered with wire mesh, without "
     "shelter or seating; up to 30 people use it at the same time.",
     "Outdoor exercise must allow physical exertion and protection from the weather.",
     "Mandela Rule 23", nullptr,
     "Provide an exercise yard large enough for physical exertion, with shelter from rain and "
     "sun, for {unit}.",
     "facility_management", "place"},
    {"regime", "prison,remand_centre,immigration_detention", "medium", false,
     "Contact with the outside world", "Restrictions on family visits",
     "Visits last 30 minutes twice a month behind a glass partition. Families travelling from "
     "far away were regularly turned away after long waits because slots were fully booked.",
     "Contact with family is essential to prevent harm from detention and to prepare release.",
     "Mandela Rules 58, 106; Bangkok Rule 26", nullptr,
     "Allow open visits of at least one hour a week, with flexible booking for families "
     "travelling long distances.",
     "facility_management", "place"},
    {"regime", "juvenile_centre", "high", false, "Education",
     "Education below the school curriculum",
     "Children attended school {n} hours a week; teachers were not qualified for secondary level "
     "and no exam could be taken in the centre.",
     "Every child of compulsory school age has the right to education suited to their needs, "
     "leading to recognised qualifications.",
     "Havana Rules 38-39; CRC Art. 28", nullptr,
     "Provide full-time education following the national curriculum, with qualified teachers "
     "and the possibility to sit exams in the centre.",
     "ministry", "systemic"},
    {"regime", "immigration_detention", "medium", false, "Contact with the outside world",
     "Mobile phones confiscated; outside contact limited",
     "Mobile phones were confiscated on arrival. {population} detainees shared two pay phones "
     "and could not receive calls, including from their lawyers.",
     "Immigration detainees need to reach lawyers, consulates and family to prepare their case.",
     "UNHCR Detention Guidelines (2012), Guideline 8; Mandela Rule 58", nullptr,
     "Allow detainees to keep a mobile phone without a camera, or lend one, and make calls to "
     "lawyers and consulates free.",
     "facility_management", "place"},
    {"regime", kCare, "medium", false, "Outdoor exercise", "No daily access to fresh air on {unit}",
     "{persons} of {unit} had not been outside for weeks; the garden door stayed locked because "
     "no staff member was free to accompany them.",
     "Daily access to fresh air is a basic need, whatever a person's health or legal status.",
     "CPT/Inf(98)12; CRPD Art. 19", nullptr,
     "Ensure that everyone can go outside every day, by opening the garden during the day and "
     "planning staff to accompany those who need it.",
     "facility_management", "place"},
    {"regime", kCustodial, "low", true, "Work and training",
     "Work and vocational training open to remand prisoners",
     "A carpentry workshop and a kitchen training course are open to remand prisoners; {n} of "
     "them held places on the day of the visit.",
     "Purposeful activity for remand prisoners is rare and worth extending.",
     "Mandela Rules 96, 116", nullptr, nullptr, "facility_management", "place"},
    {"regime", "military_detention", "medium", false, "Time out of cell",
     "No activities for detained soldiers",
     "Detained soldiers spent the day in their cells without books, radio or exercise; outdoor "
     "time was at the guards' discretion.",
     "Even short detention requires daily outdoor exercise and something to occupy the time.",
     "Mandela Rules 23, 64", nullptr,
     "Provide at least one hour of outdoor exercise every day and access to reading material.",
     "facility_management", "place"},
    {"regime", nullptr, "low", true, "Contact with the outside world",
     "Free weekly video calls with families",
     "Since last year {persons} can make a free 20-minute video call each week; foreign "
     "nationals said this was their only contact with their children.",
     "An inexpensive measure with a large effect on well-being, worth adopting elsewhere.",
     "Mandela Rule 58; Bangkok Rule 26", nullptr, nullptr, "supervising_authority", "systemic"},
    // Health care
    {"health_care", "prison,remand_centre,immigration_detention,juvenile_centre", "high", false,
     "Screening on admission", "No medical screening on arrival",
     "Of the admission files reviewed by the team's doctor, half showed no medical examination "
     "within 24 hours of arrival; injuries were not recorded on a body chart.",
     "Screening on arrival detects illness, the risk of suicide and injuries, and documents "
     "possible ill-treatment before arrival.",
     "Mandela Rules 30, 34; Istanbul Protocol (2022)", "medical",
     "Ensure a medical examination within 24 hours of every admission, with injuries recorded "
     "on a body chart and reported to the prosecutor where they may result from ill-treatment.",
     "facility_management", "place"},
    {"health_care", nullptr, "medium", false, "Confidentiality",
     "Medical consultations are not confidential",
     "Officers stayed in the consultation room or left the door open during consultations; "
     "medical files were kept in the officers' room.",
     "Without confidentiality, people do not disclose ill-treatment or sensitive health "
     "problems.",
     "Mandela Rules 26, 31-32", "medical",
     "Hold consultations out of hearing, and unless the doctor asks otherwise out of sight, of "
     "non-medical staff; keep medical files under health staff control only.",
     "facility_management", "place"},
    {"health_care", "prison,remand_centre,immigration_detention", "high", false, "Mental health",
     "Long waits for mental health care",
     "The psychiatrist visits once a month; {n} {persons} were on the waiting list, some for more "
     "than three months. Two people with psychosis were held in segregation awaiting a hospital "
     "bed.",
     "People with serious mental illness should be treated in hospital, not held in "
     "segregation.",
     "Mandela Rules 24-25, 109", "medical",
     "Provide weekly psychiatric consultations, and transfer people with serious mental illness "
     "to hospital within 14 days.",
     "ministry", "systemic"},
    {"health_care", "psychiatric_hospital", "high", false, "Consent to treatment",
     "Treatment without informed consent",
     "Files showed depot injections given to involuntary patients without documented consent or "
     "a second opinion; patients said they were not told what they had been given.",
     "Involuntary placement does not remove the right to information and to take part in "
     "decisions about treatment.",
     "CRPD Art. 12, 25", "medical",
     "Seek and record informed consent for every treatment, and require an independent second "
     "opinion before any treatment without consent.",
     "facility_management", "place"},
    {"health_care", "social_care_home", "high", false, "Medication",
     "Sedatives used to manage behaviour",
     "Medication charts on {unit} showed evening sedation prescribed 'as needed' for {n} "
     "{persons}, without a documented reason or review.",
     "Sedation to manage behaviour is a form of chemical restraint and needs a medical reason "
     "each time.",
     "CRPD Art. 15, 17", "medical",
     "Have a doctor review every 'as needed' sedative prescription within one month and record "
     "the reason for each dose given.",
     "facility_management", "place"},
    {"health_care", kPolice, "medium", false, "Access to a doctor",
     "No doctor when one is requested",
     "Custody records showed {n} requests to see a doctor; a doctor came in one case only, after "
     "nine hours.",
     "Access to a doctor is one of the three fundamental safeguards in police custody.",
     "Body of Principles 24; CPT 2nd General Report para. 38", "custody",
     "Call a doctor without delay whenever a detained person asks or shows signs of illness or "
     "injury, and record the time of the request and of the examination.",
     "supervising_authority", "systemic"},
    {"health_care", "immigration_detention", "high", false, "Hunger strikes",
     "Hunger strikers not monitored medically",
     "Two detainees on hunger strike for {days} days were weighed once a week; no doctor had "
     "discussed the risks with them.",
     "People on hunger strike need daily medical monitoring by a doctor who respects their "
     "autonomy.",
     "WMA Declaration of Malta", "medical",
     "Ensure daily monitoring of hunger strikers by a doctor independent of the operator, in "
     "line with the Declaration of Malta.",
     "supervising_authority", "place"},
    {"health_care", nullptr, "low", true, "Access to health care", "Responsive primary care",
     "A nurse is present day and night and a general practitioner holds a daily clinic; the "
     "{persons} interviewed had seen a doctor within two days of asking.",
     "Prompt access to primary care prevents deterioration and is appreciated by {persons}.",
     "Mandela Rule 24", nullptr, nullptr, "facility_management", "place"},
    {"health_care", "prison,remand_centre,immigration_detention", "medium", false, "Women's health",
     "Women's health needs not met",
     "Women held in the {place} had no access to a gynaecologist, and sanitary products were "
     "rationed to one pack a month.",
     "Gender-specific health care is part of the State's duty of care for women in detention.",
     "Bangkok Rules 5, 10", nullptr,
     "Provide sanitary products free of charge as needed, and gynaecological consultations on "
     "request.",
     "facility_management", "place"},
    // Personnel
    {"personnel", nullptr, "high", false, "Staffing levels", "Severe understaffing",
     "On the day of the visit {n} planned posts were vacant; at night two officers covered the "
     "whole of {unit}. Overtime averaged 40 hours a month per officer.",
     "Understaffing leads to lock-ups, unanswered requests and unsafe conditions for staff and "
     "{persons} alike.",
     "Mandela Rules 74, 78", nullptr,
     "Fill the vacant posts and set a minimum staffing level for each shift, so that no unit is "
     "left without staff presence at night.",
     "supervising_authority", "systemic"},
    {"personnel", nullptr, "medium", false, "Training", "No training in de-escalation",
     "Most staff interviewed had had no training since their initial course; none had been "
     "trained in de-escalation or in recognising mental illness.",
     "Trained staff resolve incidents without force and identify people at risk.",
     "Mandela Rules 75-76", nullptr,
     "Train all staff in de-escalation, mental health awareness and the prohibition of "
     "ill-treatment within 12 months, with a refresher every two years.",
     "supervising_authority", "systemic"},
    {"personnel", nullptr, "low", true, "Relations with detainees",
     "Constructive relations between staff and {persons}",
     "Staff knew the {persons} by name and spent time on the units; several {persons} named an "
     "officer they trusted and would turn to.",
     "Dynamic security of this kind prevents violence and should be recognised.", "Mandela Rule 76",
     nullptr, nullptr, "facility_management", "place"},
    {"personnel", "immigration_detention", "high", false, "Training",
     "Contractor staff without the required licence",
     "Of the operator's staff on shift, {n} had not completed the licence training required by "
     "the contract; the Migration Agency's contract monitor visits once a quarter.",
     "The State remains responsible for detention it contracts out and must supervise it.",
     "OPCAT Art. 4; Mandela Rule 74", nullptr,
     "Require the contractor to deploy only licensed staff, and have the Migration Agency check "
     "compliance every month.",
     "supervising_authority", "place"},
    {"personnel", kCare, "high", false, "Staffing levels", "A single carer at night",
     "At night one carer and one nurse covered {population} {persons} across three corridors; "
     "call bells were answered after 20 minutes on average.",
     "Night staffing at this level cannot ensure safety or dignity.", "CRPD Art. 16; CPT/Inf(98)12",
     nullptr,
     "Increase night staffing to at least one carer per corridor and monitor call-bell response "
     "times monthly.",
     "facility_management", "place"},
    {"personnel", "police_custody", "medium", false, "Custody officers",
     "Custody supervised by the investigators",
     "Custody was supervised by the investigating officers themselves; no custody officer "
     "independent of the investigation had been designated.",
     "Independent custody officers protect detained persons from pressure during the "
     "investigation.",
     "CPT 12th General Report para. 45", nullptr,
     "Designate in every station custody officers independent of the investigation.",
     "supervising_authority", "systemic"},
    {"personnel", "juvenile_centre", "high", false, "Staff gender", "Too few women on staff",
     "Only {n} of the staff on duty were women, and at night girls were supervised by men only.",
     "Girls must be supervised by women staff, particularly at night and during searches.",
     "Havana Rule 81; Bangkok Rule 19", nullptr,
     "Ensure that women staff are on duty at all times, including at night, where girls are "
     "held.",
     "facility_management", "place"},
    {"personnel", kCustodial, "low", false, "Working conditions", "Staff burnout",
     "Sick leave ran at 18% of working days. Staff described stress, no support after violent "
     "incidents and no supervision.",
     "Exhausted staff are more likely to resort to lock-ups and force.", "Mandela Rule 74", nullptr,
     "Provide psychological support after incidents and regular supervision for staff, and "
     "review shift patterns.",
     "supervising_authority", "place"},
};

} // namespace

std::span<const FindingSeed> findingPoolCare()
{
    return kFindings;
}

} // namespace vigil::demo
