#pragma once

#include <QString>
#include <QStringList>

namespace vigil {

// A member of a monitoring team. Gender and role are recorded because teams
// should be gender-balanced and multidisciplinary (OPCAT Art. 18(2)), and an
// interviewee may ask for an interviewer of a given gender.
struct Person
{
    QString id;
    QString name;
    QString role = QStringLiteral("monitor"); // vocab::kPersonRoles: usual role in the body
    QString gender;                           // vocab::kGenders; empty if not recorded
    QStringList languages;                    // BCP 47 codes
    QString deviceId;                         // the person's enrolled device, if any
    QString bodyId;
};

} // namespace vigil
