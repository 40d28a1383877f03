// vigil-cli: Vigil's command line for coordinators and scripts.
#include "app/cli/CliCommands.h"
#include "app/cli/CliOptions.h"
#include "core/crypto/ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (!vigil::hardenProcess()) {
        std::fputs("vigil-cli: libsodium could not be initialised\n", stderr);
        return vigil::cli::ExitFailure;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
    vigil::cli::CliOptions options;
    const int early = vigil::cli::CliOptions::parse(QCoreApplication::arguments(), options);
    if (early != vigil::cli::CliOptions::kContinue)
        return early;
    return vigil::cli::runCommand(options);
}
