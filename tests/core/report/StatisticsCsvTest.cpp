#include "core/report/StatisticsCsv.h"

#include "core/report/StatisticRows.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::report;

namespace {

AnnualFigures sample(int year)
{
    AnnualFigures f;
    f.year = year;
    f.visits = 12;
    f.visitsByType = {{QStringLiteral("in_depth"), 8}, {QStringLiteral("follow_up"), 4}};
    f.interviewsByKind = {{QStringLiteral("individual_private"), 30}};
    f.recommendations.issued = 8;
    f.recommendations.accepted = 4;
    f.recommendations.partlyAccepted = 1;
    return f;
}

QList<QByteArray> lines(const QByteArray& csv)
{
    QList<QByteArray> out = csv.split('\n');
    REQUIRE(out.takeLast().isEmpty()); // the last line ends too
    for (QByteArray& line : out) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
    }
    return out;
}

} // namespace

TEST_CASE("Statistics CSV: RFC 4180 lines, stable keys, rates with a full stop", "[report][stats]")
{
    const QByteArray csv = StatisticsCsv::annual(sample(2025), StatisticsCsv::Bom::Omit);
    const QList<QByteArray> rows = lines(csv);
    CHECK(rows.first() == "section,key,label,value");
    CHECK(rows.contains("summary,visits,Visits,12"));
    CHECK(rows.contains("visits_by_type,in_depth,In-depth,8"));
    // A label with a comma is quoted.
    CHECK(rows.contains("interviews_by_kind,individual_private,\"Individual, in private\",30"));
    CHECK(rows.contains("recommendations,acceptance_rate,Accepted fully or partly (%),62.5"));
    CHECK(rows.contains("recommendations,implementation_rate,Implemented fully (%),0.0"));
    CHECK(rows.size() == StatisticRows::of(sample(2025)).size() + 1);

    // No recommendation issued: a rate of nothing is left empty, not 0.
    const QList<QByteArray> none =
        lines(StatisticsCsv::annual(AnnualFigures{}, StatisticsCsv::Bom::Omit));
    CHECK(none.contains("recommendations,acceptance_rate,Accepted fully or partly (%),"));

    const QByteArray marked = StatisticsCsv::annual(sample(2025), StatisticsCsv::Bom::Include);
    CHECK(marked.startsWith("\xEF\xBB\xBF"
                            "section,"));
    CHECK(marked.mid(3) == csv);
}

TEST_CASE("Statistics CSV: quoting, and no formulas for spreadsheets", "[report][stats]")
{
    CHECK(StatisticsCsv::field(QStringLiteral("plain")) == "plain");
    CHECK(StatisticsCsv::field(QStringLiteral("a, b")) == "\"a, b\"");
    CHECK(StatisticsCsv::field(QStringLiteral("say \"no\"")) == "\"say \"\"no\"\"\"");
    CHECK(StatisticsCsv::field(QStringLiteral("two\nlines")) == "\"two\nlines\"");
    CHECK(StatisticsCsv::field(QStringLiteral("=HYPERLINK(\"x\")")) ==
          "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(StatisticsCsv::field(QStringLiteral("@SUM(A1)")) == "'@SUM(A1)");
    CHECK(StatisticsCsv::field(QStringLiteral("+1")) == "'+1");
    // A tab or carriage return in front does not hide a formula.
    CHECK(StatisticsCsv::field(QStringLiteral("\t=1+1")) == "'\t=1+1");
    CHECK(StatisticsCsv::field(QStringLiteral("\r=1+1")) == "\"'\r=1+1\"");
    CHECK(StatisticsCsv::field(QStringLiteral("سجن")) == QStringLiteral("سجن").toUtf8());
}

TEST_CASE("Statistics CSV series: one column per year, a body's own codes in their section",
          "[report][stats]")
{
    AnnualFigures older = sample(2024);
    older.findingsByTheme = {{QStringLiteral("treatment"), 3}, {QStringLiteral("corruption"), 2}};
    const AnnualFigures newer = sample(2025);
    const QList<QByteArray> rows =
        lines(StatisticsCsv::series({older, newer}, StatisticsCsv::Bom::Omit));
    CHECK(rows.first() == "section,key,label,2024,2025");
    CHECK(rows.contains("summary,visits,Visits,12,12"));
    CHECK(rows.contains("recommendations,acceptance_rate,Accepted fully or partly (%),62.5,62.5"));
    // A code only one year used (a body's extension): 0 in the other, kept with its section.
    const qsizetype corruption = rows.indexOf("findings_by_theme,corruption,corruption,2,0");
    REQUIRE(corruption > 0);
    CHECK(rows.at(corruption - 1).startsWith("findings_by_theme,treatment,"));
}
