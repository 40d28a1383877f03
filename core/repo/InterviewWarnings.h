#pragma once

#include "core/model/Interview.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class Database;

// The interview warnings of DOMAIN.md §4.4-§4.8 as read-only queries, for the
// visit view to show: per interview (interpreters, who chose the person,
// witnesses, sensitive topics in a group, reprisal risk without follow-up)
// and per visit (coverage of the units).
class InterviewWarnings
{
    Q_DECLARE_TR_FUNCTIONS(vigil::InterviewWarnings)
public:
    explicit InterviewWarnings(Database& db) : m_db(db) {}

    Result<QList<InterviewFlag>> flags(const QString& interviewId);
    // Every live unit of the visited place with its interviews; warns where
    // one person alone was heard in private, or all were chosen by staff.
    Result<InterviewCoverage> coverage(const QString& visitId);

    // Topics that belong in private interviews (§4.4): ill-treatment, force,
    // isolation, violence, deaths, health, reprisals, complaints. Matched
    // case-insensitively, spaces and dashes read as underscores.
    static bool isSensitiveTopic(const QString& topic);

private:
    Database& m_db;
};

} // namespace vigil
