// Attachments in the visit workspace: imports run on a worker thread with
// their own database connection, can be cancelled, leave no plaintext in the
// vault, and images are previewed from memory.

#include "ui/visit/AttachmentsPanel.h"

#include "core/attachments/AttachmentStore.h"
#include "tests/support/CanaryScan.h"
#include "tests/ui/visit/VisitWorkspaceFixture.h"
#include "ui/visit/AttachmentPreviewDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListView>

using namespace vigil;
using namespace vigil::test;

namespace {

QString writeFile(const QString& dir, const char* name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(QLatin1StringView(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("Attachments import in the background, stay encrypted and preview from memory",
          "[ui][visit]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();
    AttachmentsPanel* panel = w.attachments();
    f.showTabOf(panel);

    auto outside = tempDir();
    QImage image(80, 60, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    const QString png = outside->filePath(QStringLiteral("yard.png"));
    REQUIRE(image.save(png, "PNG"));
    const QByteArray canary = makeCanary("visit-attachment");
    const QString notes = writeFile(outside->path(), "notes.txt", "Handwritten: " + canary);

    REQUIRE(panel->importFiles({png, notes}));
    CHECK_FALSE(panel->importFiles({png})); // one import at a time
    REQUIRE(QTest::qWaitFor([&] { return !panel->isImporting(); }, 20000));
    auto attachments = AttachmentStore(*f.vault.vault).forOwner(f.visitId);
    REQUIRE(attachments.ok());
    REQUIRE(attachments->size() == 2);
    CHECK(attachments->at(0).hasThumbnail);
    CHECK_FALSE(attachments->at(1).hasThumbnail);
    CHECK(f.vault.vault->database().checkpoint().ok());
    CHECK(scanForCanaries({f.vault.vaultPath()}, {canary}).isEmpty());

    auto* view = f.child<QListView>("attachmentList");
    REQUIRE(view->model()->rowCount() == 2);
    view->setCurrentIndex(view->model()->index(1, 0));
    CHECK_FALSE(f.child<QAbstractButton>("previewAttachmentButton")->isEnabled()); // text
    view->setCurrentIndex(view->model()->index(0, 0));
    auto* preview = f.child<QAbstractButton>("previewAttachmentButton");
    REQUIRE(preview->isEnabled());
    preview->click();
    AttachmentPreviewDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = panel->findChild<AttachmentPreviewDialog*>();
        return dialog && dialog->isVisible();
    }));
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("previewImage"));
    REQUIRE(label);
    CHECK(label->pixmap().size() == QSize(80, 60));
    dialog->close();
    CHECK(f.errors.isEmpty());
}

TEST_CASE("A cancelled import leaves no attachment and no file behind", "[ui][visit]")
{
    VisitWorkspaceFixture f;
    VisitWorkspace& w = f.show();
    AttachmentsPanel* panel = w.attachments();
    f.showTabOf(panel);
    auto outside = tempDir();
    // Big enough that the cancel lands while the first file is being encrypted.
    const QString big = writeFile(outside->path(), "video.bin", QByteArray(32 << 20, 'x'));
    const QString second = writeFile(outside->path(), "second.bin", QByteArray(1024, 'y'));

    REQUIRE(panel->importFiles({big, second}));
    CHECK(f.child<QWidget>("importProgress")->isVisible());
    panel->cancelImport();
    REQUIRE(QTest::qWaitFor([&] { return !panel->isImporting(); }, 20000));
    CHECK_FALSE(f.child<QWidget>("importProgress")->isVisible());
    auto attachments = AttachmentStore(*f.vault.vault).forOwner(f.visitId);
    REQUIRE(attachments.ok());
    CHECK(attachments->isEmpty());
    const QDir files(f.vault.vault->attachmentsPath());
    CHECK(files.entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(f.errors.isEmpty()); // a cancellation is not an error
}
