#include "core/attachments/PartFile.h"

#include "core/util/IoError.h"

#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

namespace vigil {

namespace {

QString decoded(const QByteArray& path)
{
    return QFile::decodeName(path);
}

} // namespace

Result<PartFile> PartFile::create(const QString& folder)
{
    unsigned char nonce[16];
    randombytes_buf(nonce, sizeof nonce);
    const QByteArray name = QByteArray(reinterpret_cast<const char*>(nonce), sizeof nonce).toHex();
    const QByteArray path = QFile::encodeName(folder) + '/' + name + ".part";
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(errno, decoded(path));
    return PartFile(fd, path);
}

PartFile::PartFile(PartFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::exchange(other.m_path, QByteArray()))
{
}

PartFile::~PartFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_path.isEmpty())
        ::unlink(m_path.constData());
}

AttachmentCipher::Sink PartFile::sink()
{
    return [this](const char* data, qsizetype size) -> Status {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, std::size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0)
                return ioError(errno, decoded(m_path));
            data += n;
            size -= n;
        }
        return {};
    };
}

Status PartFile::finish()
{
    const int fd = std::exchange(m_fd, -1);
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return ioError(err, decoded(m_path));
    }
    if (::close(fd) != 0)
        return ioError(errno, decoded(m_path));
    return {};
}

Status PartFile::moveTo(const QString& path)
{
    const QByteArray target = QFile::encodeName(path);
    if (::rename(m_path.constData(), target.constData()) != 0)
        return ioError(errno, path);
    m_path = target;
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd); // best effort: some file systems refuse fsync on folders
        ::close(dirFd);
    }
    return {};
}

} // namespace vigil
