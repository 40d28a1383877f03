// Every interactive control on the main window's pages has an accessible
// name (DESIGN.md §8): each navigator section, an opened place and an
// opened visit, walked as a screen reader would meet them.
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/MainWindow.h"
#include "ui/nav/Workspace.h"

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextEdit>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

bool isQtInternal(const QWidget* w)
{
    // Qt's own parts of a control (a scroll area's bars, a spin box's line
    // edit) are announced through the control that owns them.
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (p->objectName().startsWith(QLatin1String("qt_")))
            return true;
    }
    return qobject_cast<const QHeaderView*>(w) != nullptr;
}

bool isInteractive(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           qobject_cast<const QTabBar*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QMenuBar*>(w);
}

QStringList unnamedControls(const QWidget* root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (isInteractive(w) && !isQtInternal(w) && w->accessibleName().trimmed().isEmpty()) {
            QString path = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                           w->objectName();
            for (const QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
                if (!p->objectName().isEmpty()) {
                    path = p->objectName() + QLatin1String(" > ") + path;
                    break;
                }
            }
            missing << path;
        }
    }
    return missing;
}

} // namespace

TEST_CASE("Every control on the main window's pages has an accessible name", "[ui][a11y]")
{
    UiRecordFixture f;
    const QString place = f.addPlace(QStringLiteral("Harbour Prison"), "prison", 300, 412);
    f.addUnit(place, QStringLiteral("Block A"));
    const QString visit = f.addVisit(place, 10);
    f.addFinding(visit, QStringLiteral("Cells without ventilation"),
                 QStringLiteral("No working ventilation in block C."));
    f.addOpenRecommendation(visit, QStringLiteral("Repair the ventilation."));

    MainWindow window(*f.vault);
    window.resize(1100, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Workspace* workspace = window.workspace();

    for (int s = 0; s < Navigator::SectionCount; ++s) {
        window.goTo(Navigator::Section(s));
        INFO("section " << s);
        CHECK(unnamedControls(workspace->sectionPage(Navigator::Section(s))) == QStringList());
    }
    CHECK(unnamedControls(window.navigator()) == QStringList());

    workspace->openPlace(place);
    REQUIRE(workspace->placePage());
    CHECK(unnamedControls(workspace->currentWidget()) == QStringList());

    workspace->openVisit(visit);
    REQUIRE(workspace->visitWorkspace());
    CHECK(unnamedControls(workspace->currentWidget()) == QStringList());

    // And the whole window at once, menus and status bar included.
    CHECK(unnamedControls(&window) == QStringList());
}
