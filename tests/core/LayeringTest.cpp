// Layers by target (STYLE.md §1, DESIGN.md §3): nothing in core/ includes
// Qt Widgets; only core/report may include Qt GUI.
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// The source tree (tests/CMakeLists.txt defines it for every test).
QString sourceRoot()
{
    const QDir root(QString::fromUtf8(VIGIL_SOURCE_DIR));
    REQUIRE(root.exists(QStringLiteral("core/CMakeLists.txt")));
    return root.absolutePath();
}

struct Include
{
    QString file;
    int line;
    QString header;
};

// Every #include under core/ whose header matches `header`.
QList<Include> includesMatching(const QRegularExpression& header, int* filesScanned,
                                const QString& exemptFolder = {})
{
    const QString core = sourceRoot() + QStringLiteral("/core");
    const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"));
    QList<Include> hits;
    QDirIterator it(core, QDir::Files, QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(sourceRoot()).relativeFilePath(path);
        if (!exemptFolder.isEmpty() && relative.startsWith(exemptFolder))
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly | QIODevice::Text));
        ++scanned;
        int lineNo = 0;
        while (!f.atEnd()) {
            ++lineNo;
            const QString line = QString::fromUtf8(f.readLine());
            const auto m = include.match(line);
            if (m.hasMatch() && header.match(m.captured(1)).hasMatch())
                hits.append({relative, lineNo, m.captured(1)});
        }
    }
    if (filesScanned)
        *filesScanned = scanned;
    return hits;
}

std::string describe(const QList<Include>& hits)
{
    std::string out;
    for (const Include& i : hits)
        out += i.file.toStdString() + ":" + std::to_string(i.line) + " includes <" +
               i.header.toStdString() + ">\n";
    return out;
}

} // namespace

TEST_CASE("Layering: core/ never includes Qt Widgets", "[layering]")
{
    const QRegularExpression widgets(QStringLiteral(
        R"(^(QtWidgets(/.*)?|QWidget|QApplication|QMainWindow|QDialog|QMessageBox|QFileDialog|)"
        R"(QPushButton|QLabel|QLineEdit|QTextEdit|QPlainTextEdit|QComboBox|QCheckBox|QSpinBox|)"
        R"(QTreeView|QTableView|QListView|QHeaderView|QAbstractItemView|QLayout|QVBoxLayout|)"
        R"(QHBoxLayout|QGridLayout|QFormLayout|QStyle|QToolBar|QMenu|QMenuBar|QStatusBar|)"
        R"(QSystemTrayIcon|QProgressDialog|QUndoView|QWizard|QScrollArea|QSplitter|QStackedWidget)"
        R"(|QTabWidget|QDockWidget|QGraphicsView|QCompleter|QInputDialog|QFrame|QAbstractButton)$)"));
    int scanned = 0;
    const QList<Include> hits = includesMatching(widgets, &scanned);
    INFO("files scanned: " << scanned);
    REQUIRE(scanned >= 10); // the scanner found the tree
    INFO(describe(hits));
    CHECK(hits.isEmpty());
}

TEST_CASE("Layering: only core/report may include Qt GUI", "[layering]")
{
    const QRegularExpression gui(QStringLiteral(
        R"(^(QtGui(/.*)?|QGuiApplication|QImage|QPixmap|QPainter|QFont|QFontMetrics|QColor|)"
        R"(QIcon|QPdfWriter|QTextDocument|QTextCursor|QTextDocumentWriter|QClipboard|QScreen|)"
        R"(QKeySequence|QAction|QUndoStack|QUndoCommand|QStandardItemModel|QValidator|QImageReader|)"
        R"(QImageWriter|QDesktopServices|QWindow)$)"));
    int scanned = 0;
    const QList<Include> hits = includesMatching(gui, &scanned, QStringLiteral("core/report/"));
    REQUIRE(scanned >= 10);
    INFO(describe(hits));
    CHECK(hits.isEmpty());
}

TEST_CASE("Layering: vigil_core does not link Qt Widgets", "[layering]")
{
    QFile cmake(sourceRoot() + QStringLiteral("/core/CMakeLists.txt"));
    REQUIRE(cmake.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(cmake.readAll());
    QStringList offending;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString code = line.section(QLatin1Char('#'), 0, 0);
        if (code.contains(QStringLiteral("Qt6::Widgets")) || code.contains(QStringLiteral("Qt::Widgets")))
            offending.append(line.trimmed());
    }
    INFO(offending.join(QStringLiteral("\n")).toStdString());
    CHECK(offending.isEmpty());
}

TEST_CASE("Layering: the scanner catches a widget include", "[layering]")
{
    // Guard against a scanner that silently matches nothing.
    const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])"));
    const auto m = include.match(QStringLiteral("#include <QtWidgets/QWidget>"));
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1) == QStringLiteral("QtWidgets/QWidget"));
    int scanned = 0;
    const QList<Include> hits =
        includesMatching(QRegularExpression(QStringLiteral("^core/util/Result\\.h$")), &scanned);
    CHECK_FALSE(hits.isEmpty()); // core files include Result.h, so the scan sees includes
}
