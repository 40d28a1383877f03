#include "core/crypto/SecretBuffer.h"

#include <sodium.h>

#include <QStringEncoder>

#include <cstring>
#include <new>
#include <utility>

namespace vigil {

namespace {

std::uint8_t* allocate(std::size_t size)
{
    if (size == 0)
        return nullptr;
    void* p = sodium_malloc(size);
    if (!p)
        throw std::bad_alloc(); // out of locked memory: nothing sensible can continue
    sodium_memzero(p, size);
    return static_cast<std::uint8_t*>(p);
}

} // namespace

SecretBuffer::SecretBuffer(std::size_t size) : m_data(allocate(size)), m_size(size) {}

SecretBuffer::~SecretBuffer()
{
    clear();
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBuffer::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

SecretBuffer SecretBuffer::random(std::size_t size)
{
    SecretBuffer b(size);
    if (size)
        randombytes_buf(b.m_data, size);
    return b;
}

SecretBuffer SecretBuffer::copyOf(const void* data, std::size_t size)
{
    SecretBuffer b(size);
    if (size)
        std::memcpy(b.m_data, data, size);
    return b;
}

SecretBuffer SecretBuffer::takeUtf8(QString& text)
{
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    SecretBuffer scratch(std::size_t(text.size()) * 3);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    char* end = encoder.appendToBuffer(reinterpret_cast<char*>(scratch.m_data), text);
    const std::size_t used = std::size_t(end - reinterpret_cast<char*>(scratch.m_data));
    wipeString(text);
    return copyOf(scratch.m_data, used);
}

bool SecretBuffer::equals(const SecretBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

SecretBuffer SecretBuffer::toHex() const
{
    SecretBuffer hex(m_size * 2 + 1);
    if (m_size)
        sodium_bin2hex(reinterpret_cast<char*>(hex.m_data), hex.m_size, m_data, m_size);
    SecretBuffer out = copyOf(hex.m_data, m_size * 2);
    return out;
}

SecretBuffer SecretBuffer::withTerminator() const
{
    SecretBuffer b(m_size + 1);
    if (m_size)
        std::memcpy(b.m_data, m_data, m_size);
    b.m_size = m_size; // the allocation keeps the NUL; sodium_free wipes the whole block
    return b;
}

QString SecretBuffer::toDisplayString() const
{
    return QString::fromUtf8(chars(), qsizetype(m_size));
}

void wipeString(QString& text)
{
    if (!text.isEmpty() && !text.isDetached()) {
        // Shared: wiping would alter other owners; drop our reference only.
        text.clear();
        return;
    }
    if (!text.isEmpty())
        sodium_memzero(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace vigil
