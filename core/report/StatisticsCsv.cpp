#include "core/report/StatisticsCsv.h"

#include "core/report/StatisticRows.h"

#include <algorithm>

namespace vigil::report {

namespace {

constexpr char kLineEnd[] = "\r\n";

QByteArray start(StatisticsCsv::Bom bom)
{
    return bom == StatisticsCsv::Bom::Include ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

QByteArray value(const StatisticRow& row)
{
    if (!row.defined)
        return {};
    if (row.percent)
        return QByteArray::number(row.value, 'f', 1);
    return QByteArray::number(qint64(row.value));
}

QByteArray rowStart(const StatisticRow& row)
{
    return StatisticsCsv::field(row.section) + ',' + StatisticsCsv::field(row.key) + ',' +
           StatisticsCsv::field(row.label);
}

} // namespace

QByteArray StatisticsCsv::field(const QString& text)
{
    QString t = text;
    // Spreadsheets run a cell that starts like a formula (CSV injection);
    // a leading tab or carriage return can hide such a start.
    if (!t.isEmpty() && QStringView(u"=+-@\t\r").contains(t.front()))
        t.prepend(QLatin1Char('\''));
    QByteArray utf8 = t.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r'))
        return '"' + utf8.replace('"', "\"\"") + '"';
    return utf8;
}

QByteArray StatisticsCsv::annual(const AnnualFigures& figures, Bom bom)
{
    QByteArray out = start(bom) + "section,key,label,value" + kLineEnd;
    for (const StatisticRow& row : StatisticRows::of(figures))
        out += rowStart(row) + ',' + value(row) + kLineEnd;
    return out;
}

QByteArray StatisticsCsv::series(const QList<AnnualFigures>& years, Bom bom)
{
    QByteArray out = start(bom) + "section,key,label";
    QList<QList<StatisticRow>> columns;
    for (const AnnualFigures& year : years) {
        out += ',' + QByteArray::number(year.year);
        columns.append(StatisticRows::of(year));
    }
    out += kLineEnd;
    if (columns.isEmpty())
        return out;
    // Every year has the same rows, except codes only some years used (a
    // body's own extension): those are matched by section and key.
    QList<StatisticRow> all = columns.first();
    for (const QList<StatisticRow>& column : std::as_const(columns)) {
        for (const StatisticRow& row : column) {
            qsizetype lastOfSection = -1;
            bool known = false;
            for (qsizetype i = 0; i < all.size() && !known; ++i) {
                known = all[i].section == row.section && all[i].key == row.key;
                if (all[i].section == row.section)
                    lastOfSection = i;
            }
            if (!known)
                all.insert(lastOfSection < 0 ? all.size() : lastOfSection + 1, row);
        }
    }
    for (const StatisticRow& row : std::as_const(all)) {
        out += rowStart(row);
        for (const QList<StatisticRow>& column : std::as_const(columns)) {
            const auto it =
                std::find_if(column.cbegin(), column.cend(), [&](const StatisticRow& r) {
                    return r.section == row.section && r.key == row.key;
                });
            out += ',' + (it != column.cend() ? value(*it) : QByteArray("0"));
        }
        out += kLineEnd;
    }
    return out;
}

} // namespace vigil::report
