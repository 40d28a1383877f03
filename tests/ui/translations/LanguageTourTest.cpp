// The main screens in each of the six languages, at 1366×768: nothing pushes
// the window past the screen, no label or button shows less than its text,
// and Arabic mirrors the whole interface. With VIGIL_SCREENSHOT_DIR set, the
// screens are saved under <dir>/<language>/ to be looked at.
#include "core/demo/DemoVault.h"
#include "core/repo/VisitRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/UiContext.h"
#include "ui/UiTranslations.h"
#include "ui/nav/Workspace.h"
#include "ui/report/ReportBuilderPage.h"
#include "ui/visit/ChecklistPanel.h"
#include "ui/visit/VisitWorkspace.h"

#include <QAbstractButton>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTranslator>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr QSize kScreen(1366, 768);

// Text a control cannot show whole: a one-line label or a button narrower
// than its text needs. Word-wrapped labels grow in height instead.
QStringList clippedTexts(const QWidget* root)
{
    QStringList out;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        QString text;
        int need = 0;
        if (const auto* label = qobject_cast<const QLabel*>(w)) {
            if (label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            text = label->text();
            need = label->sizeHint().width();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            if (button->text().isEmpty())
                continue;
            text = button->text();
            need = button->sizeHint().width();
        } else {
            continue;
        }
        if (need > w->width() + 1)
            out << QStringLiteral("%1 \"%2\": %3 px for %4").arg(
                       QString::fromLatin1(w->metaObject()->className()), text)
                       .arg(w->width())
                       .arg(need);
    }
    return out;
}

class Screens
{
public:
    Screens(AppWindow& window, const QString& language) : m_window(window), m_language(language)
    {
        const QString base = qEnvironmentVariable("VIGIL_SCREENSHOT_DIR");
        if (!base.isEmpty()) {
            m_dir = base + QLatin1Char('/') + language;
            REQUIRE(QDir().mkpath(m_dir));
        }
    }

    // Lets the page settle, then checks it (and saves it when asked to).
    void check(const QString& name)
    {
        QTest::qWait(40);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        INFO(m_language.toStdString() << ": " << name.toStdString());
        CHECK(m_window.size() == kScreen);
        CHECK(clippedTexts(&m_window) == QStringList());
        CHECK(m_window.layoutDirection() ==
              (m_language == QLatin1StringView("ar") ? Qt::RightToLeft : Qt::LeftToRight));
        if (!m_dir.isEmpty())
            REQUIRE(m_window.grab().save(m_dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private:
    AppWindow& m_window;
    QString m_language;
    QString m_dir;
};

void tour(const QString& language, const QString& vaultDir, const QString& passphrase)
{
    AppWindow window(vaultDir, fastKdf());
    window.resize(kScreen);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Screens screens(window, language);
    screens.check(QStringLiteral("lock"));

    auto* pass = childNamed<QLineEdit>(window.lockScreen(), "passphraseEdit");
    QTest::keyClicks(pass, passphrase);
    click(childNamed<QAbstractButton>(window.lockScreen(), "submitButton"));
    REQUIRE(waitUntil([&] { return window.mainWindow() && window.mainWindow()->isVisible(); }));
    MainWindow* main = window.mainWindow();
    main->setLockCountdown(299);
    UiContext& ctx = main->context();

    for (int s = 0; s < Navigator::SectionCount; ++s) {
        main->goTo(Navigator::Section(s));
        screens.check(QStringLiteral("section-%1").arg(s + 1));
    }
    auto visits = VisitRepository(ctx.records()).list(0, 1);
    REQUIRE(visits.ok());
    REQUIRE_FALSE(visits->isEmpty());
    main->workspace()->openPlace(visits->first().placeId);
    screens.check(QStringLiteral("place"));
    main->workspace()->openVisit(visits->first().id);
    auto* visit = qobject_cast<VisitWorkspace*>(main->workspace()->visitWorkspace());
    REQUIRE(visit);
    for (int i = 0; i < visit->tabs()->count(); ++i) {
        visit->tabs()->setCurrentIndex(i);
        REQUIRE(QTest::qWaitFor([&] { return visit->checklist()->questionsReady(); }));
        if (visit->tabs()->widget(i) == visit->report()) // built on a worker thread
            REQUIRE(QTest::qWaitFor(
                [&] { return visit->report()->buildCount() > 0 && !visit->report()->isBuilding(); },
                20000));
        screens.check(QStringLiteral("visit-%1").arg(i + 1));
    }
    window.lock();
}

} // namespace

TEST_CASE("Every language: the main screens fit 1366x768 and show all their text; Arabic is "
          "mirrored",
          "[ui][translations]")
{
    auto dir = tempDir();
    const QString vaultDir = dir->filePath(QStringLiteral("demo-vault"));
    SecretBuffer passphrase = DemoVault::generatePassphrase();
    QString text = passphrase.toDisplayString(); // a demo vault's: fictional data only
    REQUIRE(DemoVault::create(vaultDir, passphrase, KdfParams::fastInsecure(), false).ok());

    for (const QString& language : vigilLanguages()) {
        QLocale::setDefault(QLocale(language));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        QObject translators;
        installTranslators(&translators);
        // The interface speaks the language: a label every screen has.
        if (language != QLatin1StringView("en"))
            CHECK(QCoreApplication::translate("vigil::Navigator", "Places") !=
                  QStringLiteral("Places"));
        tour(language, vaultDir, text);
    }
    QLocale::setDefault(QLocale::system());
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    wipeString(text);
}
