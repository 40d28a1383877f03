// Every interactive control on the main window's pages has an accessible
// name (DESIGN.md §8): each navigator section, an opened place and an
// opened visit, walked as a screen reader would meet them.
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/models/UiRecordFixture.h"
#include "ui/MainWindow.h"
#include "ui/nav/Workspace.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

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
