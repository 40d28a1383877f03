#include "core/report/StatisticRows.h"

#include "core/model/VocabularyLabels.h"

namespace vigil::report {

namespace {

struct Label
{
    const char* code;
    const char* text;
};

// lupdate reads QT_TRANSLATE_NOOP only when written out, never through a macro.
constexpr Label kSections[] = {
    {"summary", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Summary")},
    {"places_visited_by_type",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Places visited, by type")},
    {"places_by_type",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Places on record, by type")},
    {"visits_by_type", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Visits, by type")},
    {"findings_by_theme", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Findings, by theme")},
    {"good_practices_by_theme",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Good practices, by theme")},
    {"interviews_by_kind",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Interviews, by kind")},
    {"access_events_by_kind",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Obstruction of access, by kind")},
    {"recommendations", QT_TRANSLATE_NOOP("vigil::report::StatisticRows",
                                          "Recommendations issued and their follow-up")},
    {"recommendations_by_status",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Recommendations, by current status")},
};
constexpr Label kInterviewKinds[] = {
    {"individual_private",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Individual, in private")},
    {"group", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Group")},
    {"staff", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Staff member")},
    {"management", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Management")},
    {"external",
     QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "External (family, lawyer, NGO)")},
};
constexpr Label kAccessEventKinds[] = {
    {"refusal", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Refusal")},
    {"delay", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Delay")},
    {"obstruction", QT_TRANSLATE_NOOP("vigil::report::StatisticRows", "Obstruction")},
};

template <std::size_t N> QString lookup(const Label (&labels)[N], const QString& code)
{
    for (const Label& l : labels) {
        if (code == QLatin1StringView(l.code))
            return QCoreApplication::translate("vigil::report::StatisticRows", l.text);
    }
    return code;
}

// Appends the rows of one section.
class Rows
{
public:
    explicit Rows(QList<StatisticRow>& out) : m_out(out) {}

    void count(const char* section, const char* key, const QString& label, qint64 n)
    {
        m_out.append({QLatin1StringView(section), QLatin1StringView(key), label, double(n)});
    }
    void percent(const char* key, const QString& label, const RecommendationFigures& f, double rate)
    {
        m_out.append({QStringLiteral("recommendations"), QLatin1StringView(key), label,
                      rate * 100.0, true, f.issued > 0});
    }
    void codes(const char* section, const CodeCounts& counts, QString (*label)(const QString&))
    {
        for (const CodeCount& c : counts)
            m_out.append({QLatin1StringView(section), c.code, label(c.code), double(c.count)});
    }

private:
    QList<StatisticRow>& m_out;
};

} // namespace

QString StatisticRows::sectionLabel(const QString& section)
{
    return lookup(kSections, section);
}

QString StatisticRows::interviewKind(const QString& code)
{
    return lookup(kInterviewKinds, code);
}

QString StatisticRows::accessEventKind(const QString& code)
{
    return lookup(kAccessEventKinds, code);
}

QList<StatisticRow> StatisticRows::of(const AnnualFigures& f)
{
    QList<StatisticRow> out;
    Rows rows(out);
    const char* const s = "summary";
    rows.count(s, "places_visited", tr("Places visited"), f.placesVisited);
    rows.count(s, "visits", tr("Visits"), f.visits);
    rows.count(s, "unannounced_visits", tr("Unannounced visits"), f.unannouncedVisits);
    rows.count(s, "findings", tr("Findings"), f.findings);
    rows.count(s, "good_practices", tr("Good practices"), f.goodPractices);
    rows.count(s, "interviews", tr("Interviews"), f.interviews);
    rows.count(s, "recommendations_issued", tr("Recommendations issued"), f.recommendations.issued);
    rows.count(s, "reprisal_cases", tr("Reprisal cases"), f.reprisalCases);

    rows.codes("places_visited_by_type", f.placesVisitedByType, &VocabularyLabels::placeType);
    rows.codes("places_by_type", f.placesByType, &VocabularyLabels::placeType);
    rows.codes("visits_by_type", f.visitsByType, &VocabularyLabels::visitType);
    rows.codes("findings_by_theme", f.findingsByTheme, &VocabularyLabels::findingCategory);
    rows.codes("good_practices_by_theme", f.goodPracticesByTheme,
               &VocabularyLabels::findingCategory);
    rows.codes("interviews_by_kind", f.interviewsByKind, &StatisticRows::interviewKind);
    rows.codes("access_events_by_kind", f.accessEventsByKind, &StatisticRows::accessEventKind);

    const RecommendationFigures& r = f.recommendations;
    const char* const rec = "recommendations";
    rows.count(rec, "issued", tr("Issued"), r.issued);
    rows.count(rec, "accepted", tr("Accepted by the authority"), r.accepted);
    rows.count(rec, "partly_accepted", tr("Partly accepted by the authority"), r.partlyAccepted);
    rows.count(rec, "rejected", tr("Rejected by the authority"), r.rejected);
    rows.count(rec, "no_response", tr("No response recorded"), r.noResponse);
    rows.percent("acceptance_rate", tr("Accepted fully or partly (%)"), r, r.acceptanceRate());
    rows.count(rec, "implemented", tr("Implemented fully"), r.implemented);
    rows.count(rec, "partly_implemented", tr("Implemented partly"), r.partlyImplemented);
    rows.count(rec, "in_progress", tr("Implementation in progress"), r.inProgress);
    rows.count(rec, "not_implemented", tr("Not implemented"), r.notImplemented);
    rows.count(rec, "not_checked", tr("Implementation not checked yet"), r.notChecked);
    rows.percent("implementation_rate", tr("Implemented fully (%)"), r, r.implementationRate());
    rows.percent("partial_implementation_rate", tr("Implemented partly (%)"), r,
                 r.partialImplementationRate());
    rows.codes("recommendations_by_status", r.byStatus, &VocabularyLabels::recommendationStatus);
    return out;
}

} // namespace vigil::report
