#include "ui/IdleWatcher.h"

#include "tests/support/TestSupport.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>
#include <catch2/catch_test_macros.hpp>

using namespace std::chrono_literals;
using vigil::IdleWatcher;

TEST_CASE("IdleWatcher signals idle once after the interval without input", "[ui][idle]")
{
    IdleWatcher watcher;
    watcher.setInterval(150ms);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.start();
    REQUIRE(watcher.isActive());
    REQUIRE(watcher.remaining() > 0ms);

    REQUIRE(QTest::qWaitFor([&] { return idle.count() == 1; }, 5000));
    CHECK_FALSE(watcher.isActive());
    CHECK(watcher.remaining() == 0ms);
    QTest::qWait(50); // nothing further arrives once stopped
    CHECK(idle.count() == 1);
}

TEST_CASE("IdleWatcher postpones while the user types", "[ui][idle]")
{
    QWidget widget;
    widget.show();
    IdleWatcher watcher;
    watcher.setInterval(400ms);
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.start();

    QElapsedTimer clock;
    clock.start();
    // Keep typing for well past the interval: no idle signal meanwhile.
    while (clock.elapsed() < 1000) {
        QTest::keyClick(&widget, Qt::Key_A);
        QTest::qWait(50);
    }
    CHECK(idle.isEmpty());
    CHECK(watcher.isActive());

    REQUIRE(QTest::qWaitFor([&] { return idle.count() == 1; }, 5000));
}

TEST_CASE("IdleWatcher counts down in whole seconds", "[ui][idle]")
{
    IdleWatcher watcher;
    watcher.setInterval(2500ms);
    QSignalSpy countdown(&watcher, &IdleWatcher::countdownChanged);
    watcher.start();
    REQUIRE(countdown.count() >= 1);
    CHECK(countdown.first().first().toInt() == 3);
    REQUIRE(QTest::qWaitFor([&] { return countdown.last().first().toInt() == 2; }, 3000));
    watcher.stop();
    CHECK_FALSE(watcher.isActive());
}

TEST_CASE("IdleWatcher treats only user input as activity", "[ui][idle]")
{
    QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier);
    QEvent paint(QEvent::Paint);
    QEvent timer(QEvent::Timer);
    CHECK(IdleWatcher::isUserInput(&key));
    CHECK_FALSE(IdleWatcher::isUserInput(&paint));
    CHECK_FALSE(IdleWatcher::isUserInput(&timer));
}
