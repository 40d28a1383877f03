#include "core/crypto/SecretFile.h"

#include "core/util/IoError.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace vigil::SecretFile {

Result<SecretBuffer> readFirstLine(const QString& path)
{
    constexpr std::size_t kMax = 4096;
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ioError(errno, path);
    SecretBuffer buffer(kMax);
    std::size_t used = 0;
    while (used < kMax) {
        const ssize_t n = ::read(fd, buffer.data() + used, kMax - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return ioError(err, path);
        }
        if (n == 0)
            break;
        used += std::size_t(n);
    }
    ::close(fd);
    std::size_t length = 0;
    while (length < used && buffer.data()[length] != '\n')
        ++length;
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (length == 0)
        return Error::make(ErrorKind::Usage,
                           QCoreApplication::translate("vigil::SecretFile",
                                                       "%1 is empty; it must hold the passphrase "
                                                       "on its first line.")
                               .arg(path));
    return SecretBuffer::copyOf(buffer.data(), length);
}

} // namespace vigil::SecretFile
