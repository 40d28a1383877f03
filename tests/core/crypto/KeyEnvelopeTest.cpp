#include "core/crypto/KeyEnvelope.h"
#include "core/crypto/RecoveryKey.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <string>

using namespace vigil;
using vigil::test::fastKdf;
using vigil::test::secret;

namespace {

std::string describe(const Error& e)
{
    return std::string(errorKindName(e.kind)) + ": " + e.message.toStdString() + " [" +
           e.detail.toStdString() + "]";
}

#define REQUIRE_OK(result)                                                                         \
    do {                                                                                           \
        if (!(result).ok())                                                                        \
            FAIL("expected success, got " << describe((result).error()));                         \
    } while (false)

#define REQUIRE_ERROR(result, expectedKind)                                                        \
    do {                                                                                           \
        REQUIRE_FALSE((result).ok());                                                              \
        INFO(describe((result).error()));                                                          \
        REQUIRE(std::string(errorKindName((result).error().kind)) ==                              \
                errorKindName(expectedKind));                                                      \
    } while (false)

constexpr const char* kPassphrase = "correct horse battery staple 7&Q";

struct Sealed
{
    SecretBuffer dek;
    SecretBuffer recovery;
    KeyEnvelope::VaultId id;
    KeyEnvelope envelope;

    static Sealed make()
    {
        Sealed s{SecretBuffer::random(32), RecoveryKey::generate(), {}, {}};
        for (std::size_t i = 0; i < s.id.size(); ++i)
            s.id[i] = std::uint8_t(0xa0 + i);
        auto sealed = KeyEnvelope::seal(s.dek, secret(kPassphrase), s.recovery, fastKdf(), s.id);
        REQUIRE_OK(sealed);
        s.envelope = std::move(sealed).value();
        return s;
    }
};

} // namespace

TEST_CASE("KeyEnvelope: both slots unwrap to the data key", "[crypto]")
{
    Sealed s = Sealed::make();
    auto viaPass = s.envelope.unwrapWithPassphrase(secret(kPassphrase));
    REQUIRE_OK(viaPass);
    CHECK(viaPass->equals(s.dek));
    auto viaRecovery = s.envelope.unwrapWithRecoveryKey(s.recovery);
    REQUIRE_OK(viaRecovery);
    CHECK(viaRecovery->equals(s.dek));
    CHECK(s.envelope.kdfParams() == fastKdf());
    CHECK(s.envelope.vaultId() == s.id);
    CHECK(s.envelope.vaultIdHex() == QStringLiteral("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"));
}

TEST_CASE("KeyEnvelope: a wrong passphrase or recovery key is WrongPassphrase", "[crypto]")
{
    Sealed s = Sealed::make();
    REQUIRE_ERROR(s.envelope.unwrapWithPassphrase(secret("correct horse battery staple 7&q")),
                  ErrorKind::WrongPassphrase);
    REQUIRE_ERROR(s.envelope.unwrapWithPassphrase(secret("")), ErrorKind::WrongPassphrase);
    REQUIRE_ERROR(s.envelope.unwrapWithRecoveryKey(RecoveryKey::generate()),
                  ErrorKind::WrongPassphrase);
    // The passphrase is not a recovery key and vice versa.
    REQUIRE_ERROR(s.envelope.unwrapWithPassphrase(RecoveryKey::format(s.recovery)),
                  ErrorKind::WrongPassphrase);
}

TEST_CASE("KeyEnvelope: two seals of the same key differ (fresh salt and nonces)", "[crypto]")
{
    Sealed s = Sealed::make();
    auto again = KeyEnvelope::seal(s.dek, secret(kPassphrase), s.recovery, fastKdf(), s.id);
    REQUIRE_OK(again);
    CHECK(again->serialize() != s.envelope.serialize());
}

TEST_CASE("KeyEnvelope: serialize and parse round-trip", "[crypto]")
{
    Sealed s = Sealed::make();
    const QByteArray bytes = s.envelope.serialize();
    REQUIRE_FALSE(bytes.isEmpty());
    auto parsed = KeyEnvelope::parse(bytes);
    REQUIRE_OK(parsed);
    CHECK(parsed->serialize() == bytes);
    CHECK(parsed->kdfParams() == fastKdf());
    CHECK(parsed->vaultId() == s.id);
    auto dek = parsed->unwrapWithPassphrase(secret(kPassphrase));
    REQUIRE_OK(dek);
    CHECK(dek->equals(s.dek));
    // No key material in the clear.
    CHECK_FALSE(bytes.contains(QByteArray(s.dek.chars(), 32)));
    CHECK_FALSE(bytes.contains(QByteArray(s.recovery.chars(), 32)));
    CHECK_FALSE(bytes.contains(kPassphrase));
}

TEST_CASE("KeyEnvelope: any flipped bit is Integrity, not WrongPassphrase", "[crypto]")
{
    Sealed s = Sealed::make();
    const QByteArray bytes = s.envelope.serialize();
    for (int offset = 0; offset < bytes.size(); ++offset) {
        for (int bit : {0, 7}) {
            QByteArray damaged = bytes;
            damaged[offset] = char(damaged.at(offset) ^ (1 << bit));
            INFO("offset " << offset << " of " << bytes.size() << ", bit " << bit);
            auto parsed = KeyEnvelope::parse(damaged);
            if (parsed.ok()) {
                // Whatever parse let through must not unwrap, and must be called damage.
                REQUIRE_ERROR(parsed->unwrapWithPassphrase(secret(kPassphrase)),
                              ErrorKind::Integrity);
            } else {
                REQUIRE_ERROR(parsed, ErrorKind::Integrity);
            }
        }
    }
}

TEST_CASE("KeyEnvelope: truncated, extended or foreign bytes are Integrity", "[crypto]")
{
    Sealed s = Sealed::make();
    const QByteArray bytes = s.envelope.serialize();
    REQUIRE_ERROR(KeyEnvelope::parse(QByteArray()), ErrorKind::Integrity);
    REQUIRE_ERROR(KeyEnvelope::parse(bytes.left(4)), ErrorKind::Integrity);
    REQUIRE_ERROR(KeyEnvelope::parse(bytes.left(bytes.size() - 1)), ErrorKind::Integrity);
    REQUIRE_ERROR(KeyEnvelope::parse(bytes + '\0'), ErrorKind::Integrity);
    REQUIRE_ERROR(KeyEnvelope::parse(QByteArray(bytes.size(), '\0')), ErrorKind::Integrity);
    REQUIRE_ERROR(KeyEnvelope::parse(QByteArray("SQLite format 3") + QByteArray(200, 'x')),
                  ErrorKind::Integrity);
}

TEST_CASE("KeyEnvelope: withNewPassphrase rewraps the passphrase slot only", "[crypto]")
{
    Sealed s = Sealed::make();
    const char* newPass = "tangerine submarine elbow quartz 93!";
    auto rewrapped = s.envelope.withNewPassphrase(s.dek, secret(newPass), fastKdf());
    REQUIRE_OK(rewrapped);
    REQUIRE_ERROR(rewrapped->unwrapWithPassphrase(secret(kPassphrase)), ErrorKind::WrongPassphrase);
    auto viaNew = rewrapped->unwrapWithPassphrase(secret(newPass));
    REQUIRE_OK(viaNew);
    CHECK(viaNew->equals(s.dek));
    auto viaRecovery = rewrapped->unwrapWithRecoveryKey(s.recovery);
    REQUIRE_OK(viaRecovery);
    CHECK(viaRecovery->equals(s.dek));
    CHECK(rewrapped->vaultId() == s.id);
    // The original envelope is unchanged.
    REQUIRE_OK(s.envelope.unwrapWithPassphrase(secret(kPassphrase)));
}

TEST_CASE("KeyEnvelope: save and load", "[crypto]")
{
    auto tmp = vigil::test::tempDir();
    REQUIRE(tmp->isValid());
    const QString path = tmp->filePath(QStringLiteral("vault.key"));
    Sealed s = Sealed::make();

    SECTION("round trip, nothing else left in the folder")
    {
        REQUIRE_OK(s.envelope.save(path));
        const QStringList entries =
            QDir(tmp->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        CHECK(entries == QStringList{QStringLiteral("vault.key")});
        auto loaded = KeyEnvelope::load(path);
        REQUIRE_OK(loaded);
        CHECK(loaded->serialize() == s.envelope.serialize());
        auto dek = loaded->unwrapWithPassphrase(secret(kPassphrase));
        REQUIRE_OK(dek);
        CHECK(dek->equals(s.dek));
    }
    SECTION("save replaces an existing file")
    {
        REQUIRE_OK(s.envelope.save(path));
        auto rewrapped = s.envelope.withNewPassphrase(s.dek, secret("new pass phrase 4711 x"), fastKdf());
        REQUIRE_OK(rewrapped);
        REQUIRE_OK(rewrapped->save(path));
        auto loaded = KeyEnvelope::load(path);
        REQUIRE_OK(loaded);
        CHECK(loaded->serialize() == rewrapped->serialize());
    }
    SECTION("a missing file is NotFound")
    {
        REQUIRE_ERROR(KeyEnvelope::load(path), ErrorKind::NotFound);
    }
    SECTION("a damaged file is Integrity")
    {
        REQUIRE_OK(s.envelope.save(path));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x10);
        f.seek(0);
        f.write(bytes);
        f.close();
        REQUIRE_ERROR(KeyEnvelope::load(path), ErrorKind::Integrity);
    }
}

TEST_CASE("KdfParams: limits", "[crypto]")
{
    CHECK(KdfParams::defaults().isWithinLimits());
    CHECK(KdfParams::fastInsecure().isWithinLimits());
    CHECK(KdfParams::defaults().memLimitBytes >= 256ull * 1024 * 1024);
    CHECK_FALSE(KdfParams{3, 1ull << 40}.isWithinLimits()); // 1 TiB
    CHECK_FALSE(KdfParams{0, 8ull * 1024 * 1024}.isWithinLimits());
    CHECK_FALSE(KdfParams{1000000, 8ull * 1024 * 1024}.isWithinLimits());
}
