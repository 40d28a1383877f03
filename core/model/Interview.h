#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace vigil {

// An interview held during a visit (DOMAIN.md §2, safeguards §4). The person
// is only ever known by `pseudonym`, a code the repository generates; names
// and ID numbers go to identity entries. Enumerations hold codes from
// model/Vocabulary.h.
struct Interview
{
    QString id;
    QString visitId;
    QString kind;                                 // vocab::kInterviewKinds; fixed once created
    std::optional<bool> withoutWitnesses;         // required (OPCAT Art. 20): no default on purpose
    QString location;                             // where in the facility
    QString unitId;                               // place_unit, for coverage by unit
    QString interpreter = QStringLiteral("none"); // vocab::kInterpreters
    QString pseudonym;                            // generated ("D-07"); read-only
    QStringList vulnerabilities;                  // vocab::kVulnerabilities
    QString reprisalRisk;                         // vocab::kReprisalRisks; required, no default
    QStringList topics; // short topic codes or words, stored comma-separated
    QString notes;      // only once consent is recorded (§4.1)
    bool followUp = false;
    QString chosenBy;                   // vocab::kChosenBy; required, no default
    QString interviewerGenderRequested; // vocab::kGenders, empty if none asked for
    std::optional<qint64> heldAt;       // Unix ms
    bool consentWithdrawn = false;      // read-only; set by withdrawConsent()
};

// A warning about one interview (DOMAIN.md §4.4, §4.7, §4.8).
struct InterviewFlag
{
    QString code;    // "interpreter_staff", "interpreter_co_detainee", "chosen_by_staff",
                     // "witnesses_present", "group_sensitive_topics", "high_risk_no_follow_up"
    QString message; // translated
};

// Interviews held in one unit of the visited place.
struct UnitCoverage
{
    QString unitId;
    QString unitName;
    int privateInterviews = 0; // individual private interviews
    int chosenByStaff = 0;     // of those, interviewees picked by staff
    int groupInterviews = 0;
};

// A warning about the spread of interviews (DOMAIN.md §4.5).
struct CoverageWarning
{
    QString code; // "single_interviewee", "all_chosen_by_staff"
    QString unitId;
    QString message; // translated, names the unit
};

// Interview coverage of a visit, unit by unit.
struct InterviewCoverage
{
    QList<UnitCoverage> units;  // every live unit of the place, by name
    int privateWithoutUnit = 0; // private interviews not attributed to a unit
    QList<CoverageWarning> warnings;
};

} // namespace vigil
