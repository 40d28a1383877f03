#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vigil::localeformat {

// Dates and times as the user's locale writes them, to the minute: a monitor
// notes when something happened, never the second (some locales' short
// format, the C locale's among them, carries seconds).

// The locale's short date-and-time pattern without seconds, for QDateTimeEdit.
QString dateTimePattern();
// The locale's short time pattern without seconds.
QString timePattern();

QString dateTime(const QDateTime& when);
// Empty when `ms` (milliseconds since the epoch) is not set.
QString dateTime(std::optional<qint64> ms);
QString date(const QDate& day);
QString date(std::optional<qint64> ms);
// "14/07/2026 08:20 – 17:20" when both ends fall on one day, else both in
// full; either end may be missing.
QString span(std::optional<qint64> from, std::optional<qint64> to);

} // namespace vigil::localeformat
