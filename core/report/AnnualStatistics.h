#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

namespace vigil {
class Database;
}

namespace vigil::report {

// A count for one vocabulary code.
struct CodeCount
{
    QString code;
    qint64 count = 0;
};
using CodeCounts = QList<CodeCount>;

// What became of the recommendations issued after a year's visits, as known
// today (not as it stood at the end of that year).
struct RecommendationFigures
{
    qint64 issued = 0; // every one not a draft, whatever has become of it since
    // The latest authority response recorded (by date of the reply).
    qint64 accepted = 0;
    qint64 partlyAccepted = 0;
    qint64 rejected = 0;
    qint64 noResponse = 0;
    // The latest implementation check recorded (by date of the check).
    qint64 implemented = 0; // fully
    qint64 partlyImplemented = 0;
    qint64 inProgress = 0;
    qint64 notImplemented = 0;
    qint64 notChecked = 0;
    CodeCounts byStatus; // current status, vocab::kRecommendationStatuses but "draft"

    // Shares of `issued`, from 0 to 1; 0 when none was issued.
    double acceptanceRate() const { return rate(accepted + partlyAccepted); } // fully or partly
    double implementationRate() const { return rate(implemented); }           // fully
    double partialImplementationRate() const { return rate(partlyImplemented); }
    double rate(qint64 count) const { return issued > 0 ? double(count) / double(issued) : 0.0; }
};

// The figures of an NPM annual report (DOMAIN.md §7) for one calendar year.
// Lists of code counts hold every code of the vocabulary in its order (zeros
// included, so years line up in charts), then any other code found (a body's
// own extension) in code order.
struct AnnualFigures
{
    int year = 0;
    qint64 visits = 0;
    qint64 unannouncedVisits = 0;
    CodeCounts visitsByType;        // vocab::kVisitTypes
    qint64 placesVisited = 0;       // distinct places
    CodeCounts placesVisitedByType; // vocab::kPlaceTypes
    CodeCounts placesByType;        // live places on record, visited or not (coverage)
    qint64 findings = 0;            // good practices not included
    CodeCounts findingsByTheme;     // vocab::kFindingCategories
    qint64 goodPractices = 0;
    CodeCounts goodPracticesByTheme;
    qint64 interviews = 0;
    CodeCounts interviewsByKind;   // vocab::kInterviewKinds
    CodeCounts accessEventsByKind; // refusals, delays, obstruction: cooperation of the authorities
    RecommendationFigures recommendations;
    qint64 reprisalCases = 0;
};

// Computes the annual figures in a few aggregate queries (one per group of
// figures, whatever the number of visits), inside one read transaction so
// that they agree with each other.
//
// Which year a record counts in:
// - A visit counts once it has taken place, i.e. its state is past
//   "preparing" (the team arrived), in the year of its date: its actual
//   start, else its planned start, else when it was recorded — the rule of
//   RecommendationSummary::visitDate — as a calendar year in local time.
//   Planned and preparing visits, and tombstoned ones, never count.
// - Places visited, findings, good practices, interviews, access events and
//   recommendations count with the visit they belong to.
// - A recommendation counts as issued in its visit's year once it is no
//   longer a draft.
// - A reprisal case counts in the year it occurred (occurred_on) when known,
//   else in the year it was recorded.
// With a body, only places of that body (and their visits) count, and
// reprisal cases linked to visits of those places.
class AnnualStatistics
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::AnnualStatistics)
public:
    static constexpr int kMaxYears = 100; // per series() call

    explicit AnnualStatistics(Database& db) : m_db(db) {}

    Result<AnnualFigures> forYear(int year, const QString& bodyId = {});
    // Each year of [fromYear, toYear], oldest first, in the same few queries.
    Result<QList<AnnualFigures>> series(int fromYear, int toYear, const QString& bodyId = {});
    // The first and last year with a visit that counts, for a year picker;
    // {0, 0} when there is none.
    Result<std::pair<int, int>> yearRange(const QString& bodyId = {});

    // Local midnight on 1 January of `year`, Unix ms: where a year begins.
    static qint64 yearStart(int year);
    // The queries behind series() for that many years, for the query-plan test.
    static QList<QByteArray> sqlFor(int years);

private:
    Database& m_db;
};

} // namespace vigil::report
