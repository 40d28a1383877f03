// Catch2 entry point for UI tests: a QApplication on the offscreen platform.
#include "core/crypto/ProcessHardening.h"

#include <catch2/catch_session.hpp>

#include <QStandardPaths>

#include <QApplication>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil-Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil-Tests"));
    // Settings and data of tests go to ~/.qttest, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    if (!vigil::hardenProcess())
        return 3;
    return Catch::Session().run(argc, argv);
}
