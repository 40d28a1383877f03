// Renders the main screens of a demo vault at 1366×768, left to right and
// right to left, for packaging/screenshots (`make screenshots`). Runs only
// when VIGIL_SCREENSHOT_DIR names a folder:
//   VIGIL_SCREENSHOT_DIR=/tmp/shots vigil_ui_tests "[screenshot]"
#include "core/demo/DemoVault.h"
#include "core/repo/InterviewRepository.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/UiContext.h"
#include "ui/UiTranslations.h"
#include "ui/interview/IdentityDialog.h"
#include "ui/interview/InterviewEditor.h"
#include "ui/interview/InterviewListModel.h"
#include "ui/interview/InterviewsPanel.h"
#include "ui/nav/Workspace.h"
#include "ui/report/ReportBuilderPage.h"
#include "ui/search/SearchPage.h"
#include "ui/search/SearchResultModel.h"
#include "ui/visit/VisitWorkspace.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr QSize kScreen(1366, 768);

class Shooter
{
public:
    Shooter(QString dir, QString suffix) : m_dir(std::move(dir)), m_suffix(std::move(suffix)) {}

    void operator()(QWidget& widget, const QString& name)
    {
        // Let queued loads, layouts and first paints settle; no work is awaited here.
        QTest::qWait(60);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString file = QStringLiteral("%1/%2-%3%4.png")
                                 .arg(m_dir)
                                 .arg(++m_index, 2, 10, QLatin1Char('0'))
                                 .arg(name, m_suffix);
        REQUIRE(widget.grab().save(file));
    }

private:
    QString m_dir;
    QString m_suffix;
    int m_index = 0;
};

QString slug(QString text)
{
    text.remove(QLatin1Char('&'));
    QString out;
    for (const QChar c : text.toLower())
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    return out;
}

// The visit with the most interviews, and its place.
std::pair<QString, QString> richestVisit(UiContext& ctx)
{
    auto visits = VisitRepository(ctx.records()).list(0, 10000);
    REQUIRE(visits.ok());
    REQUIRE_FALSE(visits->isEmpty());
    QString best = visits->first().id, place = visits->first().placeId;
    qsizetype most = -1;
    for (const Visit& v : *visits) {
        auto interviews = InterviewRepository(ctx.records()).forVisit(v.id);
        if (interviews && interviews->size() > most) {
            most = interviews->size();
            best = v.id;
            place = v.placeId;
        }
    }
    return {place, best};
}

void tour(const QString& out, const QString& vaultDir, const QString& passphrase,
          const QString& suffix)
{
    Shooter shoot(out, suffix);
    AppWindow window(vaultDir, fastKdf());
    window.resize(kScreen);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    shoot(window, QStringLiteral("lock-screen"));

    auto* pass = childNamed<QLineEdit>(window.lockScreen(), "passphraseEdit");
    pass->clear();
    QTest::keyClicks(pass, passphrase);
    click(childNamed<QAbstractButton>(window.lockScreen(), "submitButton"));
    REQUIRE(waitUntil([&] { return window.mainWindow() && window.mainWindow()->isVisible(); }));
    MainWindow* main = window.mainWindow();
    main->setLockCountdown(299);
    UiContext& ctx = main->context();

    main->goTo(Navigator::Places);
    shoot(window, QStringLiteral("places"));

    const auto [placeId, visitId] = richestVisit(ctx);
    main->workspace()->openPlace(placeId);
    shoot(window, QStringLiteral("place"));

    main->workspace()->openVisit(visitId);
    auto* visit = qobject_cast<VisitWorkspace*>(main->workspace()->visitWorkspace());
    REQUIRE(visit);
    QTabWidget* tabs = visit->tabs();
    InterviewsPanel* interviews = nullptr;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (tabs->widget(i) == visit->report()) // built on a worker thread
            REQUIRE(waitUntil([&] {
                return visit->report()->buildCount() > 0 && !visit->report()->isBuilding();
            }));
        shoot(window, QStringLiteral("visit-") + slug(tabs->tabText(i)));
        // Each page sits in a scroll area.
        if (auto* panel = tabs->widget(i)->findChild<InterviewsPanel*>())
            interviews = panel;
    }
    REQUIRE(interviews);
    {
        REQUIRE(visit->showTabOf(interviews));
        // An interview with consent shows the whole editor, notes included;
        // one whose consent covers the name also shows the identity dialog.
        QString shown;
        for (int row = 0; row < interviews->model()->rowCount(); ++row) {
            const QString id = interviews->model()->idAt(row);
            interviews->selectInterview(id);
            if (interviews->editor()->consentState() != Consent::State::Given)
                continue;
            if (shown.isEmpty())
                shown = id;
            if (childNamed<QAbstractButton>(interviews->editor(), "identityButton")->isEnabled()) {
                shown = id;
                break;
            }
        }
        if (!shown.isEmpty())
            interviews->selectInterview(shown);
        shoot(window, QStringLiteral("interview"));
        if (IdentityDialog* dialog = interviews->editor()->openIdentityDialog()) {
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            shoot(*dialog, QStringLiteral("interview-identity"));
            dialog->close();
        }
    }

    main->openSearch();
    SearchPage* search = main->workspace()->searchPage();
    for (const char* word : {"water", "cell", "medical", "visit"}) {
        search->queryEdit()->setText(QString::fromLatin1(word));
        search->search();
        if (search->model()->rowCount() > 0)
            break;
    }
    shoot(window, QStringLiteral("search"));
    window.lock();
}

} // namespace

TEST_CASE("Screenshots of the main screens of a demo vault", "[screenshot]")
{
    const QString out = qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
    if (out.isEmpty())
        SKIP("VIGIL_SCREENSHOT_DIR is not set");
    REQUIRE(QDir().mkpath(out));
    QObject translators; // as the application loads them: English plural forms
    installTranslators(&translators);
    // The tour's numbered shots are made anew: none left from an older tour.
    QDir shots(out);
    for (const QString& old : shots.entryList({QStringLiteral("[0-9][0-9]-*.png")}, QDir::Files))
        REQUIRE(shots.remove(old));

    auto dir = tempDir();
    const QString vaultDir = dir->filePath(QStringLiteral("demo-vault"));
    SecretBuffer passphrase = DemoVault::generatePassphrase();
    QString text = passphrase.toDisplayString(); // a demo vault's: fictional data only
    {
        auto created = DemoVault::create(vaultDir, passphrase, KdfParams::fastInsecure(), false);
        REQUIRE(created.ok());
    }

    tour(out, vaultDir, text, QString());
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    tour(out, vaultDir, text, QStringLiteral("-rtl"));
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    wipeString(text);
}
