#include "ui/LocaleFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace vigil::localeformat {

namespace {

// Drops the seconds field and the separator before it ("HH:mm:ss" → "HH:mm").
QString withoutSeconds(QString pattern)
{
    static const QRegularExpression seconds(QStringLiteral("[:.,]?\\s?s{1,2}(?![a-zA-Z])"));
    pattern.remove(seconds);
    return pattern.trimmed();
}

} // namespace

QString dateTimePattern()
{
    return withoutSeconds(QLocale().dateTimeFormat(QLocale::ShortFormat));
}

QString timePattern()
{
    return withoutSeconds(QLocale().timeFormat(QLocale::ShortFormat));
}

QString dateTime(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when, dateTimePattern()) : QString();
}

QString dateTime(std::optional<qint64> ms)
{
    return ms ? dateTime(QDateTime::fromMSecsSinceEpoch(*ms)) : QString();
}

QString date(const QDate& day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString date(std::optional<qint64> ms)
{
    return ms ? date(QDateTime::fromMSecsSinceEpoch(*ms).date()) : QString();
}

QString span(std::optional<qint64> from, std::optional<qint64> to)
{
    if (!from && !to)
        return QString();
    QString end = dateTime(to);
    if (from && to) {
        const QDateTime a = QDateTime::fromMSecsSinceEpoch(*from);
        const QDateTime b = QDateTime::fromMSecsSinceEpoch(*to);
        if (a.date() == b.date())
            end = QLocale().toString(b.time(), timePattern());
    }
    //: A time span, e.g. "14/07/2026 08:20 – 17:20"; either end may be empty
    return QCoreApplication::translate("LocaleFormat", "%1 – %2").arg(dateTime(from), end).trimmed();
}

} // namespace vigil::localeformat
