// The devices page between real vaults: a member joins through the dialog,
// the coordinator imports its request, sees the same fingerprint as the
// member's device, approves it after a confirmation that shows the digits,
// and revokes it; a pending member sees its own state read-only; a
// standalone vault creates an organisation only after confirming.
#include "ui/sync/DevicesPage.h"

#include "core/model/Person.h"
#include "core/repo/PersonRepository.h"
#include "core/sync/exchange/SyncSession.h"
#include "core/sync/org/Invitation.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/sync/OrgUiFixture.h"
#include "ui/sync/CoordinatorPanel.h"
#include "ui/sync/CreateOrganisationDialog.h"
#include "ui/sync/EnrolmentModel.h"
#include "ui/sync/FingerprintLabel.h"
#include "ui/sync/InviteDialog.h"
#include "ui/sync/JoinOrganisationDialog.h"
#include "ui/sync/ListTable.h"
#include "ui/sync/RosterModel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace vigil::test::org;

namespace {

// Joins `member` through the dialog; returns the request's path.
QString joinThroughDialog(DeviceVault& member, const QString& invitation, const char* name)
{
    JoinOrganisationDialog dialog(member.ctx);
    REQUIRE(dialog.openInvitation(invitation));
    typeInto(dialog.deviceNameEdit(), name);
    click(dialog.joinButton());
    REQUIRE(dialog.hasJoined());
    return dialog.requestPath();
}

QString cell(QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

TEST_CASE("The coordinator imports, approves and revokes a device", "[orgui]")
{
    CoordinatorVault coordinator;
    Person person;
    person.name = QStringLiteral("Amina Haddad");
    const QString personId = mustHave(PersonRepository(coordinator.records()).create(person));
    DeviceVault member;
    const QString request = joinThroughDialog(
        member, coordinator.invite("amina.vgi", "Amina Haddad", personId), "Amina's laptop");

    DevicesPage page(coordinator.ctx);
    page.resize(1000, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.mode() == DevicesPage::Mode::Coordinator);
    CoordinatorPanel* panel = page.coordinator();
    CHECK(panel->ownFingerprint()->fingerprint() == coordinator.fingerprint());
    CHECK(panel->requests()->rowCount() == 0);
    REQUIRE(panel->roster()->rowCount() == 1);
    CHECK(cell(panel->roster(), 0, RosterModel::StatusColumn) == QStringLiteral("This device"));
    CHECK(unnamedControls(&page) == QStringList());

    REQUIRE(panel->importRequest(request));
    REQUIRE(panel->requests()->rowCount() == 1);
    EnrolmentModel* requests = panel->requests();
    CHECK(cell(requests, 0, EnrolmentModel::NameColumn) == QStringLiteral("Amina's laptop"));
    CHECK(cell(requests, 0, EnrolmentModel::LabelColumn) == QStringLiteral("Amina Haddad"));
    CHECK(cell(requests, 0, EnrolmentModel::RoleColumn) == QStringLiteral("Monitor"));
    CHECK(cell(requests, 0, EnrolmentModel::PersonColumn) == QStringLiteral("Amina Haddad"));
    // The digits the coordinator compares are those of the member's device.
    CHECK(cell(requests, 0, EnrolmentModel::FingerprintColumn) ==
          FingerprintLabel::leftToRight(member.fingerprint()));
    CHECK(panel->messageText().contains(QStringLiteral("compare the fingerprint")));

    // Cancelling the confirmation approves nothing.
    selectListRow(panel->requestsView(), 0);
    REQUIRE(panel->approveButton()->isEnabled());
    answerNextBox(false);
    click(panel->approveButton());
    CHECK_FALSE(coordinator.entry(member.id()));
    CHECK(panel->requests()->rowCount() == 1);

    QString shown;
    answerNextBox(true, &shown);
    click(panel->approveButton());
    CHECK(
        shown.contains(QStringLiteral("Approve only if the person read out exactly these digits")));
    CHECK(shown.contains(
        FingerprintLabel::leftToRight(FingerprintLabel::arranged(member.fingerprint()))
            .replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    auto entry = coordinator.entry(member.id());
    REQUIRE(entry);
    CHECK(entry->name == QStringLiteral("Amina's laptop"));
    CHECK(entry->role == QStringLiteral("monitor"));
    CHECK(entry->personId == personId);
    CHECK_FALSE(entry->isRevoked());
    CHECK(panel->requests()->rowCount() == 0);
    REQUIRE(panel->roster()->rowCount() == 2);
    const int row = panel->roster()->rowOf(member.id());
    REQUIRE(row >= 0);
    CHECK(cell(panel->roster(), row, RosterModel::PersonColumn) == QStringLiteral("Amina Haddad"));
    CHECK(cell(panel->roster(), row, RosterModel::FingerprintColumn) ==
          FingerprintLabel::leftToRight(member.fingerprint()));
    CHECK(cell(panel->roster(), row, RosterModel::StatusColumn) == QStringLiteral("Active"));

    // The coordinator's own device cannot be revoked.
    selectListRow(panel->rosterView(), panel->roster()->rowOf(coordinator.id()));
    CHECK_FALSE(panel->revokeButton()->isEnabled());

    QSignalSpy rosterChanged(&page, &DevicesPage::rosterChanged);
    selectListRow(panel->rosterView(), row);
    REQUIRE(panel->revokeButton()->isEnabled());
    answerNextBox(true, &shown);
    click(panel->revokeButton());
    CHECK(shown.contains(QStringLiteral("refused")));
    CHECK(shown.contains(QStringLiteral("cannot be undone")));
    entry = coordinator.entry(member.id());
    REQUIRE(entry);
    CHECK(entry->isRevoked());
    CHECK(rosterChanged.size() == 1);
    CHECK(cell(panel->roster(), panel->roster()->rowOf(member.id()), RosterModel::StatusColumn)
              .startsWith(QStringLiteral("Revoked")));
    CHECK_FALSE(panel->revokeButton()->isEnabled());
    CHECK(unnamedControls(&page) == QStringList());
}

TEST_CASE("A refused request leaves the invitation usable; bad files are refused", "[orgui]")
{
    CoordinatorVault coordinator;
    DeviceVault member;
    const QString request =
        joinThroughDialog(member, coordinator.invite("amina.vgi"), "Amina's laptop");
    DevicesPage page(coordinator.ctx);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CoordinatorPanel* panel = page.coordinator();

    const QString junk = coordinator.tempFile("junk.vge");
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("VIGILENR not really");
    }
    CHECK_FALSE(panel->importRequest(junk));
    CHECK_FALSE(panel->messageText().isEmpty());
    CHECK(panel->requests()->rowCount() == 0);

    REQUIRE(panel->importRequest(request));
    selectListRow(panel->requestsView(), 0);
    answerNextBox(true);
    click(panel->refuseButton());
    CHECK(panel->requests()->rowCount() == 0);
    CHECK_FALSE(coordinator.entry(member.id()));
    auto all = mustHave(Organisation(*coordinator.vault).enrolments());
    REQUIRE(all.size() == 1);
    CHECK(all[0].state == QStringLiteral("refused"));
}

TEST_CASE("Requests fetched by a sync are taken in when the page reads", "[orgui]")
{
    CoordinatorVault coordinator;
    DeviceVault member;
    const QString request =
        joinThroughDialog(member, coordinator.invite("amina.vgi"), "Amina's laptop");
    // Where SyncSession::receive leaves the requests it fetched from the mailbox.
    const QString fetched =
        QDir(coordinator.vaultPath())
            .filePath(QStringLiteral("sync/requests/enrol-%1.vge").arg(member.id()));
    REQUIRE(QDir().mkpath(QFileInfo(fetched).absolutePath()));
    REQUIRE(QFile::copy(request, fetched));

    DevicesPage page(coordinator.ctx);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.coordinator()->requests()->rowCount() == 1);
    CHECK(cell(page.coordinator()->requests(), 0, EnrolmentModel::FingerprintColumn) ==
          FingerprintLabel::leftToRight(member.fingerprint()));
    CHECK_FALSE(QFile::exists(fetched));
}

TEST_CASE("A member sees its organisation, state and fingerprint read-only", "[orgui]")
{
    CoordinatorVault coordinator;
    DeviceVault member;
    joinThroughDialog(member, coordinator.invite("amina.vgi"), "Amina's laptop");

    DevicesPage page(member.ctx);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.mode() == DevicesPage::Mode::Member);
    CHECK(page.memberSummary()->text().contains(QStringLiteral("National Preventive Mechanism")));
    CHECK(page.memberSummary()->text().contains(QStringLiteral("Monitor")));
    CHECK(page.memberState()->text() == QStringLiteral("Waiting for the coordinator's approval"));
    CHECK(page.memberFingerprint()->fingerprint() == member.fingerprint());
    REQUIRE(page.saveRequestCopyButton()->isVisibleTo(&page));
    const QString copy = member.tempFile("stick/request.vge");
    mustDo(page.saveRequestCopy(copy));
    CHECK(QFile::exists(copy));
    // Nothing to approve or revoke from here.
    CHECK_FALSE(page.coordinator()->isVisibleTo(&page));
    CHECK(unnamedControls(&page) == QStringList());
}

TEST_CASE("A standalone vault creates an organisation only after confirming", "[orgui]")
{
    DeviceVault vault;
    DevicesPage page(vault.ctx);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.mode() == DevicesPage::Mode::Standalone);
    CHECK(unnamedControls(&page) == QStringList());
    QSignalSpy changed(&page, &DevicesPage::organisationChanged);

    CreateOrganisationDialog* dialog = page.openCreateDialog();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(unnamedControls(dialog) == QStringList());
    CHECK_FALSE(dialog->createButton()->isEnabled());
    typeInto(dialog->nameEdit(), "Northern NPM");
    typeInto(dialog->deviceNameEdit(), "Secretariat desktop");
    REQUIRE(dialog->createButton()->isEnabled());
    answerNextBox(false);
    click(dialog->createButton());
    CHECK_FALSE(vault.org());
    CHECK(changed.isEmpty());

    answerNextBox(true);
    click(dialog->createButton());
    auto org = vault.org();
    REQUIRE(org);
    CHECK(org->name == QStringLiteral("Northern NPM"));
    CHECK(org->isCoordinator());
    CHECK(changed.size() == 1);
    CHECK(page.mode() == DevicesPage::Mode::Coordinator);
    REQUIRE(page.coordinator()->roster()->rowCount() == 1);
    CHECK(cell(page.coordinator()->roster(), 0, RosterModel::NameColumn) ==
          QStringLiteral("Secretariat desktop"));
}

TEST_CASE("The invite dialog writes an invitation for a person and role", "[orgui]")
{
    CoordinatorVault coordinator;
    Person person;
    person.name = QStringLiteral("Youssef Benali");
    const QString personId = mustHave(PersonRepository(coordinator.records()).create(person));
    InviteDialog dialog(coordinator.ctx);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(unnamedControls(&dialog) == QStringList());
    CHECK(dialog.ownFingerprint()->fingerprint() == coordinator.fingerprint());

    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("lead")));
    dialog.personCombo()->setCurrentIndex(dialog.personCombo()->findData(personId));
    CHECK(dialog.labelEdit()->text() == QStringLiteral("Youssef Benali"));
    const QString path = coordinator.tempFile("out/youssef.vgi");
    QSignalSpy created(&dialog, &InviteDialog::invitationCreated);
    REQUIRE(dialog.createInvitation(path));
    CHECK(created.size() == 1);
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("in person")));

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Invitation inv = mustHave(InvitationFile::parse(file.readAll()));
    CHECK(inv.role == QStringLiteral("lead"));
    CHECK(inv.personId == personId);
    CHECK(inv.label == QStringLiteral("Youssef Benali"));
    CHECK(inv.orgName == QStringLiteral("National Preventive Mechanism"));
    // 14 days, as the dialog says.
    CHECK(inv.expiresAt - inv.createdAt == 14LL * 24 * 3600 * 1000);

    SECTION("a member that is not the coordinator cannot invite")
    {
        DeviceVault member;
        joinThroughDialog(member, path, "Youssef's laptop");
        InviteDialog refused(member.ctx);
        CHECK_FALSE(refused.createInvitation(member.tempFile("x.vgi")));
        CHECK_FALSE(refused.statusLabel()->text().isEmpty());
        CHECK_FALSE(QFile::exists(member.tempFile("x.vgi")));
    }
}

TEST_CASE("Right to left, a request is selected and approved the same way", "[orgui]")
{
    struct Direction
    {
        Direction() { QGuiApplication::setLayoutDirection(Qt::RightToLeft); }
        ~Direction() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }
    } rtl;
    CoordinatorVault coordinator;
    DeviceVault member;
    const QString request =
        joinThroughDialog(member, coordinator.invite("amina.vgi"), "Amina's laptop");
    DevicesPage page(coordinator.ctx);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CoordinatorPanel* panel = page.coordinator();
    REQUIRE(panel->importRequest(request));
    // The new request is selected, ready to approve.
    REQUIRE(panel->approveButton()->isEnabled());
    answerNextBox(true);
    click(panel->approveButton());
    CHECK(coordinator.entry(member.id()));
}
