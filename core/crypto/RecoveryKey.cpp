#include "core/crypto/RecoveryKey.h"

#include <cstring>

namespace vigil {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base 32
constexpr int kDataBytes = 4; // per group; + 1 check byte = 40 bits = 8 characters

// CRC-8 (polynomial x^8+x^2+x+1, initial value 0) over the group index and
// its 4 bytes. A CRC-8 catches every burst of up to 8 bits, and one mistyped
// character changes at most 5 adjacent bits of the 40-bit group, so every
// single-character mistake is caught. Because the index is included (and the
// CRC is linear), a group typed in another group's place never checks either.
std::uint8_t groupCheck(int index, const std::uint8_t* data)
{
    std::uint8_t crc = 0;
    auto feed = [&crc](std::uint8_t byte) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = std::uint8_t((crc & 0x80u) ? (crc << 1) ^ 0x07u : crc << 1);
    };
    feed(std::uint8_t(index));
    for (int i = 0; i < kDataBytes; ++i)
        feed(data[i]);
    return crc;
}

int decodeChar(char c)
{
    if (c >= 'a' && c <= 'z')
        c = char(c - 'a' + 'A');
    switch (c) {
    case 'O': return 0;
    case 'I':
    case 'L': return 1;
    default: break;
    }
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == c)
            return i;
    }
    return -1;
}

} // namespace

SecretBuffer RecoveryKey::generate()
{
    return SecretBuffer::random(kBytes);
}

SecretBuffer RecoveryKey::format(const SecretBuffer& bytes)
{
    const std::size_t length = kGroups * kGroupChars + (kGroups - 1);
    SecretBuffer text(length);
    char* out = reinterpret_cast<char*>(text.data());
    for (int g = 0; g < kGroups; ++g) {
        const std::uint8_t* data = bytes.data() + g * kDataBytes;
        // 40-bit big-endian value: 4 data bytes then the check byte.
        std::uint64_t value = 0;
        for (int i = 0; i < kDataBytes; ++i)
            value = (value << 8) | data[i];
        value = (value << 8) | groupCheck(g, data);
        for (int c = kGroupChars - 1; c >= 0; --c) {
            out[c] = kAlphabet[value & 31u];
            value >>= 5;
        }
        out += kGroupChars;
        if (g + 1 < kGroups)
            *out++ = '-';
    }
    return text;
}

Result<SecretBuffer> RecoveryKey::parse(const SecretBuffer& text)
{
    // Collect significant characters, skipping separators people type.
    SecretBuffer digits(text.size());
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text.chars()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const int v = decodeChar(c);
        if (v < 0)
            return Error::make(ErrorKind::Validation,
                               tr("The recovery key contains a character that cannot be part "
                                  "of it. Only letters and digits are used."));
        if (count < digits.size())
            digits.data()[count] = std::uint8_t(v);
        ++count;
    }
    if (count != std::size_t(kGroups * kGroupChars))
        return Error::make(ErrorKind::Validation,
                           tr("A recovery key has %1 groups of %2 characters; this one has %3 "
                              "characters.")
                               .arg(kGroups)
                               .arg(kGroupChars)
                               .arg(count));

    SecretBuffer bytes(kBytes);
    for (int g = 0; g < kGroups; ++g) {
        std::uint64_t value = 0;
        for (int c = 0; c < kGroupChars; ++c)
            value = (value << 5) | digits.data()[g * kGroupChars + c];
        std::uint8_t* data = bytes.data() + g * kDataBytes;
        for (int i = kDataBytes - 1; i >= 0; --i)
            data[i] = std::uint8_t(value >> (8 * (kDataBytes - i)));
        const std::uint8_t check = std::uint8_t(value & 0xffu);
        value = 0;
        if (check != groupCheck(g, data))
            return Error::make(ErrorKind::Validation,
                               tr("Group %1 of the recovery key is mistyped. Check it against "
                                  "the paper copy.")
                                   .arg(g + 1));
    }
    return bytes;
}

} // namespace vigil
