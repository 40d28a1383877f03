// vigil: the desktop application. Hardens the process, sets up translations
// and command-line options, and shows the AppWindow; everything else lives in
// vigil_ui and vigil_core.
#include "app/cli/VersionText.h"
#include "core/Version.h"
#include "core/crypto/ProcessHardening.h"
#include "core/vault/Vault.h"
#include "ui/AppWindow.h"
#include "ui/UiResources.h"
#include "ui/UiTranslations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <cstdio>
#include <cstdlib>

namespace {

QCommandLineOption vaultOption()
{
    return QCommandLineOption(
        {QStringLiteral("vault")},
        QCoreApplication::translate("main", "Open or create the vault in <dir>."),
        QCoreApplication::translate("main", "dir"));
}

void setUpParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Offline-first, encrypted records for detention monitoring (OPCAT)."));
    // Qt's own options are single-dash words (-reverse, -style); never read
    // them as bundles of short options ("-reverse" is not -r -e -v ...).
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(vaultOption());
}

// --help and --version must work without a display, so they are answered
// before QApplication exists (it would abort with no display). Options meant
// for QApplication (-reverse, -style ...) are not errors at this stage.
void answerHelpOrVersion(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(QCoreApplication::arguments()) && parser.unknownOptionNames().isEmpty())
        return; // a real usage error: let the full parser report it below
    if (parser.isSet(QStringLiteral("version"))) {
        // Not parser.showVersion(): that prints Vigil's version only.
        std::fputs(qPrintable(vigil::cli::versionText(QStringLiteral("vigil"))), stdout);
        std::exit(0);
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(); // exits
}

} // namespace

int main(int argc, char* argv[])
{
    if (!vigil::hardenProcess()) {
        std::fputs("vigil: cannot initialise the crypto library; refusing to start.\n", stderr);
        return 1;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION_STRING));
    answerHelpOrVersion(argc, argv);

    // QApplication handles Qt's own options (-reverse, -platform, -style ...)
    // and removes them from the arguments; -reverse forces right-to-left, and
    // an installed translation for an RTL language sets it too.
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.vigil.Vigil"));
    vigil::ensureUiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.svg")));
    vigil::installTranslators(&app);

    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);
    const QString vaultDir = parser.isSet(QStringLiteral("vault"))
                                 ? QDir::cleanPath(parser.value(QStringLiteral("vault")))
                                 : vigil::Vault::defaultLocation();

    vigil::AppWindow window(vaultDir);
    window.show();
    return app.exec();
}
