// vigil-cli stats: the annual figures as CSV for scripts and spreadsheets.
#include "core/demo/DemoData.h"
#include "core/model/Visit.h"
#include "core/repo/VisitRepository.h"
#include "core/vault/Vault.h"
#include "tests/app/CliSandbox.h"

#include <QDateTime>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr const char* kPass = "correct horse battery staple 7&Q";

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE(field.isEmpty()); // the last record ends with CRLF too
    REQUIRE(row.isEmpty());
    return rows;
}

// The value of section/key in a section,key,label,value... table.
QString valueOf(const QList<QStringList>& rows, const char* section, const char* key,
                int column = 3)
{
    for (const QStringList& row : rows)
        if (row.value(0) == QLatin1StringView(section) && row.value(1) == QLatin1StringView(key))
            return row.value(column);
    return QStringLiteral("(missing)");
}

// Visits of `year` that took place, counted from the visit records.
qint64 visitsIn(const QString& vaultDir, int year)
{
    auto vault = Vault::open(vaultDir, secret(kPass));
    REQUIRE(vault.ok());
    VisitRepository visits((*vault)->records());
    auto count = visits.count();
    REQUIRE(count.ok());
    auto all = visits.list(0, *count);
    REQUIRE(all.ok());
    qint64 n = 0;
    for (const Visit& v : *all) {
        const qint64 date = v.actualStart ? *v.actualStart : v.plannedStart.value_or(0);
        if (v.state != u"planned" && v.state != u"preparing" &&
            QDateTime::fromMSecsSinceEpoch(date).date().year() == year)
            ++n;
    }
    return n;
}

} // namespace

TEST_CASE("vigil-cli stats writes a year's figures as CSV", "[cli][report][stats]")
{
    Sandbox box;
    const QString pass = box.secretFile(QStringLiteral("pass"), kPass);
    REQUIRE(box.cli(box.withVault(pass, QStringList{QStringLiteral("demo")} + kFastKdf)).code ==
            Ok);
    const int year = DemoData::today().date().year() - 1; // a whole year of the demo's work
    const QString yearText = QString::number(year);

    const Run csv =
        box.cli(box.withVault(pass, {QStringLiteral("stats"), QStringLiteral("--year"), yearText,
                                     QStringLiteral("--format"), QStringLiteral("csv")}));
    INFO(csv);
    REQUIRE(csv.code == Ok);
    CHECK_FALSE(csv.out.startsWith(QChar(0xFEFF))); // no byte order mark in a pipe
    const QList<QStringList> rows = parseCsv(csv.out);
    REQUIRE(rows.size() > 50);
    CHECK(rows.first() == QStringList{QStringLiteral("section"), QStringLiteral("key"),
                                      QStringLiteral("label"), QStringLiteral("value")});
    for (const QStringList& row : rows)
        CHECK(row.size() == 4);
    const qint64 visits = visitsIn(box.vault, year);
    CHECK(visits > 5);
    CHECK(valueOf(rows, "summary", "visits") == QString::number(visits));
    CHECK(valueOf(rows, "summary", "visits", 2) == QStringLiteral("Visits"));
    CHECK(valueOf(rows, "places_visited_by_type", "prison", 2) == QStringLiteral("Prison"));
    CHECK(valueOf(rows, "recommendations", "acceptance_rate").contains(u'.'));

    SECTION("Into a file, for spreadsheets: with a byte order mark, the same rows")
    {
        const QString file = box.env + QStringLiteral("/figures.csv");
        const Run written =
            box.cli(box.withVault(pass, {QStringLiteral("stats"), QStringLiteral("--year"),
                                         yearText, QStringLiteral("--out"), file}));
        INFO(written);
        REQUIRE(written.code == Ok);
        CHECK(written.out.isEmpty());
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        CHECK(parseCsv(QString::fromUtf8(bytes.mid(3))) == rows);
    }

    SECTION("A range of years: one column each")
    {
        const Run series =
            box.cli(box.withVault(pass, {QStringLiteral("stats"), QStringLiteral("--year"),
                                         QStringLiteral("%1-%2").arg(year - 1).arg(year + 1)}));
        INFO(series);
        REQUIRE(series.code == Ok);
        const QList<QStringList> table = parseCsv(series.out);
        REQUIRE_FALSE(table.isEmpty());
        CHECK(table.first() == QStringList{QStringLiteral("section"), QStringLiteral("key"),
                                           QStringLiteral("label"), QString::number(year - 1),
                                           yearText, QString::number(year + 1)});
        CHECK(valueOf(table, "summary", "visits", 4) == QString::number(visits));
        CHECK(valueOf(table, "summary", "visits", 3) ==
              QString::number(visitsIn(box.vault, year - 1)));
    }
}

TEST_CASE("vigil-cli stats refuses bad options before asking for the passphrase",
          "[cli][report][stats]")
{
    Sandbox box;
    // No passphrase file and no terminal: reaching the vault would fail differently.
    for (const QStringList& args :
         {QStringList{QStringLiteral("stats")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("24")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--year"),
                      QStringLiteral("2026-2020")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--year"),
                      QStringLiteral("1900-2024")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2024"),
                      QStringLiteral("--format"), QStringLiteral("pdf")},
          QStringList{QStringLiteral("stats"), QStringLiteral("2024")}}) {
        const Run r = box.cli(box.withVault({}, args));
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r);
        CHECK(r.code == Usage);
        CHECK(r.err.contains(QStringLiteral("vigil-cli:")));
        CHECK_FALSE(r.err.contains(QStringLiteral("assphrase")));
    }
    const Run missing = box.cli(
        box.withVault(box.secretFile(QStringLiteral("pass"), kPass),
                      {QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2024")}));
    CHECK(missing.code == NoVault);
}
