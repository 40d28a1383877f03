#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

namespace vigil::report {

// Report wording for the vocabulary codes that VocabularyLabels does not
// cover (interview kinds, registers, access events, team roles), and dates
// written in the report's language. Translated with the translators the
// caller installed; an unknown code is shown as it is.
class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::ReportLabels)
public:
    // "3 private interviews with detainees", "1 group interview", ...
    static QString interviewCount(const QString& kind, int n);
    // Who said a quoted excerpt, never who exactly: "Detainee, private interview".
    static QString quoteAttribution(const QString& interviewKind);
    static QString registerType(const QString& code);
    static QString registerAnomaly(const QString& code);
    static QString accessKind(const QString& code);
    static QString role(const QString& code);
    static QString severity(const QString& code);
    // As in "the only <woman> among the people interviewed in B wing".
    static QString vulnerability(const QString& code);

    // A date in the report's language, e.g. "12 March 2025".
    static QString date(const QLocale& locale, const QDate& date);
    static QString date(const QLocale& locale, qint64 millis);
    // "12 March 2025" or "12 March 2025 – 14 March 2025"; empty if no start.
    static QString dateRange(const QLocale& locale, std::optional<qint64> start,
                             std::optional<qint64> end);
    static QString dateRange(const QLocale& locale, const QDate& start, const QDate& end);
};

} // namespace vigil::report
