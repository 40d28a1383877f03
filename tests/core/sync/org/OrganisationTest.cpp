// Creating an organisation, inviting, joining, approving, refusing and
// revoking devices, between two real vaults: what each side stores, what it
// refuses (and then stores nothing), and that no secret reaches the audit log.
#include "core/sync/org/Organisation.h"

#include "core/audit/AuditLog.h"
#include "core/demo/DemoVault.h"
#include "core/repo/RecordContext.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/merge/StateDigest.h"
#include "core/sync/org/EnrolmentRequest.h"
#include "core/sync/org/Roster.h"
#include "tests/support/CanaryScan.h"
#include "tests/support/VaultFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using namespace vigil::test;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

template <typename T> T must(Result<T> result)
{
    if (!result.ok())
        FAIL(result.error().message.toStdString() + " [" + result.error().detail.toStdString() +
             "]");
    return std::move(result).value();
}

void mustOk(const Status& status)
{
    if (!status.ok())
        FAIL(status.error().message.toStdString() + " [" + status.error().detail.toStdString() +
             "]");
}

// A vault with a settable wall clock for the organisation layer.
struct Member
{
    VaultFixture fixture;
    qint64 clock = QDateTime::currentMSecsSinceEpoch();

    Organisation org()
    {
        return Organisation(*fixture.vault, [this] { return clock; });
    }
    Database& db() { return fixture.db(); }
    DeviceIdentity identity() { return must(DeviceIdentity::ensure(db())); }
    std::optional<OrgState> state() { return must(Organisation::state(*fixture.vault)); }
    std::optional<RosterEntry> entry(const QString& deviceId)
    {
        return must(Roster(db()).find(deviceId));
    }
    qint64 count(const char* sql) { return fixture.count(sql); }
    QStringList auditActions()
    {
        auto stmt = must(db().prepare("SELECT action FROM audit_event ORDER BY seq"));
        QStringList out;
        while (must(stmt.step()))
            out.append(stmt.columnText(0));
        return out;
    }
    // Everything the audit log holds, as text.
    QString auditText()
    {
        auto stmt = must(db().prepare("SELECT device_id, action, entity, entity_id, detail "
                                      "FROM audit_event ORDER BY seq"));
        QString out;
        while (must(stmt.step())) {
            for (int c = 0; c < 5; ++c)
                out += stmt.columnText(c) + QLatin1Char('\n');
        }
        return out;
    }
};

struct Coordinator : Member
{
    Coordinator()
    {
        mustOk(org().create(QStringLiteral("Westland NPM"), QStringLiteral("Secretariat desktop")));
    }
    QByteArray invite(const QString& role = QStringLiteral("monitor"), const QString& person = {},
                      qint64 validFor = 14 * kDay)
    {
        return must(org().invite({role, person, QStringLiteral("Amina Haddad"), validFor}));
    }
};

// Counts of everything a refused request must leave untouched.
struct Snapshot
{
    qint64 enrolments, devices, audit;
    explicit Snapshot(Member& m)
        : enrolments(m.count("SELECT count(*) FROM sync_enrolment")),
          devices(m.count("SELECT count(*) FROM sync_device")),
          audit(m.count("SELECT count(*) FROM audit_event"))
    {
    }
    bool operator==(const Snapshot&) const = default;
};

// What a bundle from the coordinator brings the device: the whole roster,
// accepted in one write transaction, which then confirms the enrolment.
bool deliverRoster(Coordinator& from, Member& to)
{
    auto tx = must(to.fixture.records().beginWrite());
    Roster roster(to.db());
    for (const RosterEntry& e : must(Roster(from.db()).entries()))
        (void)must(roster.accept(Roster::toItem(e)));
    const bool enrolled = must(Organisation::confirmEnrolment(tx));
    mustOk(tx.commit());
    return enrolled;
}

} // namespace

TEST_CASE("organisation: a coordinator creates it and signs its own entry", "[org]")
{
    Coordinator c;
    const auto state = c.state();
    REQUIRE(state);
    CHECK(state->orgId.size() == 32);
    CHECK(state->name == QStringLiteral("Westland NPM"));
    CHECK(state->isCoordinator());
    CHECK(state->state == QStringLiteral("enrolled"));

    const DeviceIdentity me = c.identity();
    const auto own = c.entry(me.id());
    REQUIRE(own);
    CHECK(own->revision == 1);
    CHECK(own->isCoordinator());
    CHECK(own->signedBy == me.id());
    CHECK(own->name == QStringLiteral("Secretariat desktop"));
    CHECK(Roster::verify(*own, me.signPublicKey()));
    CHECK(c.auditActions().contains(QStringLiteral("org.create")));

    auto again = c.org().create(QStringLiteral("Other"), QStringLiteral("desk"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::AlreadyExists);
    CHECK(c.count("SELECT count(*) FROM sync_org") == 1);
}

TEST_CASE("organisation: invite, join, approve, enrolled", "[org]")
{
    Coordinator c;
    Member d;
    // The coordinator's mailbox settings travel in the invitation, its password never.
    const QByteArray password = makeCanary("org-transport-password");
    {
        auto stmt =
            must(c.db().prepare("INSERT INTO sync_transport(id, kind, location, username, "
                                "password, pin_sha256) VALUES (1, 'webdav', ?, 'npm', ?, ?)"));
        stmt.bind(1, QStringLiteral("https://dav.example.org/npm/"))
            .bind(2, QString::fromLatin1(password))
            .bindBlob(3, QByteArray(32, '\x5a'));
        mustOk(stmt.run());
    }
    const QString person = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    const QByteArray invitation = c.invite(QStringLiteral("lead"), person);
    CHECK_FALSE(invitation.contains(password));
    CHECK(c.count("SELECT count(*) FROM sync_invitation WHERE used_by IS NULL") == 1);

    const QByteArray request = must(d.org().join(invitation, QStringLiteral("Amina's laptop")));
    const auto joined = d.state();
    REQUIRE(joined);
    CHECK(joined->orgId == c.state()->orgId);
    CHECK(joined->name == QStringLiteral("Westland NPM"));
    CHECK(joined->role == QStringLiteral("lead"));
    CHECK(joined->state == QStringLiteral("pending"));
    // The coordinator's entry, from the verified invitation, until its signed one arrives.
    const DeviceIdentity coordinatorId = c.identity();
    const auto placeholder = d.entry(coordinatorId.id());
    REQUIRE(placeholder);
    CHECK(placeholder->isCoordinator());
    CHECK(placeholder->revision == 0);
    CHECK(placeholder->signPublic == coordinatorId.signPublicKey());
    CHECK(placeholder->boxPublic == coordinatorId.boxPublicKey());
    CHECK(d.count("SELECT count(*) FROM sync_transport WHERE kind = 'webdav' AND "
                  "location = 'https://dav.example.org/npm/' AND username = 'npm' AND "
                  "password IS NULL AND length(pin_sha256) = 32") == 1);
    CHECK(d.auditActions().contains(QStringLiteral("org.join")));

    const PendingEnrolment pending = must(c.org().receiveEnrolment(request));
    const DeviceIdentity device = d.identity();
    CHECK(pending.deviceId == device.id());
    CHECK(pending.name == QStringLiteral("Amina's laptop"));
    CHECK(pending.role == QStringLiteral("lead"));
    CHECK(pending.personId == person);
    CHECK(pending.label == QStringLiteral("Amina Haddad"));
    CHECK(pending.fingerprint == DeviceIdentity::fingerprint(device.signPublicKey()));
    CHECK(pending.state == QStringLiteral("pending"));
    const auto listed = must(c.org().enrolments());
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].deviceId == device.id());
    CHECK(listed[0].fingerprint == pending.fingerprint);

    const RosterEntry approved = must(c.org().approve(device.id()));
    CHECK(approved.deviceId == device.id());
    CHECK(approved.role == QStringLiteral("lead"));
    CHECK(approved.personId == person);
    CHECK(approved.revision == 1);
    CHECK(approved.signPublic == device.signPublicKey());
    CHECK(approved.boxPublic == device.boxPublicKey());
    CHECK(approved.signedBy == coordinatorId.id());
    CHECK_FALSE(approved.isRevoked());
    CHECK(Roster::verify(approved, coordinatorId.signPublicKey()));
    CHECK(c.count("SELECT count(*) FROM sync_invitation WHERE used_by IS NOT NULL") == 1);
    CHECK(must(c.org().enrolments())[0].state == QStringLiteral("approved"));
    CHECK(c.auditActions().contains(QStringLiteral("org.approve")));

    // The device stays pending until its own entry arrives, then is enrolled.
    {
        auto tx = must(d.fixture.records().beginWrite());
        CHECK_FALSE(must(Organisation::confirmEnrolment(tx)));
    }
    CHECK(deliverRoster(c, d));
    CHECK(d.state()->state == QStringLiteral("enrolled"));
    CHECK(d.entry(coordinatorId.id())->revision == 1); // the signed entry replaced the placeholder
    CHECK(d.auditActions().contains(QStringLiteral("org.enrolled")));
    CHECK_FALSE(deliverRoster(c, d)); // once only
    CHECK(must(AuditLog::verify(c.db())).firstBrokenSeq == 0);
    CHECK(must(AuditLog::verify(d.db())).firstBrokenSeq == 0);
}

TEST_CASE("organisation: an expired invitation is refused", "[org]")
{
    Coordinator c;
    Member d;
    const QByteArray invitation = c.invite(QStringLiteral("monitor"), {}, 2 * kDay);
    SECTION("when joining")
    {
        d.clock = c.clock + 2 * kDay;
        auto joined = d.org().join(invitation, QStringLiteral("laptop"));
        REQUIRE_FALSE(joined.ok());
        CHECK(joined.error().kind == ErrorKind::Validation);
        CHECK(joined.error().message.contains(QStringLiteral("expired")));
        CHECK_FALSE(d.state());
        CHECK(d.count("SELECT count(*) FROM sync_device") == 0);
        CHECK(d.count("SELECT count(*) FROM sync_transport") == 0);
    }
    SECTION("when the request reaches the coordinator late")
    {
        d.clock = c.clock + 2 * kDay - 1;
        const QByteArray request = must(d.org().join(invitation, QStringLiteral("laptop")));
        c.clock += 2 * kDay;
        const Snapshot before(c);
        auto received = c.org().receiveEnrolment(request);
        REQUIRE_FALSE(received.ok());
        CHECK(received.error().message.contains(QStringLiteral("expired")));
        CHECK(Snapshot(c) == before);
    }
}

TEST_CASE("organisation: a forged or damaged request stores nothing", "[org]")
{
    Coordinator c;
    Member d;
    const QByteArray invitation = c.invite();
    const Snapshot before(c);
    SECTION("made with a wrong one-time secret")
    {
        const Invitation inv = must(InvitationFile::parse(invitation));
        const DeviceIdentity device = d.identity();
        EnrolmentRequest r;
        r.invitationId = inv.invitationId;
        r.deviceName = QStringLiteral("laptop");
        r.signPublic = device.signPublicKey();
        r.boxPublic = device.boxPublicKey();
        r.createdAt = d.clock;
        const QByteArray forged = must(EnrolmentRequest::seal(
            r, SecretBuffer::random(32), must(DeviceIdentity::signSecretKey(d.db())),
            inv.coordinatorBoxPublic));
        auto received = c.org().receiveEnrolment(forged);
        REQUIRE_FALSE(received.ok());
        CHECK(received.error().kind == ErrorKind::Integrity);
    }
    SECTION("changed on the way")
    {
        QByteArray request = must(d.org().join(invitation, QStringLiteral("laptop")));
        request[request.size() - 20] = char(request[request.size() - 20] ^ 0x10);
        auto received = c.org().receiveEnrolment(request);
        REQUIRE_FALSE(received.ok());
        CHECK(received.error().kind == ErrorKind::Integrity);
    }
    SECTION("for an invitation of another coordinator")
    {
        Coordinator other;
        const QByteArray request = must(d.org().join(other.invite(), QStringLiteral("laptop")));
        auto received = c.org().receiveEnrolment(request);
        REQUIRE_FALSE(received.ok());
        CHECK(received.error().kind == ErrorKind::Integrity);
    }
    CHECK(Snapshot(c) == before);
    CHECK(must(c.org().enrolments()).isEmpty());
}

TEST_CASE("organisation: an invitation lets one device in", "[org]")
{
    Coordinator c;
    Member first, second, third;
    const QByteArray invitation = c.invite();
    const QByteArray firstRequest = must(first.org().join(invitation, QStringLiteral("one")));
    const QByteArray secondRequest = must(second.org().join(invitation, QStringLiteral("two")));
    (void)must(c.org().receiveEnrolment(firstRequest));
    (void)must(c.org().receiveEnrolment(secondRequest));
    (void)must(c.org().approve(first.identity().id()));

    auto secondApproval = c.org().approve(second.identity().id());
    REQUIRE_FALSE(secondApproval.ok());
    CHECK(secondApproval.error().message.contains(QStringLiteral("already been used")));
    CHECK_FALSE(c.entry(second.identity().id()));

    const Snapshot before(c);
    auto late = c.org().receiveEnrolment(must(third.org().join(invitation, QStringLiteral("3"))));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(QStringLiteral("already been used")));
    CHECK(Snapshot(c) == before);

    // The approved device cannot enrol twice either.
    auto again = c.org().receiveEnrolment(firstRequest);
    REQUIRE_FALSE(again.ok());
}

TEST_CASE("organisation: a refused request leaves the invitation for the right device", "[org]")
{
    Coordinator c;
    Member wrong, right;
    const QByteArray invitation = c.invite();
    (void)must(c.org().receiveEnrolment(must(wrong.org().join(invitation, QStringLiteral("w")))));
    mustOk(c.org().refuse(wrong.identity().id()));
    CHECK(must(c.org().enrolments())[0].state == QStringLiteral("refused"));
    CHECK_FALSE(c.org().approve(wrong.identity().id()).ok());
    CHECK_FALSE(c.entry(wrong.identity().id()));
    CHECK(c.auditActions().contains(QStringLiteral("org.refuse")));

    (void)must(c.org().receiveEnrolment(must(right.org().join(invitation, QStringLiteral("r")))));
    CHECK(must(c.org().approve(right.identity().id())).revision == 1);
}

TEST_CASE("organisation: revoking signs a new revision with the time", "[org]")
{
    Coordinator c;
    Member d;
    (void)must(c.org().receiveEnrolment(must(d.org().join(c.invite(), QStringLiteral("laptop")))));
    const QString deviceId = d.identity().id();
    (void)must(c.org().approve(deviceId));

    c.clock += kDay;
    mustOk(c.org().revoke(deviceId));
    const auto revoked = c.entry(deviceId);
    REQUIRE(revoked);
    CHECK(revoked->revision == 2);
    REQUIRE(revoked->revokedAt);
    CHECK(*revoked->revokedAt == c.clock);
    CHECK(Roster::verify(*revoked, c.identity().signPublicKey()));
    CHECK(c.auditActions().contains(QStringLiteral("org.revoke")));

    CHECK_FALSE(c.org().revoke(deviceId).ok());
    CHECK(c.entry(deviceId)->revision == 2);
    auto self = c.org().revoke(c.identity().id());
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().kind == ErrorKind::Validation);
    auto unknown = c.org().revoke(QString(32, QLatin1Char('0')));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);

    // A revoked device's entry never enrols it: the device learns it was
    // revoked and stops sending.
    CHECK_FALSE(deliverRoster(c, d));
    CHECK(d.state()->state == QStringLiteral("revoked"));
}

TEST_CASE("organisation: who may do what", "[org]")
{
    Coordinator c;
    Member d, standalone;
    const QByteArray invitation = c.invite();
    CHECK_FALSE(standalone.org().invite({QStringLiteral("monitor"), {}, {}, kDay}).ok());
    CHECK_FALSE(standalone.org().approve(c.identity().id()).ok());

    auto own = c.org().join(invitation, QStringLiteral("desk"));
    REQUIRE_FALSE(own.ok());
    CHECK(own.error().kind == ErrorKind::Validation);
    CHECK(c.state()->isCoordinator());

    (void)must(d.org().join(invitation, QStringLiteral("laptop")));
    // A pending device cannot issue invitations, nor join another organisation.
    CHECK_FALSE(d.org().invite({QStringLiteral("monitor"), {}, {}, kDay}).ok());
    Coordinator other;
    auto elsewhere = d.org().join(other.invite(), QStringLiteral("laptop"));
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().kind == ErrorKind::AlreadyExists);
    CHECK(d.state()->orgId == c.state()->orgId);

    CHECK_FALSE(c.org().invite({QStringLiteral("admin"), {}, {}, kDay}).ok());
    CHECK_FALSE(c.org().invite({QStringLiteral("monitor"), {}, {}, 0}).ok());
}

TEST_CASE("organisation: a standalone vault joins and keeps every record", "[org]")
{
    Coordinator c;
    auto dir = tempDir();
    auto created =
        DemoVault::create(dir->filePath(QStringLiteral("demo")), secret("demo"), fastKdf(), false);
    REQUIRE(created.ok());
    std::unique_ptr<Vault> vault = std::move(created->vault);
    Database& db = vault->database();
    const char* const counts[] = {
        "SELECT count(*) FROM place",          "SELECT count(*) FROM visit",
        "SELECT count(*) FROM interview",      "SELECT count(*) FROM finding",
        "SELECT count(*) FROM recommendation", "SELECT count(*) FROM person",
        "SELECT count(*) FROM attachment",     "SELECT count(*) FROM change_op",
    };
    QList<qint64> before;
    for (const char* sql : counts)
        before.append(must(db.scalarInt(sql)));
    REQUIRE(before[0] > 0);
    REQUIRE(before[1] > 0);
    const QByteArray digestBefore = must(StateDigest::compute(db));
    const QString deviceId = vault->records().deviceId();
    const qint64 foreignOps = must(db.scalarInt("SELECT count(*) FROM change_op WHERE device_id != "
                                                "(SELECT id FROM local_device)"));
    CHECK(foreignOps == 0);

    const QByteArray request =
        must(Organisation(*vault).join(c.invite(), QStringLiteral("Field laptop")));
    for (int i = 0; i < 8; ++i) {
        INFO(counts[i]);
        CHECK(must(db.scalarInt(counts[i])) == before[i]);
    }
    CHECK(must(StateDigest::compute(db)) == digestBefore);
    // Its ops keep their device id, and it is the id the coordinator approves.
    CHECK(vault->records().deviceId() == deviceId);
    CHECK(must(db.scalarInt("SELECT count(*) FROM change_op WHERE device_id != "
                            "(SELECT id FROM local_device)")) == 0);
    CHECK(must(c.org().receiveEnrolment(request)).deviceId == deviceId);
    CHECK(must(c.org().approve(deviceId)).deviceId == deviceId);
    CHECK(must(AuditLog::verify(db)).firstBrokenSeq == 0);
}

TEST_CASE("organisation: no secret reaches the audit log", "[org][canary]")
{
    Coordinator c;
    Member d, refused;
    const QByteArray password = makeCanary("org-audit-password");
    {
        auto stmt = must(c.db().prepare("INSERT INTO sync_transport(id, kind, location, password) "
                                        "VALUES (1, 'folder', '/media/usb/npm', ?)"));
        stmt.bind(1, QString::fromLatin1(password));
        mustOk(stmt.run());
    }
    const QByteArray invitation = c.invite();
    const Invitation inv = must(InvitationFile::parse(invitation));
    const QByteArray secretRaw(inv.secret.chars(), qsizetype(inv.secret.size()));
    const QByteArray secretHex = secretRaw.toHex();

    (void)must(c.org().receiveEnrolment(must(d.org().join(invitation, QStringLiteral("laptop")))));
    (void)must(
        c.org().receiveEnrolment(must(refused.org().join(invitation, QStringLiteral("other")))));
    mustOk(c.org().refuse(refused.identity().id()));
    (void)must(c.org().approve(d.identity().id()));
    mustOk(c.org().revoke(d.identity().id()));

    for (Member* m : {static_cast<Member*>(&c), &d, &refused}) {
        const QString audit = m->auditText();
        CHECK(audit.contains(QStringLiteral("org.")));
        CHECK_FALSE(audit.contains(QString::fromLatin1(secretHex), Qt::CaseInsensitive));
        CHECK_FALSE(audit.toUtf8().contains(secretRaw));
        CHECK_FALSE(audit.contains(QString::fromLatin1(password)));
        CHECK_FALSE(audit.contains(QStringLiteral("Amina Haddad"))); // what the user typed
    }
    c.fixture.vault->lock();
    d.fixture.vault->lock();
    refused.fixture.vault->lock();
    CHECK(
        scanForCanaries({c.fixture.dir->path(), d.fixture.dir->path(), refused.fixture.dir->path()},
                        {password, secretHex, secretRaw})
            .isEmpty());
}
