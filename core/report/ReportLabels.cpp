#include "core/report/ReportLabels.h"

#include <QDateTime>
#include <QRegularExpression>

namespace vigil::report {

namespace {

struct Label
{
    const char* code;
    const char* text;
};

// lupdate reads QT_TRANSLATE_NOOP only when written out, never through a macro.
constexpr Label kRegisterTypes[] = {
    {"custody", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Custody and admission register")},
    {"disciplinary", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Disciplinary register")},
    {"use_of_force",
     QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Use of force and restraint register")},
    {"segregation", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Segregation register")},
    {"medical", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Medical register")},
    {"complaints", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Complaints register")},
    {"incidents_deaths",
     QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Register of incidents and deaths")},
};
constexpr Label kAnomalies[] = {
    {"gaps", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "gaps")},
    {"erasures", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "erasures")},
    {"late_entries", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "late entries")},
    {"unsigned_sanctions", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "unsigned sanctions")},
    {"missing", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "register missing")},
    {"inconsistent",
     QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "inconsistent with other sources")},
};
constexpr Label kAccessKinds[] = {
    {"refusal", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Access refused")},
    {"delay", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Access delayed")},
    {"obstruction", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Work obstructed")},
};
constexpr Label kRoles[] = {
    {"lead", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Head of delegation")},
    {"monitor", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Monitors")},
    {"medical", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Medical experts")},
    {"interpreter", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Interpreters")},
    {"expert", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Experts")},
    {"coordinator", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Coordinators")},
};
constexpr Label kAttributions[] = {
    {"individual_private",
     QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Detainee, private interview")},
    {"group", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Group interview")},
    {"staff", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Member of staff")},
    {"management", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "Management")},
    {"external", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "External source")},
};
constexpr Label kSeverities[] = {
    {"low", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "low")},
    {"medium", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "medium")},
    {"high", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "high")},
    {"urgent", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "urgent")},
};
constexpr Label kVulnerabilities[] = {
    {"woman", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "woman")},
    {"child", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "child")},
    {"disability", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "person with a disability")},
    {"lgbti", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "LGBTI person")},
    {"minority", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "member of a minority")},
    {"indigenous", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "indigenous person")},
    {"foreign_national", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "foreign national")},
    {"older_person", QT_TRANSLATE_NOOP("vigil::report::ReportLabels", "older person")},
};

template <std::size_t N> QString lookup(const Label (&labels)[N], const QString& code)
{
    for (const Label& l : labels) {
        if (code == QLatin1StringView(l.code))
            return QCoreApplication::translate("vigil::report::ReportLabels", l.text);
    }
    return code;
}

} // namespace

QString ReportLabels::interviewCount(const QString& kind, int n)
{
    if (kind == u"individual_private")
        return tr("%n private interview(s) with detainees", nullptr, n);
    if (kind == u"group")
        return tr("%n group interview(s)", nullptr, n);
    if (kind == u"staff")
        return tr("%n interview(s) with staff", nullptr, n);
    if (kind == u"management")
        return tr("%n interview(s) with the management", nullptr, n);
    if (kind == u"external")
        return tr("%n interview(s) with external sources", nullptr, n);
    return QStringLiteral("%1 (%2)").arg(kind).arg(n);
}

QString ReportLabels::quoteAttribution(const QString& interviewKind)
{
    return lookup(kAttributions, interviewKind);
}

QString ReportLabels::registerType(const QString& code)
{
    return lookup(kRegisterTypes, code);
}

QString ReportLabels::registerAnomaly(const QString& code)
{
    return lookup(kAnomalies, code);
}

QString ReportLabels::accessKind(const QString& code)
{
    return lookup(kAccessKinds, code);
}

QString ReportLabels::role(const QString& code)
{
    return lookup(kRoles, code);
}

QString ReportLabels::severity(const QString& code)
{
    return lookup(kSeverities, code);
}

QString ReportLabels::vulnerability(const QString& code)
{
    return lookup(kVulnerabilities, code);
}

QString ReportLabels::date(const QLocale& locale, const QDate& date)
{
    if (!date.isValid())
        return {};
    // The locale's long format without the weekday, which a report does not need.
    static const QRegularExpression weekday(QStringLiteral("dddd[,\\x{060C}]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(date, format.trimmed());
}

QString ReportLabels::date(const QLocale& locale, qint64 millis)
{
    // Local time, as the application shows it: the team and the place share it.
    return date(locale, QDateTime::fromMSecsSinceEpoch(millis).date());
}

QString ReportLabels::dateRange(const QLocale& locale, std::optional<qint64> start,
                                std::optional<qint64> end)
{
    if (!start)
        return {};
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(*start);
    return dateRange(locale, from.date(),
                     end ? QDateTime::fromMSecsSinceEpoch(*end).date() : QDate());
}

QString ReportLabels::dateRange(const QLocale& locale, const QDate& start, const QDate& end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return date(locale, start);
    return tr("%1 – %2", "a range of dates").arg(date(locale, start), date(locale, end));
}

} // namespace vigil::report
