// The report builder on a demo visit: the outline and live preview, and the
// lead inspector's edits — leave out, edit, move, add — each stored through
// ReportEditRepository and undone by the undo stack.
#include "ui/report/ReportBuilderPage.h"

#include "core/repo/InterviewRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/report/ReportUiFixture.h"
#include "ui/report/AddReportItemDialog.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/report/ReportItemEditor.h"
#include "ui/report/ReportOutlineModel.h"
#include "ui/report/ReportOutlinePane.h"
#include "ui/report/ReportPreview.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using NodeType = ReportOutlineModel::NodeType;

namespace {

// Waits for the builds the last edit asked for.
void settle(ReportBuilderPage& page, int after)
{
    REQUIRE(waitUntil([&] { return page.buildCount() > after && !page.isBuilding(); }));
}

QString previewText(const ReportBuilderPage& page)
{
    return page.preview()->toPlainText();
}

QModelIndex firstOfType(const ReportOutlineModel& model, NodeType type)
{
    const QModelIndexList all = model.match(model.index(0, 0), ReportOutlineModel::TypeRole,
                                            int(type), 1, Qt::MatchExactly | Qt::MatchRecursive);
    return all.isEmpty() ? QModelIndex() : all.first();
}

QStringList topLevelKeys(const ReportOutlineModel& model)
{
    QStringList keys;
    for (int r = 0; r < model.rowCount(); ++r)
        keys << model.index(r, 0).data(ReportOutlineModel::KeyRole).toString();
    return keys;
}

struct Shown
{
    ReportUiFixture f;
    ReportBuilderPage page{*f.ctx, f.visitId};

    Shown()
    {
        page.resize(1300, 800);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        settle(page, 0);
    }
};

} // namespace

TEST_CASE("Report builder: the outline and preview of a demo visit", "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    const ReportOutlineModel& model = *page.model();
    const QStringList keys = topLevelKeys(model);
    CHECK(keys.mid(0, 3) == QStringList{QStringLiteral("summary"), QStringLiteral("methodology"),
                                        QStringLiteral("findings")});
    CHECK(keys.contains(QStringLiteral("recommendations")));
    CHECK(keys.contains(QStringLiteral("follow_up")));
    const QModelIndex recommendation = firstOfType(model, NodeType::Recommendation);
    REQUIRE(recommendation.isValid());
    CHECK(recommendation.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    // The preview is what an export of this kind would hold.
    CHECK(previewText(page).contains(
        recommendation.data(ReportOutlineModel::TextRole).toString().left(40)));
    CHECK(page.preview()->html().startsWith("<!DOCTYPE html>"));
    CHECK(s.f.errors.isEmpty());
    CHECK(unnamedControls(&page) == QStringList());

    SECTION("internal notes carry their marking; Arabic reads right to left")
    {
        int builds = page.buildCount();
        page.setKind(report::Kind::InternalNotes);
        settle(page, builds);
        CHECK(previewText(page).contains(QStringLiteral("Confidential")));
        builds = page.buildCount();
        page.setLanguage(QStringLiteral("ar"));
        settle(page, builds);
        CHECK(page.preview()->html().contains("<html lang=\"ar\" dir=\"rtl\">"));
        CHECK(page.preview()->document()->defaultTextOption().textDirection() == Qt::RightToLeft);
    }
}

TEST_CASE("Report builder: unticking an item leaves it out of this kind only", "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    ReportOutlineModel& model = *page.model();
    const QModelIndex recommendation = firstOfType(model, NodeType::Recommendation);
    REQUIRE(recommendation.isValid());
    const QString key = recommendation.data(ReportOutlineModel::KeyRole).toString();
    // A repeated recommendation is also in the follow-up table: count its appearances.
    const QString text = recommendation.data(ReportOutlineModel::TextRole).toString();
    const qsizetype shown = previewText(page).count(text);
    REQUIRE(shown >= 1);

    int builds = page.buildCount();
    REQUIRE(model.setData(recommendation, Qt::Unchecked, Qt::CheckStateRole)); // as a click does
    settle(page, builds);
    CHECK(previewText(page).count(text) == shown - 1);
    REQUIRE(s.f.edit(key));
    CHECK(s.f.edit(key)->excludedKinds == QList<report::Kind>{report::Kind::Authorities});
    // Still in the outline, unticked, so it can be put back.
    CHECK(model.indexOfKey(key).data(Qt::CheckStateRole).toInt() == Qt::Unchecked);

    // The other kinds keep it.
    builds = page.buildCount();
    page.setKind(report::Kind::Public);
    settle(page, builds);
    CHECK(previewText(page).count(text) >= 1);
    CHECK(model.indexOfKey(key).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    builds = page.buildCount();
    s.f.undo().undo();
    page.setKind(report::Kind::Authorities);
    settle(page, builds);
    CHECK(previewText(page).count(text) == shown);
    CHECK(s.f.edit(key)->excludedKinds.isEmpty());
    CHECK(model.indexOfKey(key).data(Qt::CheckStateRole).toInt() == Qt::Checked);
}

TEST_CASE("Report builder: a section's text is edited as typed, undo restores it", "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    // The text is stored for the kind on screen only.
    const QString summaryText =
        report::ReportItem::textKeyOf(QStringLiteral("summary"), page.kind());
    page.outlinePane()->selectKey(QStringLiteral("summary"));
    QPlainTextEdit* edit = page.outlinePane()->editor()->textEdit();
    const QString builders = edit->toPlainText();
    REQUIRE_FALSE(builders.isEmpty());
    REQUIRE_FALSE(edit->isReadOnly());

    int builds = page.buildCount();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("A visit of the regional team to the remand wing."));
    // Committed within a second of the last keystroke, without leaving the field.
    QElapsedTimer typed;
    typed.start();
    REQUIRE(waitUntil([&] { return s.f.edit(summaryText).has_value(); }, 3000));
    CHECK(typed.elapsed() < 1500);
    CHECK(s.f.edit(summaryText)->text ==
          QStringLiteral("A visit of the regional team to the remand wing."));
    settle(page, builds);
    CHECK(previewText(page).contains(QStringLiteral("A visit of the regional team")));
    CHECK(edit->toPlainText() ==
          QStringLiteral("A visit of the regional team to the remand wing."));
    CHECK(page.outlinePane()->editor()->restoreButton()->isVisible());

    builds = page.buildCount();
    s.f.undo().undo();
    settle(page, builds);
    CHECK_FALSE(s.f.edit(summaryText)->text.has_value());
    CHECK_FALSE(previewText(page).contains(QStringLiteral("A visit of the regional team")));
    CHECK(edit->toPlainText() == builders);

    SECTION("redo puts the lead's text back")
    {
        builds = page.buildCount();
        s.f.undo().redo();
        settle(page, builds);
        CHECK(previewText(page).contains(QStringLiteral("A visit of the regional team")));
    }
}

TEST_CASE("Report builder: moving a section reorders the report", "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    const QStringList before = topLevelKeys(*page.model());
    page.outlinePane()->selectKey(QStringLiteral("summary"));
    CHECK_FALSE(page.outlinePane()->moveUpButton()->isEnabled());
    REQUIRE(page.outlinePane()->moveDownButton()->isEnabled());

    int builds = page.buildCount();
    page.outlinePane()->moveDownButton()->click();
    settle(page, builds);
    QStringList expected = before;
    expected.swapItemsAt(0, 1);
    CHECK(topLevelKeys(*page.model()) == expected);
    CHECK(page.outlinePane()->selectedKey() == QStringLiteral("summary"));
    const QString text = previewText(page);
    const QString summaryTitle =
        page.model()->indexOfKey(QStringLiteral("summary")).data().toString();
    const QString methodTitle =
        page.model()->indexOfKey(QStringLiteral("methodology")).data().toString();
    CHECK(text.indexOf(methodTitle) < text.indexOf(summaryTitle));
    REQUIRE(s.f.edit(QStringLiteral("summary")));
    CHECK(s.f.edit(QStringLiteral("summary"))->position.has_value());

    builds = page.buildCount();
    s.f.undo().undo();
    settle(page, builds);
    CHECK(topLevelKeys(*page.model()) == before);
}

TEST_CASE("Report builder: a paragraph added through the dialog, then removed", "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    page.outlinePane()->selectKey(QStringLiteral("summary"));
    click(page.outlinePane()->addParagraphButton());
    AddReportItemDialog* dialog = nullptr;
    REQUIRE(
        waitUntil([&] { return (dialog = page.findChild<AddReportItemDialog*>()) != nullptr; }));
    CHECK(unnamedControls(dialog) == QStringList());
    CHECK(dialog->anchorKey() == QStringLiteral("summary"));
    auto* add = childNamed<QPushButton>(dialog, "addButton");
    CHECK_FALSE(add->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog->textEdit(), QStringLiteral("The director received the team."));
    REQUIRE(add->isEnabled());
    int builds = page.buildCount();
    add->click();
    settle(page, builds);
    CHECK(previewText(page).contains(QStringLiteral("The director received the team.")));
    const QString key = page.outlinePane()->selectedKey();
    REQUIRE(key.startsWith(QStringLiteral("item:")));
    CHECK(ReportOutlineModel::type(page.model()->indexOfKey(key)) == NodeType::Paragraph);
    CHECK(page.model()->sectionKeyOf(page.model()->indexOfKey(key)) == QStringLiteral("summary"));

    REQUIRE(page.outlinePane()->removeButton()->isEnabled());
    builds = page.buildCount();
    page.outlinePane()->removeButton()->click();
    settle(page, builds);
    CHECK_FALSE(previewText(page).contains(QStringLiteral("The director received the team.")));
    CHECK_FALSE(page.model()->indexOfKey(key).isValid());

    builds = page.buildCount();
    s.f.undo().undo(); // the removal
    settle(page, builds);
    CHECK(page.model()->indexOfKey(key).isValid());
    builds = page.buildCount();
    s.f.undo().undo(); // the addition
    settle(page, builds);
    CHECK_FALSE(page.model()->indexOfKey(key).isValid());
}

TEST_CASE("Report builder: the add-quote dialog lists only interviews that may be quoted",
          "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    page.outlinePane()->selectKey(QStringLiteral("findings"));
    click(page.outlinePane()->addQuoteButton());
    AddReportItemDialog* dialog = nullptr;
    REQUIRE(
        waitUntil([&] { return (dialog = page.findChild<AddReportItemDialog*>()) != nullptr; }));
    CHECK(unnamedControls(dialog) == QStringList());
    QComboBox* interviews = dialog->interviewCombo();
    REQUIRE(interviews);
    InterviewRepository repo(s.f.records());
    for (int i = 0; i < interviews->count(); ++i) {
        auto consent = repo.currentConsent(interviews->itemData(i).toString());
        REQUIRE(consent.ok());
        CHECK((consent->allows("quote_anonymously") || consent->allows("use_name")));
    }
    if (interviews->count() == 0)
        SKIP("the demo visit has no interview with consent to quote");
    QTest::keyClicks(dialog->textEdit(), QStringLiteral("We are locked in for 23 hours."));
    const int builds = page.buildCount();
    childNamed<QPushButton>(dialog, "addButton")->click();
    settle(page, builds);
    const QString key = page.outlinePane()->selectedKey();
    CHECK(ReportOutlineModel::type(page.model()->indexOfKey(key)) == NodeType::Quote);
    CHECK(s.f.edit(key).has_value());
}

TEST_CASE("Report builder: the export dialog's warning leads back to the item to fix",
          "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    auto id = report::ReportEditRepository(s.f.records())
                  .addParagraph(s.f.visitId, QStringLiteral("methodology"),
                                QStringLiteral("The sole foreign national refused to talk."));
    REQUIRE(id.ok());
    int builds = page.buildCount();
    Q_EMIT s.f.ctx->recordsChanged(QStringLiteral("report_item"), s.f.visitId);
    settle(page, builds);
    CHECK(page.guardNote()->isVisible());

    ExportReportDialog* dialog = page.openExportDialog();
    REQUIRE(waitUntil([&] { return !dialog->isChecking(); }));
    QCoreApplication::processEvents();
    const QString item = report::ReportItem::itemKeyOf(*id);
    QPushButton* show = nullptr;
    for (QPushButton* b : dialog->findChildren<QPushButton*>(QStringLiteral("showFindingButton"))) {
        const auto* box = b->parentWidget();
        for (const QLabel* l : box->findChildren<QLabel*>())
            if (l->text().contains(QStringLiteral("sole foreign national")))
                show = b;
    }
    REQUIRE(show);
    show->click();
    CHECK_FALSE(dialog->isVisible());
    CHECK(page.outlinePane()->selectedKey() == item);
    CHECK(page.outlinePane()->editor()->textEdit()->toPlainText() ==
          QStringLiteral("The sole foreign national refused to talk."));
}

TEST_CASE("Report builder: building the preview never stalls the interface", "[ui][report]")
{
    Shown s;
    ReportBuilderPage& page = s.page;
    // A timer that should fire every 5 ms: the longest gap between two
    // firings is the longest time the UI thread was busy with something else.
    QElapsedTimer clock;
    qint64 last = 0, longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    // A new language (fonts to load), another, and the same one again.
    for (const char* language : {"ar", "fr", "en", "en"}) {
        const int builds = page.buildCount();
        clock.start();
        last = 0;
        tick.start();
        if (page.language() == QLatin1StringView(language))
            page.rebuild();
        page.setLanguage(QString::fromLatin1(language));
        settle(page, builds);
        tick.stop();
    }
    WARN("longest stall of the UI thread while building: " << longest << " ms");
    CHECK(longest < 100);

    // A large report: some 60 pages of the lead's own paragraphs.
    report::ReportEditRepository edits(s.f.records());
    const QString words = QStringLiteral(
        "The team found the cells overcrowded and the ventilation out of order; the staff "
        "said repairs had been requested months before, and the register confirms it. ");
    for (int i = 0; i < 300; ++i)
        REQUIRE(edits
                    .addParagraph(s.f.visitId, QStringLiteral("findings"),
                                  QStringLiteral("%1. ").arg(i) + words + words)
                    .ok());
    const int builds = page.buildCount();
    clock.start();
    last = 0;
    longest = 0;
    tick.start();
    page.rebuild();
    settle(page, builds);
    tick.stop();
    CHECK(page.preview()->html().size() > 100'000);
    WARN("longest stall of the UI thread while building a large report: " << longest << " ms");
    CHECK(longest < 100);
}
