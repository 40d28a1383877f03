#pragma once

#include <QString>

namespace vigil {

// An individual allegation of ill-treatment heard in an interview (DOMAIN.md
// §2). Acting on it or referring it needs the interviewee's consent; the
// medical documentation uses the Istanbul Protocol's consistency scale.
struct Allegation
{
    QString id;
    QString visitId;
    QString interviewId; // empty if not from an interview of this visit
    QString summary;
    bool consentToAct = false;  // needs consent scope share_with_authorities or refer_case
    QString medicalConsistency; // vocab::kMedicalConsistency; empty if not documented
    QString referral;           // to whom it was referred; needs consentToAct
};

// An allegation of reprisal against someone who talked to the monitors
// (OPCAT Art. 21(1)); kept in the confidential reprisal register (scope
// coordinator) and known only by the interview's pseudonym.
struct ReprisalAllegation
{
    QString id;
    QString visitId;   // the visit the person was interviewed in (optional)
    QString pseudonym; // a generated interview code, e.g. "D-07"
    QString what;
    QString occurredOn; // YYYY-MM-DD, empty if unknown
    QString assessment;
    QString actions;
    qint64 createdAt = 0; // read-only
    QString placeName;    // read-only: the visited place, for the register
};

} // namespace vigil
