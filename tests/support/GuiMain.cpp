// Catch2 entry point for UI tests: a QApplication on the offscreen platform.
#include "core/crypto/ProcessHardening.h"

#include <catch2/catch_session.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil-Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil-Tests"));
    if (!vigil::hardenProcess())
        return 3;
    return Catch::Session().run(argc, argv);
}
