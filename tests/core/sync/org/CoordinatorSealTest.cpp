#include "core/repo/IdentityRepository.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/org/CoordinatorSeal.h"
#include "core/sync/org/Roster.h"
#include "core/vault/Vault.h"
#include "tests/core/repo/InterviewFixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;

namespace {

SecretBuffer bufferOf(const QByteArray& b)
{
    return SecretBuffer::copyOf(b.constData(), std::size_t(b.size()));
}

QByteArray bytesOf(const SecretBuffer& b)
{
    return QByteArray(b.chars(), qsizetype(b.size()));
}

// A coordinator's vault: its identity and its signed roster entry.
struct Coordinator : test::VaultFixture
{
    RosterEntry entry;
    Coordinator()
    {
        auto identity = DeviceIdentity::ensure(db());
        REQUIRE(identity.ok());
        entry.deviceId = identity->id();
        entry.name = QStringLiteral("Secretariat");
        entry.role = QStringLiteral("coordinator");
        entry.signPublic = identity->signPublicKey();
        entry.boxPublic = identity->boxPublicKey();
        entry.revision = 1;
        auto secret = DeviceIdentity::signSecretKey(db());
        REQUIRE(secret.ok());
        REQUIRE(Roster(db()).signAndStore(entry, entry.deviceId, *secret).ok());
        entry = *Roster(db()).find(entry.deviceId).value();
    }
};

void joinAsMonitor(test::VaultFixture& monitor, const RosterEntry& coordinator)
{
    REQUIRE(Roster(monitor.db()).storeVerified(coordinator).ok());
    auto insert = monitor.db().prepare("INSERT INTO sync_org(id, org_id, name, role, state, "
                                       "joined_at) VALUES (1, ?, 'NPM', 'monitor', "
                                       "'enrolled', 1)");
    REQUIRE(insert.ok());
    insert->bind(1, QStringLiteral("00112233445566778899aabbccddeeff"));
    REQUIRE(insert->run().ok());
}

} // namespace

TEST_CASE("a monitor's identity entry is sealed to the coordinators and unreadable on the "
          "monitor's own device",
          "[org][identity]")
{
    Coordinator coordinator;
    test::InterviewFixture monitor;
    joinAsMonitor(monitor, coordinator.entry);

    IdentityRepository identities(*monitor.vault);
    const QString interview = monitor.consented({QStringLiteral("use_name")});
    IdentityFields fields;
    fields.realName = bufferOf("Amina Khalil");
    fields.idNumber = bufferOf("ID 4471-22");
    auto entry = identities.add(interview, fields);
    REQUIRE(entry.ok());

    auto select = monitor.db().prepare("SELECT sealed FROM identity_entry WHERE id = ?");
    REQUIRE(select.ok());
    select->bind(1, *entry);
    REQUIRE(*select->step());
    const QByteArray sealed = select->columnBlob(0);
    CHECK(CoordinatorSeal::looksSealed(sealed));
    CHECK_FALSE(sealed.contains("Amina"));

    // The monitor wrote it but cannot read it back, even with the passphrase.
    auto readable = identities.readableHere(*entry);
    REQUIRE(readable.ok());
    CHECK_FALSE(*readable);
    auto read = identities.read(*entry, test::secret("pass"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().kind == ErrorKind::NotFound);

    // The coordinator opens it with its box key; the interview id is bound.
    auto box = DeviceIdentity::boxSecretKey(coordinator.db());
    REQUIRE(box.ok());
    auto opened = CoordinatorSeal::open(sealed, interview.toUtf8(), coordinator.entry.deviceId,
                                        *box, coordinator.entry.boxPublic);
    REQUIRE(opened.ok());
    CHECK(bytesOf(*opened).contains("Amina Khalil"));
    auto otherInterview = CoordinatorSeal::open(sealed, "another interview",
                                                coordinator.entry.deviceId, *box,
                                                coordinator.entry.boxPublic);
    REQUIRE_FALSE(otherInterview.ok());
    CHECK(otherInterview.error().kind == ErrorKind::Integrity);
}

TEST_CASE("every single-byte change of a coordinator-sealed entry is refused", "[org][identity]")
{
    Coordinator coordinator;
    const SecretBuffer plain = bufferOf(QByteArray(64, 'x'));
    auto sealed = CoordinatorSeal::seal(plain, "interview", {coordinator.entry});
    REQUIRE(sealed.ok());
    auto box = DeviceIdentity::boxSecretKey(coordinator.db());
    REQUIRE(box.ok());
    REQUIRE(CoordinatorSeal::open(*sealed, "interview", coordinator.entry.deviceId, *box,
                                  coordinator.entry.boxPublic)
                .ok());
    int refused = 0;
    for (qsizetype i = 0; i < sealed->size(); ++i) {
        QByteArray changed = *sealed;
        changed[i] = char(changed[i] ^ 0x01);
        if (!CoordinatorSeal::open(changed, "interview", coordinator.entry.deviceId, *box,
                                   coordinator.entry.boxPublic)
                 .ok())
            ++refused;
    }
    CHECK(refused == sealed->size());
}

TEST_CASE("a standalone vault keeps sealing identity entries with its own key", "[identity]")
{
    test::InterviewFixture f;
    IdentityRepository identities(*f.vault);
    const QString interview = f.consented({QStringLiteral("use_name")});
    IdentityFields fields;
    fields.realName = bufferOf("Amina Khalil");
    auto entry = identities.add(interview, fields);
    REQUIRE(entry.ok());
    auto readable = identities.readableHere(*entry);
    REQUIRE(readable.ok());
    CHECK(*readable);
    auto read = identities.read(*entry, test::secret("pass"));
    REQUIRE(read.ok());
    CHECK(bytesOf(read->realName) == "Amina Khalil");
}
