#include "ui/interview/InterviewEditor.h"

#include "core/repo/IdentityRepository.h"
#include "core/store/Database.h"
#include "tests/ui/interview/InterviewUiFixture.h"
#include "ui/interview/IdentityDialog.h"
#include "ui/interview/InterviewListModel.h"
#include "ui/interview/InterviewsPanel.h"
#include "ui/interview/SecretLabel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QUndoStack>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

void recordConsent(InterviewEditor* editor, std::initializer_list<const char*> scopes)
{
    for (const char* scope : scopes)
        named<QAbstractButton>(editor, (std::string("scope_") + scope).c_str())->setChecked(true);
    press(named<QAbstractButton>(editor, "recordConsentButton"));
}

QString secretText(const SecretLabel* label)
{
    QString text = label->revealForAccessibility();
    const QString copy = text;
    wipeString(text);
    return copy;
}

} // namespace

TEST_CASE("Interview editor: notes wait for consent, and are read-only after withdrawal",
          "[interview][ui]")
{
    InterviewUiFixture f;
    InterviewsPanel panel(f.ctx, f.visit);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QString id = panel.createInterview(InterviewUiFixture::sample());
    REQUIRE_FALSE(id.isEmpty());
    InterviewEditor* editor = panel.editor();
    REQUIRE(editor->interviewId() == id);

    auto* notes = named<QPlainTextEdit>(editor, "notesEdit");
    auto* gate = named<QLabel>(editor, "notesGateLabel");
    CHECK_FALSE(notes->isEnabled());
    CHECK(gate->isVisible());
    CHECK(gate->text().contains(QStringLiteral("consent")));
    CHECK(named<QLabel>(editor, "pseudonymLabel")->text() == f.stored(id).pseudonym);
    CHECK_FALSE(named<QAbstractButton>(editor, "withdrawConsentButton")->isVisible());
    // Aggregate use only is the minimum: shown, always on.
    auto* aggregate = named<QAbstractButton>(editor, "scope_aggregate_only");
    CHECK(aggregate->isChecked());
    CHECK_FALSE(aggregate->isEnabled());

    recordConsent(editor, {"quote_anonymously"});
    auto consent = InterviewRepository(f.records()).currentConsent(id);
    REQUIRE(consent.ok());
    CHECK(consent->state == Consent::State::Given);
    CHECK(consent->scopes ==
          QStringList({QStringLiteral("aggregate_only"), QStringLiteral("quote_anonymously")}));
    CHECK(notes->isEnabled());
    CHECK_FALSE(notes->isReadOnly());
    // Recorded consent folds into a summary, to leave room for the notes.
    CHECK_FALSE(named<QAbstractButton>(editor, "scope_use_name")->isVisible());
    CHECK(named<QLabel>(editor, "consentSummaryLabel")
              ->text()
              .contains(QStringLiteral("Quote anonymously")));

    SECTION("typing is committed within a second, as one undoable step")
    {
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("The cells are cold at night."));
        QElapsedTimer sinceLastKey;
        sinceLastKey.start();
        REQUIRE(QTest::qWaitFor(
            [&] { return f.stored(id).notes == QStringLiteral("The cells are cold at night."); },
            3000));
        CHECK(sinceLastKey.elapsed() < 1000);
        CHECK(f.ctx.undoStack()->undoText() == QStringLiteral("Edit interview notes"));

        f.ctx.undoStack()->undo();
        CHECK(f.stored(id).notes.isEmpty());
        CHECK(notes->toPlainText().isEmpty());
        f.ctx.undoStack()->redo();
        CHECK(notes->toPlainText() == QStringLiteral("The cells are cold at night."));
    }

    SECTION("withdrawal is confirmed, then the notes are read-only")
    {
        notes->setPlainText(QStringLiteral("Said by the window."));
        editor->flush();
        REQUIRE(f.stored(id).notes == QStringLiteral("Said by the window."));

        press(named<QAbstractButton>(editor, "withdrawConsentButton"));
        QMessageBox* box = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            box = editor->findChild<QMessageBox*>(QStringLiteral("withdrawConfirmBox"));
            return box && box->isVisible();
        }));
        SECTION("cancelled: nothing changes")
        {
            box->button(QMessageBox::Cancel)->click();
            CHECK(editor->consentState() == Consent::State::Given);
            CHECK_FALSE(notes->isReadOnly());
        }
        SECTION("confirmed")
        {
            press(named<QAbstractButton>(box, "confirmWithdrawButton"));
            CHECK(editor->consentState() == Consent::State::Withdrawn);
            CHECK(InterviewRepository(f.records()).currentConsent(id)->state ==
                  Consent::State::Withdrawn);
            CHECK(notes->isEnabled());
            CHECK(notes->isReadOnly());
            CHECK(gate->text().contains(QStringLiteral("withdrew")));
            CHECK_FALSE(named<QAbstractButton>(editor, "withdrawConsentButton")->isVisible());
            CHECK_FALSE(named<QAbstractButton>(editor, "recordConsentButton")->isVisible());
            CHECK_FALSE(named<QAbstractButton>(editor, "changeConsentButton")->isVisible());
            notes->setFocus();
            QTest::keyClicks(notes, QStringLiteral(" more"));
            editor->flush();
            CHECK(notes->toPlainText() == QStringLiteral("Said by the window."));
            CHECK(f.stored(id).notes == QStringLiteral("Said by the window."));
        }
    }
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Identity dialog: a wrong passphrase shows nothing, the right one shows the values "
          "until the dialog closes",
          "[interview][ui][identity]")
{
    InterviewUiFixture f;
    InterviewsPanel panel(f.ctx, f.visit);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QString id = panel.createInterview(InterviewUiFixture::sample());
    InterviewEditor* editor = panel.editor();
    CHECK_FALSE(named<QAbstractButton>(editor, "identityButton")->isEnabled());
    recordConsent(editor, {"use_name"});
    REQUIRE(named<QAbstractButton>(editor, "identityButton")->isEnabled());

    IdentityDialog* dialog = editor->openIdentityDialog();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(named<QLineEdit>(dialog, "newIdentityNameEdit"), QStringLiteral("Amina Test"));
    QTest::keyClicks(named<QLineEdit>(dialog, "newIdentityNumberEdit"), QStringLiteral("C-114"));
    press(named<QAbstractButton>(dialog, "addIdentityButton"));
    CHECK(named<QLineEdit>(dialog, "newIdentityNameEdit")->text().isEmpty());
    REQUIRE(IdentityRepository(*f.vault).list(id)->size() == 1);
    const auto reads = [&] {
        return f.count("SELECT count(*) FROM audit_event WHERE action = 'identity.read'");
    };
    const qint64 readsBefore = reads();

    QSignalSpy finished(dialog, &IdentityDialog::revealFinished);
    auto* passphrase = named<QLineEdit>(dialog, "identityPassphraseEdit");
    CHECK(passphrase->echoMode() == QLineEdit::Password);
    QTest::keyClicks(passphrase, QStringLiteral("not the passphrase"));
    press(named<QAbstractButton>(dialog, "revealIdentityButton"));
    CHECK(passphrase->text().isEmpty());
    REQUIRE(finished.wait(20000));
    CHECK(finished.takeFirst().at(0).toBool() == false);
    CHECK_FALSE(dialog->isShowingValues());
    CHECK(dialog->errorText().contains(QStringLiteral("not correct")));
    CHECK(reads() == readsBefore);

    QTest::keyClicks(passphrase, QStringLiteral("pass"));
    press(named<QAbstractButton>(dialog, "revealIdentityButton"));
    REQUIRE(finished.wait(20000));
    CHECK(finished.takeFirst().at(0).toBool() == true);
    REQUIRE(dialog->isShowingValues());
    auto* name = named<SecretLabel>(dialog, "identityNameValue");
    CHECK(secretText(name) == QStringLiteral("Amina Test"));
    CHECK(secretText(named<SecretLabel>(dialog, "identityNumberValue")) == QStringLiteral("C-114"));
    CHECK(reads() == readsBefore + 1);

    QPointer<IdentityDialog> guard(dialog);
    press(named<QAbstractButton>(dialog, "closeIdentityButton"));
    CHECK_FALSE(name->hasSecret()); // wiped on close, before the dialog is even deleted
    REQUIRE(QTest::qWaitFor([&] { return guard.isNull(); }));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Interview editor: staff interpreters and staff-chosen interviewees are flagged inline",
          "[interview][ui]")
{
    InterviewUiFixture f;
    InterviewsPanel panel(f.ctx, f.visit);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QString id = panel.createInterview(InterviewUiFixture::sample());
    InterviewEditor* editor = panel.editor();
    auto* interpreterWarning = named<QLabel>(editor, "warning_interpreter_staff");
    CHECK_FALSE(interpreterWarning->isVisible());

    choose(named<QComboBox>(editor, "interpreterCombo"), "staff");
    CHECK(f.stored(id).interpreter == QStringLiteral("staff"));
    CHECK(interpreterWarning->isVisible());
    CHECK(interpreterWarning->text().contains(QStringLiteral("staff")));

    choose(named<QComboBox>(editor, "chosenByCombo"), "staff");
    CHECK(named<QLabel>(editor, "warning_chosen_by_staff")->isVisible());

    choose(named<QComboBox>(editor, "interpreterCombo"), "co_detainee");
    CHECK_FALSE(interpreterWarning->isVisible());
    CHECK(named<QLabel>(editor, "warning_interpreter_co_detainee")->isVisible());

    f.ctx.undoStack()->undo(); // back to the staff interpreter
    CHECK(f.stored(id).interpreter == QStringLiteral("staff"));
    CHECK(named<QComboBox>(editor, "interpreterCombo")->currentData().toString() ==
          QStringLiteral("staff"));
    CHECK(interpreterWarning->isVisible());

    // Art. 20: others present in a private interview.
    press(named<QAbstractButton>(editor, "withoutWitnessesNo"));
    CHECK(f.stored(id).withoutWitnesses == false);
    CHECK(named<QLabel>(editor, "warning_witnesses_present")->isVisible());
    // The reprisal reminder is always there.
    CHECK(named<QLabel>(editor, "reprisalReminder")->text().contains(QStringLiteral("fears")));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Interview editor: sensitive vulnerabilities wait for consent; text fields commit on "
          "leaving them",
          "[interview][ui]")
{
    InterviewUiFixture f;
    InterviewsPanel panel(f.ctx, f.visit);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QString id = panel.createInterview(InterviewUiFixture::sample());
    InterviewEditor* editor = panel.editor();

    CHECK_FALSE(named<QAbstractButton>(editor, "vulnerability_disability")->isEnabled());
    press(named<QAbstractButton>(editor, "vulnerability_foreign_national"));
    CHECK(f.stored(id).vulnerabilities == QStringList{QStringLiteral("foreign_national")});
    recordConsent(editor, {});
    press(named<QAbstractButton>(editor, "vulnerability_disability"));
    CHECK(f.stored(id).vulnerabilities.contains(QStringLiteral("disability")));

    auto* topics = named<QLineEdit>(editor, "topicsEdit");
    topics->setFocus();
    QTest::keyClicks(topics, QStringLiteral("use of force, family contact"));
    QTest::keyClick(topics, Qt::Key_Return); // editingFinished
    CHECK(f.stored(id).topics ==
          QStringList({QStringLiteral("use of force"), QStringLiteral("family contact")}));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Interviews panel: new interview asks the required facts, undo and redo keep the "
          "pseudonym, coverage warns",
          "[interview][ui]")
{
    InterviewUiFixture f;
    InterviewsPanel panel(f.ctx, f.visit);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    CHECK(panel.model()->rowCount() == 0);

    panel.startNewInterview();
    QDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = panel.findChild<QDialog*>(QStringLiteral("newInterviewDialog"));
        return dialog && dialog->isVisible();
    }));
    auto* start = named<QAbstractButton>(dialog, "startInterviewButton");
    CHECK_FALSE(start->isEnabled()); // witnesses, chosen by and risk have no default
    named<QAbstractButton>(dialog, "newWithoutWitnessesYes")->click();
    auto* chosen = named<QComboBox>(dialog, "newChosenByCombo");
    chosen->setCurrentIndex(chosen->findData(QStringLiteral("team")));
    CHECK_FALSE(start->isEnabled());
    auto* risk = named<QComboBox>(dialog, "newRiskCombo");
    risk->setCurrentIndex(risk->findData(QStringLiteral("medium")));
    auto* unit = named<QComboBox>(dialog, "newUnitCombo");
    unit->setCurrentIndex(unit->findData(f.unitA));
    REQUIRE(start->isEnabled());
    start->click();

    REQUIRE(panel.model()->rowCount() == 1);
    const QString id = panel.selectedInterview();
    REQUIRE_FALSE(id.isEmpty());
    const Interview created = f.stored(id);
    CHECK(created.reprisalRisk == QStringLiteral("medium"));
    CHECK(created.unitId == f.unitA);
    CHECK(panel.editor()->interviewId() == id);
    // One person alone heard in A wing: the coverage warning names it.
    auto* warning = named<QLabel>(&panel, "coverage_single_interviewee");
    CHECK(warning->text().contains(QStringLiteral("A wing")));

    f.ctx.undoStack()->undo();
    CHECK(panel.model()->rowCount() == 0);
    CHECK(panel.editor()->interviewId().isEmpty());
    f.ctx.undoStack()->redo();
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(f.stored(id).pseudonym == created.pseudonym);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("Consent section: changing the scopes records a new consent; cancel keeps the old one",
          "[interview][ui]")
{
    InterviewUiFixture f;
    InterviewsPanel panel(f.ctx, f.visit);
    panel.resize(1200, 800);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    const QString id = panel.createInterview(InterviewUiFixture::sample("group"));
    InterviewEditor* editor = panel.editor();
    // A group interview carries no confidentiality (§4.4).
    CHECK(named<QLabel>(editor, "groupConsentNote")->isVisible());
    CHECK_FALSE(named<QAbstractButton>(editor, "scope_use_name")->isEnabled());
    CHECK(named<QAbstractButton>(editor, "scope_quote_anonymously")->isEnabled());
    press(named<QAbstractButton>(editor, "recordConsentButton"));
    CHECK(InterviewRepository(f.records()).currentConsent(id)->scopes ==
          QStringList{QStringLiteral("aggregate_only")});

    press(named<QAbstractButton>(editor, "changeConsentButton"));
    auto* quote = named<QAbstractButton>(editor, "scope_quote_anonymously");
    REQUIRE(quote->isVisible());
    quote->setChecked(true);
    press(named<QAbstractButton>(editor, "cancelConsentChangeButton"));
    CHECK_FALSE(quote->isChecked());
    CHECK(InterviewRepository(f.records()).currentConsent(id)->scopes.size() == 1);

    press(named<QAbstractButton>(editor, "changeConsentButton"));
    quote->setChecked(true);
    press(named<QAbstractButton>(editor, "recordConsentButton"));
    CHECK(InterviewRepository(f.records()).currentConsent(id)->scopes ==
          QStringList({QStringLiteral("aggregate_only"), QStringLiteral("quote_anonymously")}));
    CHECK_FALSE(quote->isVisible());
    CHECK(f.errors.isEmpty());
}
