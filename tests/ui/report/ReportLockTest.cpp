// Locking (panic key, idle timeout) with a report on screen: the lock screen
// is painted before anything is torn down, and the teardown does not wait
// for a whole report build or render to finish.
#include "core/report/ReportEditRepository.h"
#include "core/store/Statement.h"
#include "core/vault/Vault.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/report/ReportUiFixture.h"
#include "ui/AppWindow.h"
#include "ui/MainWindow.h"
#include "ui/UiContext.h"
#include "ui/lock/LockScreen.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/report/GuardFindingsView.h"
#include "ui/report/ReportBuilderPage.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QPointer>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

// Notes whether the main window still existed when the lock screen was first painted.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget* screen, QPointer<MainWindow> main) : m_main(std::move(main))
    {
        screen->installEventFilter(this);
    }
    bool painted = false;
    bool mainAlive = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            mainAlive = !m_main.isNull();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<MainWindow> m_main;
};

QString newestVisit(Vault& vault)
{
    auto stmt =
        vault.database().prepare("SELECT id FROM visit WHERE deleted = 0 "
                                 "ORDER BY coalesce(actual_start, planned_start) DESC LIMIT 1");
    REQUIRE(stmt.ok());
    auto row = stmt->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    return stmt->columnText(0);
}

} // namespace

TEST_CASE("Locking with a report on screen shows the lock screen at once and does not wait",
          "[ui][report][privacy]")
{
    auto dir = tempDir();
    const QString path = dir->filePath(QStringLiteral("vault"));
    copyTree(ReportUiFixture::templateVault(), path);
    AppWindow window(path, fastKdf());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    submitUnlock(window.lockScreen(), "demo");
    REQUIRE(waitUntil([&] { return !window.isLocked() && window.mainWindow(); }, 60000));
    QPointer<MainWindow> main = window.mainWindow();
    UiContext& ctx = main->context();
    const QString visitId = newestVisit(ctx.vault());
    // A long report (some 60 pages), so that its build and render take a while.
    report::ReportEditRepository edits(ctx.records());
    const QString words = QStringLiteral(
        "The team found the cells overcrowded and the ventilation out of order; the staff "
        "said repairs had been requested months before, and the register confirms it. ");
    for (int i = 0; i < 300; ++i)
        REQUIRE(edits
                    .addParagraph(visitId, QStringLiteral("findings"),
                                  QStringLiteral("%1. ").arg(i) + words + words)
                    .ok());

    SECTION("while the preview is built")
    {
        auto* page = new ReportBuilderPage(ctx, visitId, main);
        page->rebuild();
        REQUIRE(page->isBuilding());
    }
    SECTION("while an export is rendered")
    {
        auto* dialog = new ExportReportDialog(
            ctx, {visitId, report::Kind::InternalNotes, QStringLiteral("en")}, main);
        dialog->show();
        REQUIRE(waitUntil([&] { return !dialog->isChecking(); }, 60000));
        QCoreApplication::processEvents();
        for (QCheckBox* box : dialog->findings()->acceptBoxes())
            click(box);
        dialog->fileEdit()->setText(dir->filePath(QStringLiteral("notes.pdf")));
        REQUIRE(dialog->startExport());
        REQUIRE(dialog->isRendering());
    }
    PaintWatch watch(window.lockScreen(), main);
    QElapsedTimer clock;
    clock.start();
    window.lock();
    const qint64 took = clock.elapsed();
    WARN("lock() took " << took << " ms");
    CHECK(window.isLocked());
    CHECK(window.lockScreen()->isVisible());
    // Painted while the main window was still there: before its teardown.
    CHECK(watch.painted);
    CHECK(watch.mainAlive);
    REQUIRE(waitUntil([&] { return main.isNull(); }));
    // About 100 ms: one step of the job at most (the machine may be busy).
    CHECK(took < 250);
    CHECK_FALSE(QFileInfo::exists(dir->filePath(QStringLiteral("notes.pdf"))));
}
