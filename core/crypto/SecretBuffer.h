#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace vigil {

// Holds key material or a passphrase in guarded memory: sodium_malloc'd
// (guard pages, mlock'ed where allowed), wiped on destruction. Move-only, so
// a secret has one owner. Never converted to a plain QByteArray by this API.
class SecretBuffer
{
public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size); // zero-filled
    ~SecretBuffer();
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    static SecretBuffer random(std::size_t size);
    static SecretBuffer copyOf(const void* data, std::size_t size);
    // Encodes `text` as UTF-8 straight into guarded memory, then overwrites
    // the characters of `text` and clears it, so the plain copy dies here.
    static SecretBuffer takeUtf8(QString& text);

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    bool equals(const SecretBuffer& other) const; // constant time
    // Lowercase hex of the bytes, itself a secret.
    SecretBuffer toHex() const;
    // A copy whose bytes are followed by a NUL (for C APIs that want strings);
    // size() excludes the NUL.
    SecretBuffer withTerminator() const;
    // Copies the bytes into a QString for display. The caller must wipe it
    // with wipeString() as soon as it is shown.
    QString toDisplayString() const;

    void clear();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QString's characters in place (if not shared) and clears it.
void wipeString(QString& text);

} // namespace vigil
