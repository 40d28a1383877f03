// Building a report in another language than the interface's: on a thread
// inside a ReportLanguage::Scope tr() answers in the report's language,
// while the interface (the UI thread) keeps its own.
#include "ui/report/ReportLanguage.h"

#include "tests/support/TestSupport.h"
#include "ui/UiResources.h"

#include <QCoreApplication>
#include <QTranslator>
#include <QtConcurrent/QtConcurrentRun>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

QString places()
{
    return QCoreApplication::translate("vigil::Navigator", "Places");
}

QString placesIn(const QString& language)
{
    return QtConcurrent::run([language] {
               const ReportLanguage::Scope scope(language);
               return places();
           })
        .result();
}

} // namespace

TEST_CASE("ReportLanguage: a worker builds in the report's language, the interface keeps its own",
          "[ui][report]")
{
    ensureUiResources();
    QObject owner;
    // The interface in French, the router in front as installTranslators() puts it.
    auto* french = new QTranslator(&owner);
    REQUIRE(french->load(QStringLiteral(":/i18n/vigil_fr.qm")));
    QCoreApplication::installTranslator(french);
    ReportLanguage::install(&owner);
    REQUIRE(ReportLanguage::isInstalled());
    REQUIRE(places() == QStringLiteral("Lieux"));

    CHECK(placesIn(QStringLiteral("ar")) == QStringLiteral("الأماكن"));
    // English is the source text, never the interface's French.
    CHECK(placesIn(QStringLiteral("en")) == QStringLiteral("Places"));
    CHECK(placesIn(QStringLiteral("fr")) == QStringLiteral("Lieux"));
    // Plural forms come from the report's language too.
    const QString files = QtConcurrent::run([] {
                              const ReportLanguage::Scope scope(QStringLiteral("en"));
                              return QCoreApplication::translate(
                                  "vigil::AttachmentsPanel", "%n file(s) imported.", nullptr, 2);
                          }).result();
    CHECK(files == QStringLiteral("2 files imported."));
    // Meanwhile, and after, the interface speaks French.
    CHECK(places() == QStringLiteral("Lieux"));
    {
        const ReportLanguage::Scope here(QStringLiteral("ar")); // this thread only
        CHECK(places() == QStringLiteral("الأماكن"));
    }
    CHECK(places() == QStringLiteral("Lieux"));

    CHECK(ReportLanguage::nativeName(QStringLiteral("fr")) == QStringLiteral("Français"));
    CHECK(ReportLanguage::nativeName(QStringLiteral("en")) == QStringLiteral("English"));
    CHECK(ReportLanguage::languages().size() == 6);
}
