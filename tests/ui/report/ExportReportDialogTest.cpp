// Exporting a report: the publication guard's warnings block Export until
// each is accepted; the acceptance is audited; the file is rendered on a
// worker thread with progress; a cancel or a failure leaves no file.
#include "ui/report/ExportReportDialog.h"

#include "core/repo/IdentityRepository.h"
#include "core/repo/InterviewRepository.h"
#include "core/report/ReportEditRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/report/ReportUiFixture.h"
#include "ui/report/GuardFindingsView.h"
#include "ui/report/IdentityCheckPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

const QString kRiskySentence = QStringLiteral("She was the only woman held in the east wing.");

qint64 acceptances(ReportUiFixture& f)
{
    auto n = f.vault->database().scalarInt(
        "SELECT count(*) FROM audit_event WHERE action = 'report.guard_accepted'");
    REQUIRE(n.ok());
    return *n;
}

void waitForCheck(ExportReportDialog& dialog)
{
    REQUIRE(waitUntil([&] { return !dialog.isChecking(); }));
    QCoreApplication::processEvents(); // the watcher's finished signal
}

void waitForRender(ExportReportDialog& dialog)
{
    REQUIRE(waitUntil([&] { return !dialog.isRendering(); }, 60000));
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Export: a warning blocks export until accepted, and the acceptance is audited",
          "[ui][report]")
{
    ReportUiFixture f;
    REQUIRE(report::ReportEditRepository(f.records())
                .addParagraph(f.visitId, QStringLiteral("summary"), kRiskySentence)
                .ok());
    ExportReportDialog dialog(*f.ctx, {f.visitId, report::Kind::Authorities, QStringLiteral("en")});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    waitForCheck(dialog);
    CHECK(unnamedControls(&dialog) == QStringList());

    // The default file: the place and the date of the visit, in a PDF.
    CHECK(dialog.fileEdit()->text().endsWith(QStringLiteral(" - Report to the authorities.pdf")));
    const QList<QCheckBox*> boxes = dialog.findings()->acceptBoxes();
    REQUIRE_FALSE(boxes.isEmpty());
    // The sentence that causes the warning is shown with it.
    bool shown = false;
    for (QLabel* sentence :
         dialog.findings()->findChildren<QLabel*>(QStringLiteral("guardSentence")))
        shown |= sentence->text().contains(QStringLiteral("the only woman"));
    CHECK(shown);
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    for (QCheckBox* box : boxes) {
        CHECK_FALSE(dialog.exportButton()->isEnabled());
        click(box);
    }
    CHECK(dialog.exportButton()->isEnabled());
    click(boxes.first()); // taking one back blocks it again
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    click(boxes.first());

    auto out = tempDir();
    const QString path = out->filePath(QStringLiteral("report.pdf"));
    dialog.fileEdit()->setText(path);
    const qint64 before = acceptances(f);
    click(dialog.exportButton());
    CHECK(acceptances(f) == before + 1);
    CHECK(dialog.progressBar()->isVisible());
    waitForRender(dialog);
    INFO(dialog.statusLabel()->text().toStdString());
    REQUIRE(QFileInfo::exists(path));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    // An accepted warning stays in the report, as the user decided.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (text.waitForFinished(30000) && text.exitCode() == 0)
        CHECK(QString::fromUtf8(text.readAllStandardOutput())
                  .simplified()
                  .contains(QStringLiteral("the only woman held in the east wing")));
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("report.pdf")));
    CHECK_FALSE(dialog.exportButton()->isEnabled()); // done
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Export: HTML and ODT files hold the report; no warning, no audit", "[ui][report]")
{
    ReportUiFixture f;
    ExportReportDialog dialog(*f.ctx, {f.visitId, report::Kind::Public, QStringLiteral("en")});
    dialog.show();
    waitForCheck(dialog);
    for (QCheckBox* box : dialog.findings()->acceptBoxes())
        click(box); // whatever the demo text itself warns about
    const qint64 before = acceptances(f);
    const bool warned = !dialog.findings()->acceptBoxes().isEmpty();
    auto out = tempDir();

    SECTION("HTML")
    {
        dialog.formatCombo()->setCurrentIndex(
            dialog.formatCombo()->findData(int(reportjobs::Format::Html)));
        CHECK(dialog.fileEdit()->text().endsWith(QStringLiteral(".html")));
        const QString path = out->filePath(QStringLiteral("summary.html"));
        dialog.fileEdit()->setText(path);
        REQUIRE(dialog.startExport());
        waitForRender(dialog);
        QFile html(path);
        REQUIRE(html.open(QIODevice::ReadOnly));
        CHECK(html.readAll().startsWith("<!DOCTYPE html>"));
    }
    SECTION("ODT")
    {
        dialog.formatCombo()->setCurrentIndex(
            dialog.formatCombo()->findData(int(reportjobs::Format::Odt)));
        const QString path = out->filePath(QStringLiteral("summary.odt"));
        dialog.fileEdit()->setText(path);
        REQUIRE(dialog.startExport());
        waitForRender(dialog);
        QFile odt(path);
        REQUIRE(odt.open(QIODevice::ReadOnly));
        CHECK(odt.read(2) == "PK"); // a zip package
    }
    CHECK(acceptances(f) == before + (warned ? 1 : 0));
}

TEST_CASE("Export: a cancelled or failed export leaves no file", "[ui][report]")
{
    ReportUiFixture f;
    ExportReportDialog dialog(*f.ctx,
                              {f.visitId, report::Kind::InternalNotes, QStringLiteral("en")});
    dialog.show();
    waitForCheck(dialog);
    for (QCheckBox* box : dialog.findings()->acceptBoxes())
        click(box);
    auto out = tempDir();

    SECTION("cancel")
    {
        const QString path = out->filePath(QStringLiteral("notes.pdf"));
        dialog.fileEdit()->setText(path);
        REQUIRE(dialog.startExport());
        CHECK(dialog.cancelButton()->text() == QStringLiteral("Cancel"));
        click(dialog.cancelButton());
        waitForRender(dialog);
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(QDir(out->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        CHECK(dialog.statusLabel()->text().contains(QStringLiteral("cancelled")));
        CHECK(dialog.exportButton()->isEnabled()); // it can be tried again
    }
    SECTION("a folder that does not exist")
    {
        const QString path = out->filePath(QStringLiteral("missing/notes.pdf"));
        dialog.fileEdit()->setText(path);
        REQUIRE(dialog.startExport());
        waitForRender(dialog);
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(dialog.statusLabel()->text().startsWith(
            QStringLiteral("The report could not be exported.")));
    }
}

TEST_CASE("Export: the default file name is the place, the date and the kind", "[ui][report]")
{
    const qint64 march12 = QDateTime(QDate(2025, 3, 12), QTime(10, 0)).toMSecsSinceEpoch();
    CHECK(ExportReportDialog::defaultFileName(QStringLiteral("Northgate Prison"), march12,
                                              report::Kind::Public, reportjobs::Format::Odt) ==
          QStringLiteral("Northgate Prison 2025-03-12 - Public summary.odt"));
    // Characters a file system refuses are replaced.
    CHECK(ExportReportDialog::defaultFileName(
              QStringLiteral("Cells A/B: \"east\""), 0, report::Kind::InternalNotes,
              reportjobs::Format::Pdf) == QStringLiteral("Cells A-B- -east- - Internal notes.pdf"));
}

TEST_CASE("Export: a report changed since the check is not written; the new findings are shown",
          "[ui][report]")
{
    ReportUiFixture f;
    ExportReportDialog dialog(*f.ctx, {f.visitId, report::Kind::Authorities, QStringLiteral("en")});
    dialog.show();
    waitForCheck(dialog);
    for (QCheckBox* box : dialog.findings()->acceptBoxes())
        click(box); // whatever the demo text itself warns about
    const qsizetype boxesBefore = dialog.findings()->acceptBoxes().size();
    // Edited after the verdict was shown (in the builder, or by a sync).
    REQUIRE(report::ReportEditRepository(f.records())
                .addParagraph(f.visitId, QStringLiteral("summary"), kRiskySentence)
                .ok());
    auto out = tempDir();
    const QString path = out->filePath(QStringLiteral("report.html"));
    dialog.formatCombo()->setCurrentIndex(
        dialog.formatCombo()->findData(int(reportjobs::Format::Html)));
    dialog.fileEdit()->setText(path);
    REQUIRE(dialog.startExport());
    waitForRender(dialog);
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("changed since it was checked")));
    // The new warning is listed, not yet accepted: Export waits for it.
    CHECK(dialog.findings()->acceptBoxes().size() > boxesBefore);
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    for (QCheckBox* box : dialog.findings()->acceptBoxes())
        click(box);
    REQUIRE(dialog.startExport());
    waitForRender(dialog);
    QFile html(path);
    REQUIRE(html.open(QIODevice::ReadOnly));
    CHECK(html.readAll().contains("the only woman held in the east wing"));
}

TEST_CASE("Export: names from identity entries are looked for once the passphrase is given",
          "[ui][report][privacy]")
{
    ReportUiFixture f;
    auto interviews = InterviewRepository(f.records()).forVisit(f.visitId);
    REQUIRE(interviews.ok());
    bool added = false;
    for (const Interview& interview : *interviews) {
        if (interview.consentWithdrawn)
            continue;
        // Only an interview whose consent covers the name takes an entry.
        REQUIRE(InterviewRepository(f.records())
                    .recordConsent(interview.id, {QStringLiteral("quote_anonymously"),
                                                  QStringLiteral("use_name")})
                    .ok());
        IdentityFields fields;
        fields.realName = secret("Quorvane Thistlewick");
        added = IdentityRepository(*f.vault).add(interview.id, fields).ok();
        break;
    }
    REQUIRE(added);
    REQUIRE(report::ReportEditRepository(f.records())
                .addParagraph(f.visitId, QStringLiteral("summary"),
                              QStringLiteral("Quorvane Thistlewick described the night search."))
                .ok());
    const auto reads = [&f] {
        auto n = f.vault->database().scalarInt(
            "SELECT count(*) FROM audit_event WHERE action = 'identity.read'");
        REQUIRE(n.ok());
        return *n;
    };
    const auto identityFindings = [](const ExportReportDialog& dialog) {
        int n = 0;
        for (const report::GuardFinding& finding : dialog.guardReport().removals())
            n += finding.code == u"identity_data" ? 1 : 0;
        return n;
    };

    ExportReportDialog dialog(*f.ctx, {f.visitId, report::Kind::Public, QStringLiteral("en")});
    dialog.show();
    waitForCheck(dialog);
    IdentityCheckPanel* check = dialog.identityCheck();
    CHECK(check->note()->text().contains(QStringLiteral("not checked")));
    CHECK(identityFindings(dialog) == 0);
    const qint64 before = reads();

    click(check->askButton());
    REQUIRE(check->passphraseEdit()->isVisible());
    typeInto(check->passphraseEdit(), "not the passphrase");
    click(check->checkButton());
    CHECK(check->passphraseEdit()->text().isEmpty()); // moved to guarded memory
    REQUIRE(waitUntil([&] { return !check->isChecking(); }, 60000));
    QCoreApplication::processEvents();
    auto* message = check->findChild<QLabel*>(QStringLiteral("identityCheckMessage"));
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("not correct")));
    CHECK(reads() == before); // nothing read
    CHECK_FALSE(check->hasChecked());
    CHECK(identityFindings(dialog) == 0);

    typeInto(check->passphraseEdit(), "demo");
    click(check->checkButton());
    REQUIRE(waitUntil([&] { return !check->isChecking(); }, 60000));
    QCoreApplication::processEvents();
    CHECK(reads() > before); // each read is audited
    CHECK(check->hasChecked());
    CHECK_FALSE(check->note()->text().contains(QStringLiteral("not checked")));
    CHECK(identityFindings(dialog) >= 1);

    // The export leaves the paragraph out, though the names are wiped by now.
    for (QCheckBox* box : dialog.findings()->acceptBoxes())
        click(box);
    auto out = tempDir();
    const QString path = out->filePath(QStringLiteral("public.html"));
    dialog.formatCombo()->setCurrentIndex(
        dialog.formatCombo()->findData(int(reportjobs::Format::Html)));
    dialog.fileEdit()->setText(path);
    REQUIRE(dialog.startExport());
    waitForRender(dialog);
    QFile html(path);
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QByteArray written = html.readAll();
    CHECK(written.contains("<!DOCTYPE html>"));
    CHECK_FALSE(written.contains("Thistlewick"));
}
