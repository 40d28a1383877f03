#pragma once

// Small helpers shared by the UI tests: find widgets by object name, type,
// click and wait for asynchronous work without fixed sleeps.

#include "ui/AppWindow.h"
#include "ui/MainWindow.h"
#include "ui/lock/LockScreen.h"
#include "ui/lock/RecoveryKeyDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

namespace vigil::test {

inline constexpr const char* kGoodPassphrase = "orbit lantern cobalt meadow sixty";

template <typename T> T* childNamed(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// Waits (processing events) until `done` holds; KDF work runs on a thread.
template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs = 20000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

inline void typeInto(QLineEdit* edit, const char* text)
{
    edit->clear();
    QTest::keyClicks(edit, QString::fromUtf8(text));
}

// By keyboard (Space), as a user tabbing through would: a mouse click at the
// centre of a wide check box misses its indicator and text.
inline void click(QAbstractButton* button)
{
    QTest::keyClick(button, Qt::Key_Space);
}

inline void submitCreate(LockScreen* screen, const char* passphrase, const char* repeated,
                         const char* name = "")
{
    typeInto(childNamed<QLineEdit>(screen, "nameEdit"), name);
    typeInto(childNamed<QLineEdit>(screen, "passphraseEdit"), passphrase);
    typeInto(childNamed<QLineEdit>(screen, "confirmEdit"), repeated);
    click(childNamed<QAbstractButton>(screen, "submitButton"));
}

inline void submitUnlock(LockScreen* screen, const char* passphrase)
{
    typeInto(childNamed<QLineEdit>(screen, "passphraseEdit"), passphrase);
    click(childNamed<QAbstractButton>(screen, "submitButton"));
}

// Ticks "I have written it down" and continues.
inline void confirmRecoveryKey(LockScreen* screen)
{
    RecoveryKeyDialog* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        dialog = screen->findChild<RecoveryKeyDialog*>();
        return dialog && dialog->isVisible();
    }));
    click(childNamed<QAbstractButton>(dialog, "confirmWrittenBox"));
    click(childNamed<QAbstractButton>(dialog, "continueButton"));
}

// Creates a vault through the lock screen and waits for the main window.
inline void createThroughUi(AppWindow& window, const char* name = "Test vault")
{
    submitCreate(window.lockScreen(), kGoodPassphrase, kGoodPassphrase, name);
    confirmRecoveryKey(window.lockScreen());
    REQUIRE(waitUntil([&] { return window.mainWindow() && window.mainWindow()->isVisible(); }));
    if (window.isVisible())
        REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace vigil::test
