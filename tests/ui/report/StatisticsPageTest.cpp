// The statistics page on a demo vault: the year's figures as a table and
// charts, another year on demand, the CSV export, and charts laid out right
// to left for Arabic.
#include "ui/statistics/StatisticsPage.h"

#include "core/report/StatisticRows.h"
#include "core/report/StatisticsCsv.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/report/ReportUiFixture.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QPieSeries>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QValueAxis>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

void waitForFigures(StatisticsPage& page, int year)
{
    REQUIRE(waitUntil(
        [&] { return !page.isComputing() && page.figures() && page.figures()->year == year; }));
    QCoreApplication::processEvents();
}

// The table's rows as "section/label" -> value text.
QMap<QString, QString> tableValues(const QStandardItemModel& model)
{
    QMap<QString, QString> out;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QStandardItem* section = model.item(s, 0);
        for (int r = 0; r < section->rowCount(); ++r)
            out.insert(section->text() + QLatin1Char('/') + section->child(r, 0)->text(),
                       section->child(r, 1)->text());
    }
    return out;
}

QChart* chartOf(const StatisticsPage& page, const char* name)
{
    return childNamed<QChartView>(&page, name)->chart();
}

} // namespace

TEST_CASE("Statistics: the year's figures as a table and charts, and as CSV", "[ui][report]")
{
    ReportUiFixture f;
    auto range = report::AnnualStatistics(f.vault->database()).yearRange();
    REQUIRE(range.ok());
    REQUIRE(range->second > 0);
    StatisticsPage page(*f.ctx);
    page.resize(1200, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // The latest year with visits comes first.
    waitForFigures(page, range->second);
    CHECK(page.year() == range->second);
    CHECK(unnamedControls(&page) == QStringList());

    auto expected = report::AnnualStatistics(f.vault->database()).forYear(range->second);
    REQUIRE(expected.ok());
    REQUIRE(expected->visits > 0);
    CHECK(page.figures()->visits == expected->visits);
    CHECK(page.figures()->findings == expected->findings);

    // Every figure of the annual report is in the table, as the locale writes it.
    const QMap<QString, QString> shown = tableValues(*page.tableModel());
    const QList<report::StatisticRow> rows = report::StatisticRows::of(*expected);
    CHECK(shown.size() == rows.size());
    for (const report::StatisticRow& row : rows) {
        const QString key =
            report::StatisticRows::sectionLabel(row.section) + QLatin1Char('/') + row.label;
        INFO(key.toStdString());
        REQUIRE(shown.contains(key));
        if (!row.percent && row.defined)
            CHECK(shown.value(key) == QLocale().toString(qint64(row.value)));
    }

    // The charts draw the same counts.
    auto* themes =
        qobject_cast<QHorizontalBarSeries*>(chartOf(page, "findingsChart")->series().value(0));
    REQUIRE(themes);
    qreal drawn = 0;
    for (int i = 0; i < themes->barSets().first()->count(); ++i)
        drawn += themes->barSets().first()->at(i);
    CHECK(qint64(drawn) == expected->findings);
    QChart* recommendations = chartOf(page, "recommendationsChart");
    if (expected->recommendations.issued > 0) {
        auto* pie = qobject_cast<QPieSeries*>(recommendations->series().value(0));
        REQUIRE(pie);
        CHECK(qint64(pie->sum()) == expected->recommendations.issued);
    }

    SECTION("another year")
    {
        const int earlier = range->first < range->second ? range->second - 1 : range->second;
        page.setYear(earlier);
        waitForFigures(page, earlier);
        auto other = report::AnnualStatistics(f.vault->database()).forYear(earlier);
        REQUIRE(other.ok());
        CHECK(page.figures()->visits == other->visits);
    }
    SECTION("CSV export")
    {
        auto out = tempDir();
        const QString path = out->filePath(QStringLiteral("figures.csv"));
        REQUIRE(page.exportCsv(path));
        QFile csv(path);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        CHECK(csv.readAll() ==
              report::StatisticsCsv::annual(*expected, report::StatisticsCsv::Bom::Include));
    }
}

TEST_CASE("Statistics: charts read right to left in a right-to-left interface", "[ui][report]")
{
    ReportUiFixture f;
    StatisticsPage page(*f.ctx);
    page.setLayoutDirection(Qt::RightToLeft);
    page.resize(1200, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(waitUntil([&] { return !page.isComputing() && page.figures(); }));
    QCoreApplication::processEvents();
    QChart* chart = chartOf(page, "findingsChart");
    const QList<QAbstractAxis*> labels = chart->axes(Qt::Vertical);
    REQUIRE(labels.size() == 1);
    CHECK(labels.first()->alignment() == Qt::AlignRight);
    const QList<QAbstractAxis*> counts = chart->axes(Qt::Horizontal);
    REQUIRE(counts.size() == 1);
    CHECK(counts.first()->isReverse());
    CHECK(chartOf(page, "recommendationsChart")->legend()->alignment() == Qt::AlignLeft);
}
