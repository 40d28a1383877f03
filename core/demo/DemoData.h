#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace vigil {

class Database;

// Fills a new vault with three years of work of a fictional National
// Preventive Mechanism, that of "Westland" (DemoContent): its team, a dozen
// places of detention, forty visits with interviews, observations, register
// checks, findings and recommendations followed up across visits. Everything
// is written through the repositories, so the demo obeys the same rules as
// real records (consent before notes, the visit and recommendation
// lifecycles, the audit chain), on a simulated clock so that each record
// carries the date of its visit rather than today's.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(vigil::DemoData)
public:
    static constexpr quint32 kDefaultSeed = 20240115;

    struct Summary
    {
        qint64 places = 0;
        qint64 visits = 0;
        qint64 interviews = 0;
        qint64 findings = 0;
        qint64 recommendations = 0;
    };

    // The demo's "today". The timeline runs up to it: the newest visits are
    // on site or being drafted, two lie ahead. Fixed, so that every demo vault
    // tells the same story.
    static QDateTime today();

    // Writes the demo records into `db`, which holds a new, empty vault. The
    // same seed gives the same records (ids and pseudonym codes aside).
    static Status generate(Database& db, quint32 seed = kDefaultSeed);
    // Live records of the main kinds, for a one-line summary.
    static Result<Summary> summarize(Database& db);
};

} // namespace vigil
