#pragma once

#include "core/util/Result.h"

#include <QChar>
#include <QString>

namespace vigil {

class Database;

// Pseudonym codes for interviews (DOMAIN.md §4.2): a letter for the kind of
// interview, a dash and a number, unique within the visit — "D-07" for a
// detainee heard in private, "G-" group, "S-" staff, "M-" management,
// "E-" external (family, lawyer). The number is drawn at random among the
// unused ones, not counted up, so a code does not reveal the order (and so
// the time, and so the person) of the interviews. Codes are never chosen by
// a user and never reused in a visit, even after a deletion, so a code in
// the reprisal register always means one interview.
class PseudonymGenerator
{
public:
    // 'D', 'G', 'S', 'M', 'E'; a null QChar for an unknown kind.
    static QChar prefixFor(const QString& kind);
    // Letter, dash, 01-99 or 100-9999.
    static bool isWellFormed(const QString& code);
    static bool matchesKind(const QString& code, const QString& kind);

    // A fresh code for an interview of `kind` in `visitId`: 01-99 until two
    // thirds of them are taken, then 100-999, then 1000-9999.
    static Result<QString> next(Database& db, const QString& visitId, const QString& kind);
};

} // namespace vigil
