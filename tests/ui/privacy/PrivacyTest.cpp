#include "tests/support/TestSupport.h"
#include "ui/privacy/ClipboardGuard.h"
#include "ui/privacy/InactiveShield.h"
#include "ui/privacy/PanicKey.h"
#include "ui/privacy/PrivacySettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

void showActive(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(QTest::qWaitFor(
        [] { return QGuiApplication::applicationState() == Qt::ApplicationActive; }));
}

// Another application takes the focus. The offscreen platform has no
// application states (and nothing else to switch to), so the test stands in
// for the window system and announces the change the way Qt would.
void switchAway()
{
    Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationInactive);
}

void comeBack()
{
    Q_EMIT qGuiApp->applicationStateChanged(Qt::ApplicationActive);
}

} // namespace

TEST_CASE("Panic key: clears text copied from Vigil, leaves other applications' text",
          "[privacy][ui]")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Interview D-07"), &window));
    window.resize(400, 300);
    PanicKey panic(&window);
    QSignalSpy spy(&panic, &PanicKey::panic);
    QClipboard* clipboard = QGuiApplication::clipboard();
    CHECK(PanicKey::keys().contains(QKeySequence(Qt::Key_Pause)));

    SECTION("Vigil's own text is cleared, by Pause or Ctrl+Shift+L")
    {
        showActive(window);
        for (const bool pause : {true, false}) {
            clipboard->setText(QStringLiteral("He was held in isolation for 12 days."));
            CHECK(panic.clipboardGuard()->holdsVigilText());
            if (pause)
                QTest::keyClick(&window, Qt::Key_Pause);
            else
                QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
            CHECK(clipboard->text().isEmpty());
        }
        CHECK(spy.count() == 2);
    }

    SECTION("text copied in another application stays")
    {
        showActive(window);
        clipboard->setText(QStringLiteral("copied in Vigil"));
        switchAway();
        clipboard->setText(QStringLiteral("a bus timetable from the browser"));
        CHECK_FALSE(panic.clipboardGuard()->holdsVigilText());
        comeBack();
        QTest::keyClick(&window, Qt::Key_Pause);
        CHECK(spy.count() == 1);
        CHECK(clipboard->text() == QStringLiteral("a bus timetable from the browser"));
        clipboard->clear();
    }

    SECTION("it works while a modal dialog blocks the window's shortcuts")
    {
        showActive(window);
        QDialog dialog(&window);
        auto* field = new QLineEdit(&dialog);
        dialog.setWindowModality(Qt::ApplicationModal);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Pause);
        CHECK(spy.count() == 1);
        QTest::keyClick(field, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(spy.count() == 2);
        QTest::keyClick(field, Qt::Key_L, Qt::ControlModifier);
        QTest::keyClick(field, Qt::Key_P);
        CHECK(spy.count() == 2);
        CHECK(field->text() == QStringLiteral("p")); // other keys pass through
    }

    SECTION("the latest text copied from Vigil is the one matched")
    {
        showActive(window);
        clipboard->setText(QStringLiteral("D-07"));
        clipboard->setText(QStringLiteral("D-08"));
        CHECK(panic.clipboardGuard()->holdsVigilText());
        panic.trigger();
        CHECK(clipboard->text().isEmpty());
    }
}

TEST_CASE("Inactive shield: off by default, covers the window while the application is inactive",
          "[privacy][ui]")
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Interview notes: …"), &window));
    window.resize(500, 400);

    PrivacySettings::setShieldWhenInactive(false);
    {
        InactiveShield off(&window);
        CHECK_FALSE(off.isShieldEnabled());
    }
    PrivacySettings::setShieldWhenInactive(true);
    InactiveShield shield(&window);
    PrivacySettings::setShieldWhenInactive(false);
    REQUIRE(shield.isShieldEnabled());

    showActive(window);
    CHECK_FALSE(shield.isCovering());

    switchAway();
    CHECK(shield.isCovering());
    CHECK(shield.geometry() == window.rect());
    // Opaque and on top: a grab of the window shows none of the content.
    const QImage grabbed = window.grab().toImage();
    const QColor background = shield.palette().window().color();
    CHECK(grabbed.pixelColor(10, 10) == background);

    comeBack();
    CHECK_FALSE(shield.isCovering());

    shield.setShieldEnabled(false);
    switchAway();
    CHECK_FALSE(shield.isCovering());
    comeBack();
}
