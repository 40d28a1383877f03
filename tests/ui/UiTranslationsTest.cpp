#include "ui/UiResources.h"
#include "ui/UiTranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QObject>
#include <QTranslator>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

QString anomalies(int n)
{
    return QCoreApplication::translate("vigil::RegisterChecksPanel", " (%n anomalies)", nullptr, n);
}

QString imported(int n)
{
    return QCoreApplication::translate("vigil::AttachmentsPanel", "%n file(s) imported.", nullptr, n);
}

} // namespace

TEST_CASE("English counts read as English: singular and plural forms", "[ui][resources]")
{
    ensureUiResources();
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedKingdom),
                                  QLocale(QLocale::German, QLocale::Germany)}) {
        INFO(locale.name().toStdString());
        QLocale::setDefault(locale);
        QObject owner;
        installTranslators(&owner);
        CHECK(imported(1) == QStringLiteral("1 file imported."));
        CHECK(imported(3) == QStringLiteral("3 files imported."));
        CHECK(anomalies(1) == QStringLiteral(" (1 anomaly)"));
        CHECK(anomalies(2) == QStringLiteral(" (2 anomalies)"));
        // Installing again replaces, rather than stacks, the translators.
        installTranslators(&owner);
        CHECK(owner.findChildren<QTranslator*>().size() <= 2);
    }
    QLocale::setDefault(QLocale::system());
    // With the translators gone, the source text shows.
    CHECK(imported(1) == QStringLiteral("1 file(s) imported."));
}
