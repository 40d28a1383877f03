#include "core/crypto/Kdf.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <string>

using namespace vigil;
using vigil::test::fastKdf;
using vigil::test::secret;

namespace {

std::string describe(const Error& e)
{
    return std::string(errorKindName(e.kind)) + ": " + e.message.toStdString();
}

#define REQUIRE_OK(result)                                                                         \
    do {                                                                                           \
        if (!(result).ok())                                                                        \
            FAIL("expected success, got " << describe((result).error()));                         \
    } while (false)

} // namespace

TEST_CASE("Kdf: passphrase keys depend on passphrase, salt and parameters", "[crypto]")
{
    const Kdf::Salt salt = Kdf::randomSalt();
    CHECK(Kdf::randomSalt() != salt);

    auto a = Kdf::fromPassphrase(secret("correct horse battery staple"), salt, fastKdf());
    auto b = Kdf::fromPassphrase(secret("correct horse battery staple"), salt, fastKdf());
    REQUIRE_OK(a);
    REQUIRE_OK(b);
    REQUIRE(a->size() == Kdf::kKeySize);
    CHECK(a->equals(*b));

    auto otherPass = Kdf::fromPassphrase(secret("correct horse battery stapler"), salt, fastKdf());
    REQUIRE_OK(otherPass);
    CHECK_FALSE(a->equals(*otherPass));

    auto otherSalt = Kdf::fromPassphrase(secret("correct horse battery staple"), Kdf::randomSalt(),
                                         fastKdf());
    REQUIRE_OK(otherSalt);
    CHECK_FALSE(a->equals(*otherSalt));

    KdfParams slower = fastKdf();
    slower.opsLimit += 1;
    auto otherParams = Kdf::fromPassphrase(secret("correct horse battery staple"), salt, slower);
    REQUIRE_OK(otherParams);
    CHECK_FALSE(a->equals(*otherParams));
}

TEST_CASE("Kdf: the recovery-key key is deterministic and not the bytes themselves", "[crypto]")
{
    SecretBuffer bytes = SecretBuffer::random(32);
    SecretBuffer k1 = Kdf::fromRecoveryKey(bytes);
    SecretBuffer k2 = Kdf::fromRecoveryKey(bytes);
    REQUIRE(k1.size() == Kdf::kKeySize);
    CHECK(k1.equals(k2));
    CHECK_FALSE(k1.equals(bytes));
    CHECK_FALSE(k1.equals(Kdf::fromRecoveryKey(SecretBuffer::random(32))));
}

TEST_CASE("Kdf: sub-keys are distinct, 32 bytes and stable", "[crypto]")
{
    SecretBuffer dek = SecretBuffer::random(32);
    SecretBuffer db = Kdf::deriveSubKey(dek, Kdf::SubKey::Database);
    SecretBuffer att = Kdf::deriveSubKey(dek, Kdf::SubKey::Attachments);
    SecretBuffer id = Kdf::deriveSubKey(dek, Kdf::SubKey::LocalIdentity);
    REQUIRE(db.size() == 32);
    REQUIRE(att.size() == 32);
    REQUIRE(id.size() == 32);
    CHECK_FALSE(db.equals(att));
    CHECK_FALSE(db.equals(id));
    CHECK_FALSE(att.equals(id));
    CHECK_FALSE(db.equals(dek));
    CHECK(db.equals(Kdf::deriveSubKey(dek, Kdf::SubKey::Database)));
    CHECK_FALSE(db.equals(Kdf::deriveSubKey(SecretBuffer::random(32), Kdf::SubKey::Database)));
}
