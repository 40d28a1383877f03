#pragma once

#include <QString>

#include <optional>

namespace vigil {

// Something the team saw, measured or copied on a visit (DOMAIN.md §2,
// "Observation / evidence"); findings cite it as evidence.
struct Observation
{
    QString id;
    QString visitId;
    QString kind = QStringLiteral("observation"); // vocab::kObservationKinds
    QString unitId;                               // a unit of the visited place, or empty
    std::optional<qint64> observedAt;             // Unix milliseconds
    QString title;
    QString notes;
};

} // namespace vigil
