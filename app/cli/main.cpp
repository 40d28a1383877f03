// vigil-cli: Vigil's command line for coordinators and scripts.
#include "app/cli/CliCommands.h"
#include "app/cli/CliOptions.h"
#include "app/cli/ReportCommand.h"
#include "core/crypto/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    if (!vigil::hardenProcess()) {
        std::fputs("vigil-cli: libsodium could not be initialised\n", stderr);
        return vigil::cli::ExitFailure;
    }
    // `report` lays text out with fonts (QTextDocument, QPdfWriter), which takes a
    // QGuiApplication; every other command keeps a QCoreApplication and needs no
    // platform plugin at all.
    std::unique_ptr<QCoreApplication> app;
    if (vigil::cli::ReportCommand::needsGuiApplication(argc, argv)) {
        vigil::cli::ReportCommand::usePlatformWithoutDisplay();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
    vigil::cli::CliOptions options;
    const int early = vigil::cli::CliOptions::parse(QCoreApplication::arguments(), options);
    if (early != vigil::cli::CliOptions::kContinue)
        return early;
    return vigil::cli::runCommand(options);
}
