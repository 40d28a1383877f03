// The panic key wired to the window's lock, as AppWindow is meant to wire it
// (one line; see PanicKey.h): it locks at once, even while the identity
// dialog is up and checking a passphrase on its worker thread.
#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/PlaceRepository.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/UiContext.h"
#include "ui/interview/IdentityDialog.h"
#include "ui/interview/InterviewEditor.h"
#include "ui/interview/InterviewsPanel.h"
#include "ui/privacy/PanicKey.h"

#include <QApplication>
#include <QClipboard>
#include <QPointer>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

// An interview whose consent covers the name, with one identity entry.
QString interviewWithIdentity(UiContext& ctx)
{
    Place place;
    place.name = QStringLiteral("Harbour Prison");
    place.type = QStringLiteral("prison");
    auto placeId = PlaceRepository(ctx.records()).create(place);
    REQUIRE(placeId.ok());
    Visit visit;
    visit.placeId = *placeId;
    auto visitId = VisitRepository(ctx.records()).create(visit);
    REQUIRE(visitId.ok());
    Interview interview;
    interview.visitId = *visitId;
    interview.kind = QStringLiteral("individual_private");
    interview.withoutWitnesses = true;
    interview.chosenBy = QStringLiteral("team");
    interview.reprisalRisk = QStringLiteral("high");
    auto id = InterviewRepository(ctx.records()).create(interview);
    REQUIRE(id.ok());
    REQUIRE(
        InterviewRepository(ctx.records()).recordConsent(*id, {QStringLiteral("use_name")}).ok());
    IdentityFields fields;
    fields.realName = secret("Amina Test");
    REQUIRE(IdentityRepository(ctx.vault()).add(*id, fields).ok());
    return *visitId;
}

} // namespace

TEST_CASE("Panic key: locks the window at once and clears Vigil's clipboard text", "[privacy][ui]")
{
    auto dir = tempDir();
    AppWindow window(dir->path() + QStringLiteral("/vault"), fastKdf()); // installs its panic key
    window.resize(1200, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    createThroughUi(window);

    SECTION("from the main window")
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("D-07 said the guards hit him"));
        QTest::keyClick(window.mainWindow(), Qt::Key_Pause);
        CHECK(window.isLocked());
        CHECK(window.mainWindow() == nullptr);
        CHECK(QGuiApplication::clipboard()->text().isEmpty());
    }

    SECTION("while the identity dialog checks the passphrase")
    {
        UiContext& ctx = window.mainWindow()->context();
        const QString visitId = interviewWithIdentity(ctx);
        auto* panel = new InterviewsPanel(ctx, visitId, window.mainWindow());
        panel->setWindowFlag(Qt::Window);
        panel->show();
        REQUIRE(QTest::qWaitForWindowExposed(panel));
        QPointer<IdentityDialog> dialog = panel->editor()->openIdentityDialog();
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowExposed(dialog.data()));
        auto* passphrase = childNamed<QLineEdit>(dialog.data(), "identityPassphraseEdit");
        QTest::keyClicks(passphrase, QString::fromUtf8(kGoodPassphrase));
        childNamed<QAbstractButton>(dialog.data(), "revealIdentityButton")->click();
        QTest::keyClick(passphrase, Qt::Key_Pause); // while the worker runs
        CHECK(window.isLocked());
        CHECK(dialog.isNull()); // torn down with the window, after its worker finished
    }
}
