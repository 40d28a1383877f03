#pragma once

#include <QString>
#include <optional>

namespace vigil {

// One visit of a monitoring team to a place of detention. Instants are Unix
// milliseconds (UTC); enumerations hold codes from model/Vocabulary.h.
struct Visit
{
    QString id;
    QString placeId;
    QString type = QStringLiteral("in_depth"); // vocab::kVisitTypes
    // Unannounced visits are the mechanism's main guard against conditions
    // staged for the visitors, hence the default.
    bool unannounced = true;
    std::optional<qint64> plannedStart;
    std::optional<qint64> plannedEnd;
    // Written by VisitLifecycle (arrival on site, close of fieldwork).
    std::optional<qint64> actualStart;
    std::optional<qint64> actualEnd;
    QString objectives;
    // vocab::kVisitStates; read-only here: only VisitLifecycle changes it.
    QString state = QStringLiteral("planned");
    QString language; // working language of the visit (BCP 47)
};

// A person on a visit's team, in the role they hold on that visit.
struct VisitMember
{
    QString id;
    QString visitId;
    QString personId;
    QString role; // vocab::kPersonRoles
    // Read from the person record, for display (team composition by gender).
    QString personName;
    QString personGender;
};

// One step of a visit's lifecycle, as recorded when it happened.
struct VisitTransition
{
    QString id;
    QString visitId;
    QString fromState;
    QString toState;
    qint64 at = 0;
    QString note;
};

} // namespace vigil
