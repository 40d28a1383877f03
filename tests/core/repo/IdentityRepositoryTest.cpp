#include "core/repo/IdentityRepository.h"

#include "core/store/Database.h"
#include "core/store/Statement.h"
#include "core/vault/Vault.h"
#include "tests/core/repo/InterviewFixture.h"
#include "tests/support/CanaryScan.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using Fixture = test::InterviewFixture;

namespace {

QByteArray bytesOf(const SecretBuffer& b)
{
    return QByteArray(b.chars(), qsizetype(b.size()));
}

SecretBuffer bufferOf(const QByteArray& b)
{
    return SecretBuffer::copyOf(b.constData(), std::size_t(b.size()));
}

IdentityFields person(const QByteArray& name, const QByteArray& number = "Cell 14")
{
    IdentityFields f;
    f.realName = bufferOf(name);
    f.idNumber = bufferOf(number);
    return f;
}

QByteArray sealedOf(Database& db, const QString& entryId)
{
    auto stmt = db.prepare("SELECT sealed FROM identity_entry WHERE id = ?");
    REQUIRE(stmt.ok());
    stmt->bind(1, entryId);
    auto row = stmt->step();
    REQUIRE((row.ok() && *row));
    return stmt->columnBlob(0);
}

} // namespace

TEST_CASE("identity entries need consent to use the name or refer the case", "[identity]")
{
    Fixture f;
    IdentityRepository identities(*f.vault);
    const QString none = f.create();
    auto refused = identities.add(none, person("Amina K."));
    REQUIRE_REFUSED(refused, ErrorKind::Validation);
    CHECK(refused.error().message.contains(QStringLiteral("consent")));

    const QString anonymous = f.consented(
        {QStringLiteral("quote_anonymously"), QStringLiteral("share_with_authorities")});
    REQUIRE_REFUSED(identities.add(anonymous, person("Amina K.")), ErrorKind::Validation);
    CHECK(f.count("SELECT count(*) FROM identity_entry") == 0);
    CHECK(f.count("SELECT count(*) FROM change_op WHERE entity = 'identity_entry'") == 0);

    const QString named = f.consented({QStringLiteral("use_name")});
    const QString referred = f.consented({QStringLiteral("refer_case")});
    REQUIRE_OK(identities.add(named, person("Amina K.")));
    REQUIRE_OK(identities.add(referred, person("Bilal R.")));
    CHECK(f.count("SELECT count(*) FROM identity_entry WHERE scope = 'coordinator'") == 2);
    CHECK(f.count("SELECT count(*) FROM change_op WHERE entity = 'identity_entry' "
                  "AND scope <> 'coordinator'") == 0);
    REQUIRE_REFUSED(identities.add(named, IdentityFields{}), ErrorKind::Validation);
}

TEST_CASE("the writer only takes sealed identity entries, in the coordinator scope", "[identity]")
{
    Fixture f;
    const QString id = f.consented({QStringLiteral("use_name")});
    const QByteArray plain("Amina K., cell 14, the one who complained");
    REQUIRE_REFUSED(f.tryInsert(catalog::kIdentityEntry, {{"interview_id", id}, {"sealed", plain}},
                                "coordinator"),
                    ErrorKind::Validation);
    IdentityRepository identities(*f.vault);
    auto entry = identities.add(id, person("Amina K."));
    REQUIRE_OK(entry);
    const QByteArray sealed = sealedOf(f.db(), *entry);
    REQUIRE_REFUSED(
        f.tryInsert(catalog::kIdentityEntry, {{"interview_id", id}, {"sealed", sealed}}, "team"),
        ErrorKind::Validation);
    REQUIRE_REFUSED(
        f.tryUpdate(catalog::kIdentityEntry, *entry, {{"sealed", QByteArray(sealed).append('x')}}),
        ErrorKind::Validation);
}

TEST_CASE("reading an identity entry asks for the passphrase again and is audited", "[identity]")
{
    Fixture f;
    IdentityRepository identities(*f.vault);
    const QString id = f.consented({QStringLiteral("use_name")});
    auto entry = identities.add(id, person("Amina Khalil", "ID 4471-22"));
    REQUIRE_OK(entry);
    const qint64 events = f.count("SELECT count(*) FROM audit_event");

    auto wrong = identities.read(*entry, test::secret("not the passphrase"));
    REQUIRE_REFUSED(wrong, ErrorKind::WrongPassphrase);
    CHECK(f.count("SELECT count(*) FROM audit_event") == events);

    auto read = identities.read(*entry, test::secret("pass"));
    REQUIRE_OK(read);
    CHECK(bytesOf(read->realName) == "Amina Khalil");
    CHECK(bytesOf(read->idNumber) == "ID 4471-22");
    CHECK(read->other.isEmpty());
    CHECK(f.count("SELECT count(*) FROM audit_event") == events + 1);
    CHECK(f.count("SELECT count(*) FROM audit_event WHERE action = 'identity.read' "
                  "AND entity = 'identity_entry' AND detail = ''") == 1);

    auto listed = identities.list(id);
    REQUIRE_OK(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == *entry);
    CHECK(f.count("SELECT count(*) FROM audit_event") == events + 1); // listing reveals nothing
    CHECK(identities
              .read(QStringLiteral("0190a0a0-0000-7000-8000-000000000000"), test::secret("pass"))
              .error()
              .kind == ErrorKind::NotFound);
}

TEST_CASE("the stored identity is ciphertext bound to its interview", "[identity]")
{
    Fixture f;
    IdentityRepository identities(*f.vault);
    const QString id = f.consented({QStringLiteral("use_name")});
    const QByteArray name = test::makeCanary("real-name");
    const QByteArray number = test::makeCanary("cell");
    auto entry = identities.add(id, person(name, number));
    REQUIRE_OK(entry);
    const QByteArray sealed = sealedOf(f.db(), *entry);
    CHECK(IdentityRepository::looksSealed(sealed));
    CHECK_FALSE(sealed.contains(name));
    CHECK_FALSE(sealed.contains(number));
    CHECK(sealed.size() % 64 == (4 + 24 + 16) % 64); // padded: the length says little

    // Two entries with the same name do not look alike (random nonce).
    auto again = identities.add(id, person(name, number));
    REQUIRE_OK(again);
    CHECK(sealedOf(f.db(), *again) != sealed);

    // The same blob under another interview does not open (interview id as associated data).
    const QString other = f.consented({QStringLiteral("use_name")});
    auto moved = f.tryInsert(catalog::kIdentityEntry, {{"interview_id", other}, {"sealed", sealed}},
                             "coordinator");
    REQUIRE_OK(moved);
    REQUIRE_REFUSED(identities.read(*moved, test::secret("pass")), ErrorKind::Integrity);
}

TEST_CASE("a locked vault seals and reveals nothing", "[identity]")
{
    Fixture f;
    IdentityRepository identities(*f.vault);
    const QString id = f.consented({QStringLiteral("use_name")});
    auto entry = identities.add(id, person("Amina K."));
    REQUIRE_OK(entry);
    f.vault->lock();
    REQUIRE_REFUSED(identities.read(*entry, test::secret("pass")), ErrorKind::Locked);
    REQUIRE_REFUSED(identities.add(id, person("Amina K.")), ErrorKind::Locked);
}
