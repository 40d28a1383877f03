#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <cassert>
#include <cstring>
#include <sodium.h>

namespace vigil {

// A fixed-capacity byte buffer for bundle plaintext: bytes are appended at
// the end and consumed from the front, and every byte it ever held is wiped
// (on consume and on destruction), so decrypted records do not linger in
// freed memory. Allocated once; never reallocates.
class WipedBytes
{
public:
    explicit WipedBytes(qsizetype capacity) : m_bytes(capacity, Qt::Uninitialized) {}
    ~WipedBytes() { sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;

    qsizetype size() const { return m_used; }
    qsizetype capacity() const { return m_bytes.size(); }
    qsizetype space() const { return capacity() - m_used; }
    char* data() { return m_bytes.data(); }
    const char* constData() const { return m_bytes.constData(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes.constData(), m_used); }

    void append(const char* data, qsizetype size)
    {
        assert(size <= space());
        std::memcpy(m_bytes.data() + m_used, data, std::size_t(size));
        m_used += size;
    }
    // Drops the first `size` bytes and wipes the space they leave.
    void consume(qsizetype size)
    {
        assert(size <= m_used);
        std::memmove(m_bytes.data(), m_bytes.constData() + size, std::size_t(m_used - size));
        sodium_memzero(m_bytes.data() + m_used - size, std::size_t(size));
        m_used -= size;
    }
    void clear() { consume(m_used); }

private:
    QByteArray m_bytes; // never shared: the class is not copyable
    qsizetype m_used = 0;
};

// A libsodium state that holds key material, wiped when it goes out of scope.
template <typename T> struct WipedSodiumState
{
    T state;
    WipedSodiumState() { sodium_memzero(&state, sizeof state); }
    ~WipedSodiumState() { sodium_memzero(&state, sizeof state); }
    WipedSodiumState(const WipedSodiumState&) = delete;
    WipedSodiumState& operator=(const WipedSodiumState&) = delete;
};

} // namespace vigil
