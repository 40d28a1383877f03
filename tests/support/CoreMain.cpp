// Catch2 entry point for core and CLI tests: a QCoreApplication, a hardened
// process, and libsodium initialised.
#include "core/crypto/ProcessHardening.h"

#include <catch2/catch_session.hpp>

#include <QStandardPaths>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil-Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil-Tests"));
    // Settings and data of tests go to ~/.qttest, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    if (!vigil::hardenProcess())
        return 3;
    return Catch::Session().run(argc, argv);
}
