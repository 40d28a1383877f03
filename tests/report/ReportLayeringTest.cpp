// vigil_report runs on worker threads and in vigil-cli: Qt GUI only, never
// Qt Widgets, and never QPixmap (GUI-thread only) — pictures are QImage.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <catch2/catch_test_macros.hpp>

namespace {

QString reportFolder()
{
    return QStringLiteral(VIGIL_SOURCE_DIR "/report");
}

} // namespace

TEST_CASE("report layering: no Qt Widgets, no QPixmap in report/", "[report][layering]")
{
    const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"));
    const QRegularExpression forbidden(QStringLiteral(
        R"(^(QtWidgets(/.*)?|QWidget|QApplication|QPixmap|QPrinter|QtPrintSupport.*)$)"));
    QStringList hits;
    int scanned = 0;
    bool sawQtGui = false;
    QDirIterator it(reportFolder(), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        ++scanned;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString& line : text.split(u'\n')) {
            const auto m = include.match(line);
            if (!m.hasMatch())
                continue;
            sawQtGui |= m.captured(1) == QStringLiteral("QPdfWriter");
            if (forbidden.match(m.captured(1)).hasMatch())
                hits.append(QFileInfo(file.fileName()).fileName() + QStringLiteral(": ") + line);
        }
        // QPixmap used without its own include (through a broader header);
        // comments may name it.
        static const QRegularExpression pixmap(QStringLiteral(R"(\bQPixmap\b)"));
        for (const QString& line : text.split(u'\n'))
            if (line.section(QStringLiteral("//"), 0, 0).contains(pixmap))
                hits.append(QFileInfo(file.fileName()).fileName() + QStringLiteral(": ") + line);
    }
    INFO(hits.join(u'\n').toStdString());
    CHECK(scanned >= 10);
    CHECK(sawQtGui); // the scan reads real includes
    CHECK(hits.isEmpty());

    QFile cmake(reportFolder() + QStringLiteral("/CMakeLists.txt"));
    REQUIRE(cmake.open(QIODevice::ReadOnly | QIODevice::Text));
    for (const QString& line : QString::fromUtf8(cmake.readAll()).split(u'\n')) {
        const QString code = line.section(u'#', 0, 0);
        INFO(line.toStdString());
        CHECK_FALSE(code.contains(QStringLiteral("Widgets")));
    }
}
