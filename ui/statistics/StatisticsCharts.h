#pragma once

#include "core/report/AnnualStatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>

class QChart;

namespace vigil {

// The charts of the statistics page, made from one year's figures: places
// visited by type and findings by theme as horizontal bars, what became of
// the recommendations as a pie. Laid out for the interface's direction: in
// a right-to-left language the labels stand on the right and the bars grow
// leftwards. No animation, so a chart is whole as soon as it is shown (and
// in a screenshot).
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(vigil::StatisticsCharts)
public:
    static QChart* placesVisited(const report::AnnualFigures& figures,
                                 Qt::LayoutDirection direction);
    static QChart* findingsByTheme(const report::AnnualFigures& figures,
                                   Qt::LayoutDirection direction);
    static QChart* recommendations(const report::AnnualFigures& figures,
                                   Qt::LayoutDirection direction);

    // Labelled counts as horizontal bars, the first at the top.
    static QChart* bars(const QString& title, const QList<std::pair<QString, qint64>>& values,
                        Qt::LayoutDirection direction);
};

} // namespace vigil
