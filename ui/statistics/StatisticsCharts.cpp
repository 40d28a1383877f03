#include "ui/statistics/StatisticsCharts.h"

#include "core/model/VocabularyLabels.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <algorithm>

namespace vigil {

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

using Labelled = QList<std::pair<QString, qint64>>;

Labelled labelled(const report::CodeCounts& counts, QString (*label)(const QString&),
                  bool skipZeros)
{
    Labelled out;
    for (const report::CodeCount& c : counts) {
        if (!skipZeros || c.count > 0)
            out.append({label(c.code), c.count});
    }
    return out;
}

} // namespace

QChart* StatisticsCharts::bars(const QString& title, const Labelled& values,
                               Qt::LayoutDirection direction)
{
    QChart* chart = newChart(title);
    chart->legend()->hide();
    if (values.isEmpty()) {
        chart->setTitle(tr("%1: nothing this year").arg(title));
        return chart;
    }
    auto* set = new QBarSet(title);
    QStringList categories;
    qint64 most = 0;
    // A horizontal bar series draws its first category at the bottom.
    for (auto it = values.crbegin(); it != values.crend(); ++it) {
        categories << it->first;
        *set << double(it->second);
        most = std::max(most, it->second);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);

    const bool rtl = direction == Qt::RightToLeft;
    auto* labels = new QBarCategoryAxis;
    labels->append(categories);
    // Whole numbers on every tick: at most five steps of a whole size.
    const qint64 steps = std::clamp<qint64>(most, 1, 5);
    const qint64 step = (std::max<qint64>(most, 1) + steps - 1) / steps;
    auto* counts = new QValueAxis;
    counts->setRange(0, double(step * steps));
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(int(steps) + 1);
    // Right to left: labels on the right, bars growing leftwards.
    counts->setReverse(rtl);
    chart->addAxis(labels, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(labels);
    series->attachAxis(counts);
    return chart;
}

QChart* StatisticsCharts::placesVisited(const report::AnnualFigures& figures,
                                        Qt::LayoutDirection direction)
{
    // Only the types visited: a dozen empty rows would hide the few that count.
    return bars(tr("Places visited, by type"),
                labelled(figures.placesVisitedByType, &VocabularyLabels::placeType, true),
                direction);
}

QChart* StatisticsCharts::findingsByTheme(const report::AnnualFigures& figures,
                                          Qt::LayoutDirection direction)
{
    return bars(tr("Findings, by theme"),
                labelled(figures.findingsByTheme, &VocabularyLabels::findingCategory, false),
                direction);
}

QChart* StatisticsCharts::recommendations(const report::AnnualFigures& figures,
                                          Qt::LayoutDirection direction)
{
    const report::RecommendationFigures& r = figures.recommendations;
    QChart* chart = newChart(tr("Recommendations issued: implementation"));
    chart->legend()->setAlignment(direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    if (r.issued == 0) {
        chart->setTitle(tr("No recommendation was issued this year"));
        chart->legend()->hide();
        return chart;
    }
    auto* series = new QPieSeries;
    const std::pair<QString, qint64> parts[] = {
        {tr("Implemented"), r.implemented},    {tr("Partly implemented"), r.partlyImplemented},
        {tr("In progress"), r.inProgress},     {tr("Not implemented"), r.notImplemented},
        {tr("Not checked yet"), r.notChecked},
    };
    for (const auto& [label, count] : parts) {
        if (count > 0)
            series->append(tr("%1: %2").arg(label).arg(count), double(count));
    }
    series->setPieSize(0.75);
    chart->addSeries(series);
    chart->legend()->show();
    return chart;
}

} // namespace vigil
