#include "core/crypto/RecoveryKey.h"

#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QString>

#include <string>

using namespace vigil;

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

// Crockford base-32: the 32 symbols a formatted key may contain.
const QByteArray kAlphabet = QByteArrayLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QByteArray text(const SecretBuffer& b)
{
    return QByteArray(b.chars(), qsizetype(b.size()));
}

SecretBuffer buffer(const QByteArray& b)
{
    return SecretBuffer::copyOf(b.constData(), std::size_t(b.size()));
}

QByteArray formatted(const SecretBuffer& bytes)
{
    return text(RecoveryKey::format(bytes));
}

int groupStart(int group)
{
    return group * (RecoveryKey::kGroupChars + 1);
}

// Parses `typed`; returns the error, failing the test if parsing succeeded.
Error parseError(const QByteArray& typed)
{
    auto parsed = RecoveryKey::parse(buffer(typed));
    if (parsed.ok()) {
        FAIL("parse accepted " << typed.toStdString());
        return {};
    }
    return parsed.error();
}

} // namespace

TEST_CASE("RecoveryKey: generate and format", "[crypto]")
{
    SecretBuffer bytes = RecoveryKey::generate();
    REQUIRE(bytes.size() == RecoveryKey::kBytes);
    CHECK_FALSE(bytes.equals(RecoveryKey::generate()));

    const QByteArray f = formatted(bytes);
    INFO(f.toStdString());
    REQUIRE(f.size() == 71);
    for (int i = 0; i < f.size(); ++i) {
        if (i % 9 == 8)
            REQUIRE(f.at(i) == '-');
        else
            REQUIRE(kAlphabet.contains(f.at(i)));
    }
    // Formatting is a function of the bytes.
    CHECK(formatted(bytes) == f);
}

TEST_CASE("RecoveryKey: format then parse round-trips", "[crypto]")
{
    for (int i = 0; i < 200; ++i) {
        SecretBuffer bytes = RecoveryKey::generate();
        auto parsed = RecoveryKey::parse(RecoveryKey::format(bytes));
        REQUIRE_OK(parsed);
        REQUIRE(parsed->equals(bytes));
    }
    // Edge values round-trip too.
    for (unsigned char fill : {0x00, 0xff, 0x5a}) {
        SecretBuffer bytes(RecoveryKey::kBytes);
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes.data()[i] = fill;
        auto parsed = RecoveryKey::parse(RecoveryKey::format(bytes));
        REQUIRE_OK(parsed);
        REQUIRE(parsed->equals(bytes));
    }
}

TEST_CASE("RecoveryKey: parse tolerates case, spacing and look-alike letters", "[crypto]")
{
    SecretBuffer bytes = RecoveryKey::generate();
    const QByteArray f = formatted(bytes);
    QByteArray compact = f;
    compact.replace('-', QByteArray());

    auto accepts = [&](const QByteArray& typed) {
        INFO("typed: " << typed.toStdString());
        auto parsed = RecoveryKey::parse(buffer(typed));
        REQUIRE_OK(parsed);
        CHECK(parsed->equals(bytes));
    };

    SECTION("lower case") { accepts(f.toLower()); }
    SECTION("spaces instead of dashes") { accepts(QByteArray(f).replace('-', ' ')); }
    SECTION("no separators") { accepts(compact); }
    SECTION("separators anywhere, leading and trailing blanks")
    {
        QByteArray loose = "  ";
        for (int i = 0; i < compact.size(); ++i) {
            loose += compact.at(i);
            if (i % 3 == 2)
                loose += (i % 2) ? " " : "-";
        }
        loose += " \n";
        accepts(loose);
    }
    SECTION("O for 0, I and L for 1, in either case")
    {
        // Build keys until one has both a 0 and a 1 to substitute.
        for (int attempt = 0; attempt < 1000; ++attempt) {
            SecretBuffer candidate = RecoveryKey::generate();
            const QByteArray c = formatted(candidate);
            if (!c.contains('0') || !c.contains('1'))
                continue;
            for (const char* one : {"I", "L", "i", "l"}) {
                for (const char* zero : {"O", "o"}) {
                    QByteArray typed = c;
                    typed.replace('0', zero).replace('1', one);
                    INFO("typed: " << typed.toStdString());
                    auto parsed = RecoveryKey::parse(buffer(typed));
                    REQUIRE_OK(parsed);
                    CHECK(parsed->equals(candidate));
                }
            }
            return;
        }
        FAIL("no generated key contained both 0 and 1");
    }
}

TEST_CASE("RecoveryKey: every single-character substitution is caught and its group named",
          "[crypto]")
{
    for (int round = 0; round < 3; ++round) {
        const QByteArray f = formatted(RecoveryKey::generate());
        for (int group = 0; group < RecoveryKey::kGroups; ++group) {
            const QString groupNumber = QString::number(group + 1);
            for (int pos = 0; pos < RecoveryKey::kGroupChars; ++pos) {
                const int at = groupStart(group) + pos;
                for (char c : kAlphabet) {
                    if (c == f.at(at))
                        continue;
                    QByteArray typed = f;
                    typed[at] = c;
                    auto parsed = RecoveryKey::parse(buffer(typed));
                    INFO("key " << f.toStdString() << ", group " << group + 1 << ", position "
                                << pos + 1 << ": '" << f.at(at) << "' -> '" << c << "'");
                    REQUIRE_FALSE(parsed.ok());
                    INFO(describe(parsed.error()));
                    REQUIRE(parsed.error().kind == ErrorKind::Validation);
                    REQUIRE(parsed.error().message.contains(groupNumber));
                }
            }
        }
    }
}

TEST_CASE("RecoveryKey: the error names the mistyped group, not a fixed number", "[crypto]")
{
    const QByteArray f = formatted(RecoveryKey::generate());
    QStringList messages;
    for (int group = 0; group < RecoveryKey::kGroups; ++group) {
        QByteArray typed = f;
        const int at = groupStart(group) + 3;
        typed[at] = (typed.at(at) == 'Z') ? 'Y' : 'Z';
        messages.append(parseError(typed).message);
    }
    for (int a = 0; a < messages.size(); ++a)
        for (int b = a + 1; b < messages.size(); ++b)
            CHECK(messages.at(a) != messages.at(b));
}

TEST_CASE("RecoveryKey: swapped groups are caught", "[crypto]")
{
    for (int round = 0; round < 20; ++round) {
        const QByteArray f = formatted(RecoveryKey::generate());
        for (int a = 0; a < RecoveryKey::kGroups; ++a) {
            for (int b = a + 1; b < RecoveryKey::kGroups; ++b) {
                const QByteArray ga = f.mid(groupStart(a), RecoveryKey::kGroupChars);
                const QByteArray gb = f.mid(groupStart(b), RecoveryKey::kGroupChars);
                if (ga == gb)
                    continue;
                QByteArray typed = f;
                typed.replace(groupStart(a), RecoveryKey::kGroupChars, gb);
                typed.replace(groupStart(b), RecoveryKey::kGroupChars, ga);
                INFO("key " << f.toStdString() << ", swapped groups " << a + 1 << " and " << b + 1);
                const Error e = parseError(typed);
                INFO(describe(e));
                CHECK(e.kind == ErrorKind::Validation);
                // Either of the two groups is wrong where it now stands.
                CHECK((e.message.contains(QString::number(a + 1)) ||
                       e.message.contains(QString::number(b + 1))));
            }
        }
    }
}

TEST_CASE("RecoveryKey: malformed input is a Validation error", "[crypto]")
{
    const QByteArray f = formatted(RecoveryKey::generate());
    const QList<QByteArray> bad = {
        QByteArray(),
        QByteArray("   "),
        f.left(f.size() - 9),           // seven groups
        f + "-" + f.mid(0, 8),          // nine groups
        f.left(f.size() - 1),           // one character short
        f + "A",                        // one character long
        QByteArray(f).replace(4, 1, "U"),  // U is not in the alphabet
        QByteArray(f).replace(4, 1, "!"),
        QByteArray(f).replace(4, 1, "\xc3\xa9"), // a non-ASCII letter
    };
    for (const QByteArray& typed : bad) {
        INFO("typed: " << typed.toStdString());
        const Error e = parseError(typed);
        INFO(describe(e));
        CHECK(e.kind == ErrorKind::Validation);
        CHECK_FALSE(e.message.isEmpty());
    }
}
