// The visit header: what the visit is, its state, and the lifecycle buttons,
// undoable where the lifecycle has a way back and confirmed where it has not.

#include "ui/visit/VisitHeader.h"

#include "core/repo/VisitLifecycle.h"
#include "tests/ui/visit/VisitWorkspaceFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>

using namespace vigil;
using namespace vigil::test;

namespace {

// Answers the next confirmation box with its accept (or cancel) button.
void answerConfirmation(bool accept)
{
    QTimer::singleShot(0, qApp, [accept] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->objectName() == QStringLiteral("confirmTransitionBox"));
        for (QAbstractButton* button : box->buttons()) {
            const bool isAccept = box->buttonRole(button) == QMessageBox::AcceptRole;
            if (isAccept == accept) {
                button->click();
                return;
            }
        }
    });
}

QString stateOf(VisitWorkspaceFixture& f)
{
    auto visit = VisitRepository(f.records()).get(f.visitId);
    return visit ? visit->state : QString();
}

} // namespace

TEST_CASE("VisitHeader names the place, the visit and its state", "[ui][visit]")
{
    VisitWorkspaceFixture f;
    f.show();
    CHECK(f.child<QLabel>("placeLabel")->text() == QStringLiteral("Harbour Prison"));
    CHECK(f.child<QLabel>("visitTypeLabel")->text() == QStringLiteral("In-depth"));
    CHECK(f.child<QLabel>("unannouncedBadge")->isVisible());
    CHECK(f.child<QLabel>("visitStateLabel")
              ->text()
              .contains(VisitLifecycle::stateLabel(QStringLiteral("planned"))));
    // One button per allowed next state.
    for (const QString& next : VisitLifecycle::allowedTransitions(QStringLiteral("planned"))) {
        auto* button =
            f.workspace->findChild<QAbstractButton*>(QStringLiteral("transitionButton_") + next);
        REQUIRE(button);
        CHECK_FALSE(button->accessibleName().isEmpty());
    }
}

TEST_CASE("A lifecycle step without a way back is confirmed and not put on the undo stack",
          "[ui][visit]")
{
    VisitWorkspaceFixture f;
    f.show();
    f.child<QAbstractButton>("transitionButton_preparing")->click();
    REQUIRE(stateOf(f) == QStringLiteral("preparing"));
    const int index = f.undo().index();

    QAbstractButton* onSite = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        onSite =
            f.workspace->findChild<QAbstractButton*>(QStringLiteral("transitionButton_on_site"));
        return onSite && onSite->isVisible();
    }));
    answerConfirmation(false);
    onSite->click();
    CHECK(stateOf(f) == QStringLiteral("preparing")); // cancelled: nothing happened

    answerConfirmation(true);
    onSite->click();
    CHECK(stateOf(f) == QStringLiteral("on_site"));
    CHECK(f.undo().index() == index);
    auto visit = VisitRepository(f.records()).get(f.visitId);
    CHECK(visit->actualStart.has_value());
    CHECK(f.child<QLabel>("visitDatesLabel")->text().contains(QStringLiteral("On site")));
    CHECK(f.errors.isEmpty());
}
