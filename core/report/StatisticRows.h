#pragma once

#include "core/report/AnnualStatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigil::report {

// One labelled figure. `section` and `key` are stable codes (a script can
// rely on them across versions and languages); `label` is translated.
struct StatisticRow
{
    QString section;
    QString key;
    QString label;
    double value = 0;
    bool percent = false; // a rate, 0-100
    bool defined = true;  // false: a rate of nothing (no recommendation issued)
};

// The annual figures as labelled rows, in the order of an annual report, for
// the CSV export and the statistics page's table. Sections: summary,
// places_visited_by_type, places_by_type, visits_by_type, findings_by_theme,
// good_practices_by_theme, interviews_by_kind, access_events_by_kind,
// recommendations, recommendations_by_status. Count sections hold every code
// of their vocabulary, so two years give the same rows.
class StatisticRows
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::StatisticRows)
public:
    static QList<StatisticRow> of(const AnnualFigures& figures);
    static QString sectionLabel(const QString& section);
    // Labels for codes VocabularyLabels does not cover.
    static QString interviewKind(const QString& code);
    static QString accessEventKind(const QString& code);
};

} // namespace vigil::report
