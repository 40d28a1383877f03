#include "core/crypto/PassphraseStrength.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace vigil;
using vigil::test::secret;

TEST_CASE("PassphraseStrength: weak passphrases score below the minimum", "[crypto]")
{
    for (const char* weak : {"", "password", "123456", "qwerty", "vigil"}) {
        INFO("passphrase: " << weak);
        const PassphraseStrength s = PassphraseStrength::estimate(secret(weak));
        CHECK(s.score >= 0);
        CHECK(s.score < PassphraseStrength::kMinimumScore);
        CHECK_FALSE(s.label.isEmpty());
    }
}

TEST_CASE("PassphraseStrength: long unusual passphrases pass the minimum", "[crypto]")
{
    for (const char* strong : {"correct horse battery staple 7&Q", "tangerine submarine elbow quartz 93!",
                               "Zq8#mW2!vL9$kR4@"}) {
        INFO("passphrase: " << strong);
        const PassphraseStrength s = PassphraseStrength::estimate(secret(strong));
        CHECK(s.score >= PassphraseStrength::kMinimumScore);
        CHECK(s.score <= 4);
        CHECK_FALSE(s.label.isEmpty());
    }
}

TEST_CASE("PassphraseStrength: score grows with entropy", "[crypto]")
{
    const auto weak = PassphraseStrength::estimate(secret("password"));
    const auto strong = PassphraseStrength::estimate(secret("correct horse battery staple 7&Q"));
    CHECK(weak.entropyBits < strong.entropyBits);
    CHECK(weak.score < strong.score);
    CHECK(weak.label != strong.label);
    CHECK(PassphraseStrength::estimate(secret("Zq8#mW2!vL9$kR4@xT7%")).score == 4);
}
