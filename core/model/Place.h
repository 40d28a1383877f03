#pragma once

#include <QString>

#include <optional>

namespace vigil {

// A place of detention (OPCAT Art. 4): anywhere people are or may be
// deprived of their liberty. Enumerations hold codes from model/Vocabulary.h.
struct Place
{
    QString id;
    QString name;
    QString type;     // vocab::kPlaceTypes
    QString operatorKind = QStringLiteral("public"); // vocab::kOperators
    QString authority;
    QString address;
    std::optional<qint64> capacity;
    std::optional<qint64> population;
    QString riskNotes;
    QString bodyId;
};

// A unit, wing or ward of a place; interview coverage is counted per unit.
struct PlaceUnit
{
    QString id;
    QString placeId;
    QString name;
    QString kind;
    std::optional<qint64> capacity;
};

} // namespace vigil
