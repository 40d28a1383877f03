#pragma once

#include "core/report/AnnualStatistics.h"

#include <QByteArray>
#include <QList>

namespace vigil::report {

// The annual figures as CSV (RFC 4180: comma-separated, CRLF line ends,
// fields quoted where needed), UTF-8. Rows are StatisticRows, one a line,
// under a header of stable column names; counts are integers and rates
// percentages with one decimal and a full stop, empty when undefined.
// Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
// leading apostrophe.
class StatisticsCsv
{
public:
    // Excel reads UTF-8 only after a byte order mark; LibreOffice accepts
    // either; scripts reading a pipe are better off without.
    enum class Bom
    {
        Omit,
        Include
    };

    // Columns: section,key,label,value.
    static QByteArray annual(const AnnualFigures& figures, Bom bom);
    // A series for charts: section,key,label and one column per year.
    static QByteArray series(const QList<AnnualFigures>& years, Bom bom);

    // One field, quoted if it holds a comma, a quote or a line break.
    static QByteArray field(const QString& text);
};

} // namespace vigil::report
