// Joining an organisation through the dialog, between two real vaults: what
// the invitation shows (the coordinator's fingerprint among it), where the
// enrolment request lands for the next sync, that a standalone vault keeps
// its records, and the refusal of expired and damaged files.
#include "ui/sync/JoinOrganisationDialog.h"

#include "core/sync/exchange/SyncSession.h"
#include "core/sync/org/Invitation.h"
#include "tests/ui/UiTestHelpers.h"
#include "tests/ui/UnnamedControls.h"
#include "tests/ui/sync/OrgUiFixture.h"
#include "ui/sync/FingerprintLabel.h"

#include <QDateTime>
#include <QFile>
#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;
using namespace vigil::test::org;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Types the path into the file field and presses Enter, as a user would.
void openByKeyboard(JoinOrganisationDialog& dialog, const QString& path)
{
    dialog.fileEdit()->clear();
    QTest::keyClicks(dialog.fileEdit(), path);
    QTest::keyClick(dialog.fileEdit(), Qt::Key_Return);
}

} // namespace

TEST_CASE("A standalone vault joins through the dialog and keeps its records", "[orgui]")
{
    CoordinatorVault coordinator;
    const QString invitation = coordinator.invite("amina.vgi");
    DeviceVault member;
    const QString place = member.addPlace(QStringLiteral("Harbour Prison"));

    JoinOrganisationDialog dialog(member.ctx);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.joinButton()->isEnabled());
    CHECK(unnamedControls(&dialog) == QStringList());

    openByKeyboard(dialog, invitation);
    CHECK_FALSE(dialog.hasJoined()); // Enter opens the file, it never joins
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.detailLabel("invitationOrgValue")->text() ==
          QStringLiteral("National Preventive Mechanism"));
    CHECK(dialog.detailLabel("invitationRoleValue")->text() == QStringLiteral("Monitor"));
    CHECK(dialog.detailLabel("invitationLabelValue")->text() == QStringLiteral("Amina Haddad"));
    CHECK_FALSE(dialog.detailLabel("invitationExpiresValue")->text().isEmpty());
    // The digits to compare by phone are the coordinator's own.
    CHECK(dialog.coordinatorFingerprint()->fingerprint() == coordinator.fingerprint());
    CHECK(dialog.coordinatorFingerprint()->text().count(QLatin1Char('\n')) == 2);
    CHECK(dialog.coordinatorFingerprint()->isVisibleTo(&dialog));

    typeInto(dialog.deviceNameEdit(), "Amina's laptop");
    REQUIRE(dialog.joinButton()->isEnabled());
    QSignalSpy joined(&dialog, &JoinOrganisationDialog::joined);
    click(dialog.joinButton());
    REQUIRE(dialog.hasJoined());
    REQUIRE(joined.size() == 1);
    CHECK(joined.at(0).at(1).toString() == QStringLiteral("National Preventive Mechanism"));

    // The request waits where the next sync delivers it.
    const QString expected = SyncSession::enrolmentRequestPath(member.vaultPath(), member.id());
    CHECK(dialog.requestPath() == expected);
    REQUIRE(QFile::exists(expected));
    const QByteArray request = readAll(expected);
    CHECK(request.startsWith("VIGILENR"));
    // This device's digits, for the coordinator to compare.
    CHECK(dialog.deviceFingerprint()->fingerprint() == member.fingerprint());
    CHECK(dialog.deviceFingerprint()->isVisibleTo(&dialog));
    CHECK(dialog.saveCopyButton()->isVisibleTo(&dialog));

    auto state = member.org();
    REQUIRE(state);
    CHECK(state->state == QStringLiteral("pending"));
    CHECK(state->role == QStringLiteral("monitor"));
    CHECK(mustHave(PlaceRepository(member.records()).get(place)).name ==
          QStringLiteral("Harbour Prison"));

    // A copy for a USB stick is the same request.
    const QString copy = member.tempFile("usb/request.vge");
    mustDo(dialog.saveRequestCopy(copy));
    CHECK(readAll(copy) == request);
    CHECK(unnamedControls(&dialog) == QStringList());

    // The coordinator can open it: it names this device and its fingerprint.
    PendingEnrolment pending = mustHave(Organisation(*coordinator.vault).receiveEnrolment(request));
    CHECK(pending.deviceId == member.id());
    CHECK(pending.name == QStringLiteral("Amina's laptop"));
    CHECK(pending.fingerprint == member.fingerprint());
}

TEST_CASE("The join dialog refuses expired and damaged invitations", "[orgui]")
{
    CoordinatorVault coordinator;
    DeviceVault member;
    JoinOrganisationDialog dialog(member.ctx);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    SECTION("expired: shown, with the date, and Join stays off")
    {
        const QString old = coordinator.invite("old.vgi", "Amina Haddad", {},
                                               QDateTime::currentMSecsSinceEpoch() - 15 * kDay);
        CHECK_FALSE(dialog.openInvitation(old));
        CHECK(dialog.errorText().contains(QStringLiteral("expired")));
        CHECK(dialog.detailLabel("invitationOrgValue")->isVisibleTo(&dialog));
        typeInto(dialog.deviceNameEdit(), "Amina's laptop");
        CHECK_FALSE(dialog.joinButton()->isEnabled());
        CHECK_FALSE(dialog.join());
        CHECK_FALSE(member.org());
    }
    SECTION("damaged: the plain message of the parser, nothing shown")
    {
        const QString path = coordinator.invite("damaged.vgi");
        QByteArray bytes = readAll(path);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        auto parsed = InvitationFile::parse(bytes);
        REQUIRE_FALSE(parsed.ok());
        openByKeyboard(dialog, path);
        CHECK(dialog.errorText() == parsed.error().message);
        CHECK_FALSE(dialog.findChild<QGroupBox*>(QStringLiteral("invitationDetails"))
                        ->isVisibleTo(&dialog));
        CHECK(dialog.coordinatorFingerprint()->fingerprint().isEmpty());
        CHECK_FALSE(dialog.joinButton()->isEnabled());
        CHECK_FALSE(member.org());
    }
    SECTION("not an invitation at all, or missing")
    {
        const QString path = member.tempFile("notes.vgi");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not an invitation");
        file.close();
        CHECK_FALSE(dialog.openInvitation(path));
        CHECK_FALSE(dialog.errorText().isEmpty());
        CHECK_FALSE(dialog.openInvitation(member.tempFile("missing.vgi")));
        CHECK(dialog.errorText().contains(QStringLiteral("cannot be read")));
        CHECK_FALSE(dialog.joinButton()->isEnabled());
    }
}

TEST_CASE("A vault already enrolled in an organisation cannot join another", "[orgui]")
{
    CoordinatorVault other("Another body");
    CoordinatorVault coordinator;
    JoinOrganisationDialog dialog(coordinator.ctx);
    CHECK(dialog.errorText().contains(QStringLiteral("National Preventive Mechanism")));
    CHECK_FALSE(dialog.fileEdit()->isEnabled());
    CHECK_FALSE(dialog.openInvitation(other.invite("other.vgi")));
    CHECK_FALSE(dialog.joinButton()->isEnabled());
    CHECK_FALSE(dialog.join());
    CHECK(coordinator.org()->name == QStringLiteral("National Preventive Mechanism"));
}
