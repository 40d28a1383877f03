#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <catch2/catch_test_macros.hpp>
#include <csignal>
#include <string>
#include <sys/resource.h>

namespace vigil::test::mailbox {

// A device id made of one repeated hex digit ("aaaa…").
QString deviceId(char digit);
// A bundle name as the protocol writes it.
QString bundleName(const QString& senderId, int number);
// Writes `size` random bytes to `path`; returns them.
QByteArray writeRandomFile(const QString& path, qint64 size);
// The whole file, or a null QByteArray when it cannot be read.
QByteArray readFile(const QString& path);

// A file-size limit makes writes past it fail with EFBIG, as a full medium
// (or FAT32's 4 GiB limit) would; restored when it goes.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &m_old) == 0);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old{};
    void (*m_handler)(int) = nullptr;
};

// "ok", or the error's kind and message, for failure output.
std::string outcome(const Error* error);
template <typename T> std::string outcome(const Result<T>& r)
{
    return outcome(r.ok() ? nullptr : &r.error());
}
template <typename T> std::string kindName(const Result<T>& r)
{
    return r.ok() ? std::string("ok") : std::string(errorKindName(r.error().kind));
}

} // namespace vigil::test::mailbox

// Evaluate the expression once (each call may be a network request).
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto& vigilResult_ = (expr);                                                         \
        INFO(vigil::test::mailbox::outcome(vigilResult_));                                         \
        REQUIRE(vigilResult_.ok());                                                                \
    } while (false)

#define CHECK_KIND(expr, expectedKind)                                                             \
    do {                                                                                           \
        const auto& vigilResult_ = (expr);                                                         \
        INFO(vigil::test::mailbox::outcome(vigilResult_));                                         \
        CHECK(vigil::test::mailbox::kindName(vigilResult_) ==                                      \
              std::string(errorKindName(expectedKind)));                                           \
    } while (false)
