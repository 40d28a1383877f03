#include "ui/lock/RecoveryKeyDialog.h"

#include "core/crypto/RecoveryKey.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"

#include <QFile>
#include <QPrinter>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

SecretBuffer sampleKey()
{
    return RecoveryKey::format(RecoveryKey::generate());
}

} // namespace

TEST_CASE("RecoveryKeyDialog shows the key in two lines of four groups", "[ui][recovery]")
{
    const SecretBuffer key = sampleKey();
    RecoveryKeyDialog dialog(key, QStringLiteral("Team"));
    const QString shown = childNamed<QLabel>(&dialog, "recoveryKeyLabel")->text();
    const QStringList lines = shown.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].split(QLatin1Char(' ')).size() == 4);
    CHECK(lines[1].split(QLatin1Char(' ')).size() == 4);
    // Same characters as the formatted key, dashes aside.
    QString expected = key.toDisplayString();
    QString compact = shown;
    CHECK(compact.remove(QLatin1Char('\n')).remove(QLatin1Char(' ')) ==
          expected.remove(QLatin1Char('-')));
    wipeString(expected);
    CHECK(childNamed<QLabel>(&dialog, "recoveryKeyLabel")->textInteractionFlags() ==
          Qt::NoTextInteraction);
}

TEST_CASE("RecoveryKeyDialog only continues once the user confirms", "[ui][recovery]")
{
    RecoveryKeyDialog dialog(sampleKey(), QString());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.open();
    REQUIRE(dialog.isVisible());
    auto* continueButton = childNamed<QAbstractButton>(&dialog, "continueButton");
    CHECK_FALSE(continueButton->isEnabled());

    // Escape, closing and accept() without the tick all leave it open.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    dialog.close();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(accepted.isEmpty());
    CHECK_FALSE(dialog.isKeyWiped());

    click(childNamed<QAbstractButton>(&dialog, "confirmWrittenBox"));
    CHECK(continueButton->isEnabled());
    click(continueButton);
    CHECK(accepted.count() == 1);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.isKeyWiped());
    CHECK(childNamed<QLabel>(&dialog, "recoveryKeyLabel")->text().isEmpty());
}

TEST_CASE("RecoveryKeyDialog prints the key on one page", "[ui][recovery]")
{
    auto dir = tempDir();
    RecoveryKeyDialog dialog(sampleKey(), QStringLiteral("Team"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = dir->path() + QStringLiteral("/key.pdf");
    printer.setOutputFileName(pdf);
    dialog.print(printer);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(file.size() > 1000);
}
