// Every interactive control has an accessible name (DESIGN.md §8), in every
// screen of the shell.
#include "core/crypto/RecoveryKey.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QMenuBar>
#include <QProgressBar>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

QStringList unnamedControls(const QWidget* root)
{
    QStringList missing;
    const auto widgets = root->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        const bool interactive =
            qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
            qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
            qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QProgressBar*>(w) ||
            qobject_cast<const QMenuBar*>(w);
        // Qt's own helpers (the menu bar's overflow button, ...) are Qt's business.
        const bool qtInternal = w->objectName().startsWith(QLatin1String("qt_"));
        if (interactive && !qtInternal && w->accessibleName().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                           w->objectName();
    }
    return missing;
}

} // namespace

TEST_CASE("Lock screen controls have accessible names in both modes", "[ui][a11y]")
{
    auto dir = tempDir();
    const QString path = dir->path() + QStringLiteral("/vault");
    {
        LockScreen create(path, fastKdf());
        CHECK(unnamedControls(&create) == QStringList());
    }
    auto created = Vault::create(path, secret(kGoodPassphrase), fastKdf());
    REQUIRE(created.ok());
    created->vault->lock();
    LockScreen unlock(path, fastKdf());
    CHECK(unnamedControls(&unlock) == QStringList());
}

TEST_CASE("Recovery dialog and main window controls have accessible names", "[ui][a11y]")
{
    RecoveryKeyDialog dialog(RecoveryKey::format(RecoveryKey::generate()), QString());
    CHECK(unnamedControls(&dialog) == QStringList());

    auto dir = tempDir();
    auto created =
        Vault::create(dir->path() + QStringLiteral("/vault"), secret(kGoodPassphrase), fastKdf());
    REQUIRE(created.ok());
    {
        MainWindow window(*created->vault);
        CHECK(unnamedControls(&window) == QStringList());
    }
    created->vault->lock();
}
