#include "ui/LocaleFormat.h"

#include <QLocale>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

struct DefaultLocale
{
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(QLocale::system()); }
};

qint64 at(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s)).toMSecsSinceEpoch();
}

} // namespace

TEST_CASE("Times are shown to the minute in every locale", "[ui][locale]")
{
    for (const QLocale& locale :
         {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedKingdom),
          QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::French, QLocale::France),
          QLocale(QLocale::Russian, QLocale::Russia), QLocale(QLocale::Arabic, QLocale::Egypt),
          QLocale(QLocale::Chinese, QLocale::China), QLocale(QLocale::Spanish, QLocale::Spain)}) {
        const DefaultLocale scoped(locale);
        INFO(locale.name().toStdString());
        CHECK_FALSE(localeformat::dateTimePattern().contains(QLatin1Char('s')));
        CHECK_FALSE(localeformat::timePattern().contains(QLatin1Char('s')));
        // The minute survives, the seconds do not.
        const QString shown = localeformat::dateTime(at(2026, 7, 14, 8, 20, 37));
        CHECK(shown.contains(locale.toString(QTime(8, 20), localeformat::timePattern())));
        CHECK_FALSE(shown.contains(locale.toString(37)));
    }
}

TEST_CASE("A span within one day names the day once", "[ui][locale]")
{
    const DefaultLocale scoped(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(localeformat::span(at(2026, 7, 14, 8, 20), at(2026, 7, 14, 17, 5)) ==
          QStringLiteral("14/07/2026 08:20 – 17:05"));
    CHECK(localeformat::span(at(2026, 7, 14, 8, 20), at(2026, 7, 15, 1, 0)) ==
          QStringLiteral("14/07/2026 08:20 – 15/07/2026 01:00"));
    CHECK(localeformat::span(at(2026, 7, 14, 8, 20), std::nullopt) ==
          QStringLiteral("14/07/2026 08:20 –"));
    CHECK(localeformat::span(std::nullopt, std::nullopt).isEmpty());
    CHECK(localeformat::dateTime(std::nullopt).isEmpty());
    CHECK(localeformat::date(at(2026, 7, 14, 23, 0)) == QStringLiteral("14/07/2026"));
}
