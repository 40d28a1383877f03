#include "core/crypto/SecretBuffer.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QString>

#include <cstring>
#include <string>

using namespace vigil;
using vigil::test::secret;

namespace {

QByteArray bytesOf(const SecretBuffer& b)
{
    return QByteArray(b.chars(), qsizetype(b.size()));
}

} // namespace

TEST_CASE("SecretBuffer: construction, copyOf, random and clear", "[crypto]")
{
    SECTION("default is empty")
    {
        SecretBuffer b;
        CHECK(b.isEmpty());
        CHECK(b.size() == 0);
    }
    SECTION("sized constructor is zero-filled")
    {
        SecretBuffer b(64);
        REQUIRE(b.size() == 64);
        for (std::size_t i = 0; i < b.size(); ++i)
            REQUIRE(b.data()[i] == 0);
    }
    SECTION("copyOf copies exactly")
    {
        const char raw[] = {'a', '\0', 'b', char(0xff)};
        SecretBuffer b = SecretBuffer::copyOf(raw, sizeof raw);
        REQUIRE(b.size() == sizeof raw);
        CHECK(std::memcmp(b.data(), raw, sizeof raw) == 0);
    }
    SECTION("random buffers have the size asked for and differ")
    {
        SecretBuffer a = SecretBuffer::random(32);
        SecretBuffer b = SecretBuffer::random(32);
        REQUIRE(a.size() == 32);
        REQUIRE(b.size() == 32);
        CHECK_FALSE(a.equals(b));
    }
    SECTION("clear empties the buffer")
    {
        SecretBuffer b = secret("hunter2");
        b.clear();
        CHECK(b.isEmpty());
        CHECK(b.size() == 0);
    }
}

TEST_CASE("SecretBuffer: move leaves the source empty", "[crypto]")
{
    SecretBuffer a = secret("move me");
    SecretBuffer b(std::move(a));
    CHECK(a.isEmpty()); // NOLINT(bugprone-use-after-move): documented moved-from state
    CHECK(bytesOf(b) == QByteArray("move me"));

    SecretBuffer c;
    c = std::move(b);
    CHECK(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    CHECK(bytesOf(c) == QByteArray("move me"));
}

TEST_CASE("SecretBuffer: equals compares length and content", "[crypto]")
{
    CHECK(secret("abc").equals(secret("abc")));
    CHECK_FALSE(secret("abc").equals(secret("abd")));
    CHECK_FALSE(secret("abc").equals(secret("abcd")));
    CHECK_FALSE(secret("abcd").equals(secret("abc")));
    CHECK_FALSE(secret("abc").equals(SecretBuffer()));
    CHECK(SecretBuffer().equals(SecretBuffer()));
    CHECK_FALSE(SecretBuffer(4).equals(secret("abcd")));
}

TEST_CASE("SecretBuffer: toHex is lowercase hex of the bytes", "[crypto]")
{
    const unsigned char raw[] = {0x00, 0xab, 0x10, 0xff, 0x7e};
    SecretBuffer hex = SecretBuffer::copyOf(raw, sizeof raw).toHex();
    CHECK(bytesOf(hex) == QByteArray("00ab10ff7e"));
    CHECK(SecretBuffer().toHex().isEmpty());
}

TEST_CASE("SecretBuffer: withTerminator appends a NUL outside size()", "[crypto]")
{
    SecretBuffer b = secret("pass").withTerminator();
    REQUIRE(b.size() == 4);
    CHECK(std::memcmp(b.data(), "pass", 4) == 0);
    CHECK(b.chars()[4] == '\0');
}

TEST_CASE("SecretBuffer: toDisplayString decodes UTF-8", "[crypto]")
{
    const QString text = QStringLiteral("p\u00e4ss w\u00f6rd \u20ac");
    const QByteArray utf8 = text.toUtf8();
    SecretBuffer b = SecretBuffer::copyOf(utf8.constData(), std::size_t(utf8.size()));
    QString shown = b.toDisplayString();
    CHECK(shown == text);
    wipeString(shown);
    CHECK(shown.isEmpty());
}

TEST_CASE("SecretBuffer: takeUtf8 encodes as UTF-8 and wipes the source QString", "[crypto]")
{
    SECTION("content and clearing")
    {
        QString text = QStringLiteral("Gr\u00fc\u00dfe aus K\u00f6ln \u2014 \U0001F512");
        const QByteArray expected = text.toUtf8();
        SecretBuffer b = SecretBuffer::takeUtf8(text);
        CHECK(bytesOf(b) == expected);
        CHECK(text.isEmpty());
    }
    SECTION("an empty string gives an empty buffer")
    {
        QString text;
        SecretBuffer b = SecretBuffer::takeUtf8(text);
        CHECK(b.isEmpty());
    }
#if !defined(__SANITIZE_ADDRESS__)
    SECTION("the characters are overwritten in place, not just released")
    {
        // Look at the QString's own storage after takeUtf8. If the string was
        // only cleared, its characters survive in the released heap block (the
        // allocator reuses just the first bytes of a freed block, which hold
        // Qt's header, not the characters). Reading a released block is not
        // portable C++, but it is the only way to see what a heap dump would.
        const QString canary = QStringLiteral("WIPE-ME-") + QString(120, QLatin1Char('Q'));
        QString text = canary;
        text.detach();
        const char16_t* storage = reinterpret_cast<const char16_t*>(text.constData());
        const qsizetype length = text.size();
        SecretBuffer b = SecretBuffer::takeUtf8(text);
        REQUIRE(b.size() == std::size_t(canary.size()));
        int survivors = 0;
        for (qsizetype i = 0; i < length; ++i) {
            const volatile char16_t* p = storage + i;
            if (*p == canary.at(i).unicode())
                ++survivors;
        }
        INFO("characters of the source still in memory: " << survivors << " of " << length);
        CHECK(survivors < length / 4);
    }
#endif
}

TEST_CASE("wipeString clears a string", "[crypto]")
{
    QString s = QStringLiteral("secret words");
    wipeString(s);
    CHECK(s.isEmpty());
    QString shared = QStringLiteral("shared words");
    QString other = shared; // shared data must not be wiped under the other owner
    wipeString(shared);
    CHECK(shared.isEmpty());
    CHECK(other == QStringLiteral("shared words"));
}
