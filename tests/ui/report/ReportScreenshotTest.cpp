// Screenshots of the report screens of a demo vault at 1366×768, left to
// right and right to left (Arabic report): the report builder, the export
// dialog with a guard warning, the tracker with a history and the annual
// figures. Runs only when VIGIL_SCREENSHOT_DIR names a folder:
//   VIGIL_SCREENSHOT_DIR=/tmp/shots vigil_ui_tests "[screenshot]"
#include "core/report/ReportEditRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/report/ReportUiFixture.h"
#include "ui/UiTranslations.h"
#include "ui/models/ModelRoles.h"
#include "ui/nav/FilteredTableView.h"
#include "ui/nav/Workspace.h"
#include "ui/recommendations/RecommendationsPage.h"
#include "ui/recommendations/TrackerModel.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/report/ReportBuilderPage.h"
#include "ui/report/ReportOutlinePane.h"
#include "ui/statistics/StatisticsPage.h"
#include "ui/visit/VisitWorkspace.h"

#include <QDir>
#include <QGuiApplication>
#include <QTabWidget>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr QSize kScreen(1366, 768);

void save(QWidget& widget, const QString& dir, const QString& name)
{
    QTest::qWait(60);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    REQUIRE(widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void shoot(const QString& out, const QString& suffix, const QString& language)
{
    ReportUiFixture f;
    // A sentence the publication guard warns about, for the export dialog.
    REQUIRE(report::ReportEditRepository(f.records())
                .addParagraph(f.visitId, QStringLiteral("summary"),
                              QStringLiteral("One detainee was the only woman in the east wing."))
                .ok());
    MainWindow window(*f.vault);
    window.resize(kScreen);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.setLockCountdown(299);
    Workspace* workspace = window.workspace();

    workspace->openVisit(f.visitId);
    VisitWorkspace* visit = workspace->visitWorkspace();
    REQUIRE(visit);
    ReportBuilderPage* builder = visit->report();
    builder->setLanguage(language);
    visit->showReport();
    REQUIRE(waitUntil([&] { return builder->buildCount() > 0 && !builder->isBuilding(); }));
    builder->outlinePane()->selectKey(QStringLiteral("summary"));
    save(window, out, QStringLiteral("report-builder") + suffix);

    ExportReportDialog* dialog = builder->openExportDialog();
    REQUIRE(waitUntil([&] { return !dialog->isChecking(); }));
    QCoreApplication::processEvents();
    save(*dialog, out, QStringLiteral("report-export") + suffix);
    dialog->close();

    window.goTo(Navigator::Recommendations);
    auto* tracker = workspace->recommendationsPage();
    QTableView* view = tracker->table()->view();
    // A recommendation made again on a later visit has the longest story.
    int row = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, TrackerModel::RepeatedColumn).data().toInt() > 0) {
            row = r;
            break;
        }
    }
    view->setCurrentIndex(view->model()->index(row, 0));
    save(window, out, QStringLiteral("tracker") + suffix);

    window.goTo(Navigator::Statistics);
    StatisticsPage* statistics = workspace->statisticsPage();
    REQUIRE(waitUntil([&] { return !statistics->isComputing() && statistics->figures(); }));
    save(window, out, QStringLiteral("statistics") + suffix);
    for (int tab = 1; tab < 3; ++tab) {
        statistics->charts()->setCurrentIndex(tab);
        save(window, out, QStringLiteral("statistics-chart%1").arg(tab + 1) + suffix);
    }
}

} // namespace

TEST_CASE("Screenshots of the report builder, export, tracker and statistics", "[screenshot]")
{
    const QString out = qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
    if (out.isEmpty())
        SKIP("VIGIL_SCREENSHOT_DIR is not set");
    REQUIRE(QDir().mkpath(out));
    QObject translators; // as the application loads them: English plural forms
    installTranslators(&translators);

    shoot(out, QString(), QStringLiteral("en"));
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    shoot(out, QStringLiteral("-rtl"), QStringLiteral("ar"));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}
