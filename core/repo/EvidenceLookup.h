#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

class Database;

// What one piece of evidence (vocab::kEvidenceKinds) is: the visit it was
// gathered on and a title to show it by. Findings link evidence by kind and
// id, without a foreign key, so this is where those links are resolved.
class EvidenceLookup
{
    Q_DECLARE_TR_FUNCTIONS(vigil::EvidenceLookup)
public:
    struct Target
    {
        QString visitId;
        QString title;     // translated, for display
        bool live = false; // false: the record was deleted
    };

    // A Validation error for an unknown kind or when no record of that kind
    // has that id (deleted records are found, with live false).
    static Result<Target> find(Database& db, const QString& kind, const QString& id);
    // Whether evidence of this kind counts as a corroborating source:
    // interviews, observations and register checks.
    static bool isSource(const QString& kind);
};

} // namespace vigil
