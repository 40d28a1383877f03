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
// freed memory. Allocated once; never reallocates. Consuming moves nothing:
// the bytes kept are moved to the front only when an append needs the room,
// so a chunk of many small items is consumed in linear time (moving the rest
// after each item made a payload of tiny items quadratic).
class WipedBytes
{
public:
    explicit WipedBytes(qsizetype capacity) : m_bytes(capacity, Qt::Uninitialized) {}
    ~WipedBytes() { sodium_memzero(m_bytes.data(), std::size_t(m_bytes.size())); }
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;

    qsizetype size() const { return m_end - m_begin; }
    qsizetype capacity() const { return m_bytes.size(); }
    qsizetype space() const { return capacity() - size(); }
    // The bytes held; when empty, the start of `capacity()` bytes of scratch space.
    char* data() { return m_bytes.data() + m_begin; }
    const char* constData() const { return m_bytes.constData() + m_begin; }
    QByteArrayView view() const { return QByteArrayView(constData(), size()); }

    void append(const char* data, qsizetype size)
    {
        assert(size <= space());
        if (size > capacity() - m_end)
            compact();
        std::memcpy(m_bytes.data() + m_end, data, std::size_t(size));
        m_end += size;
    }
    // Drops the first `size` bytes and wipes them.
    void consume(qsizetype size)
    {
        assert(size <= this->size());
        sodium_memzero(m_bytes.data() + m_begin, std::size_t(size));
        m_begin += size;
        if (m_begin == m_end)
            m_begin = m_end = 0;
    }
    void clear() { consume(size()); }

private:
    // Moves the bytes held to the front and wipes the stale copies behind them.
    void compact()
    {
        const qsizetype kept = size();
        std::memmove(m_bytes.data(), m_bytes.constData() + m_begin, std::size_t(kept));
        sodium_memzero(m_bytes.data() + kept, std::size_t(m_end - kept));
        m_begin = 0;
        m_end = kept;
    }

    QByteArray m_bytes; // never shared: the class is not copyable
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
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
