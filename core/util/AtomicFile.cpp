#include "core/util/AtomicFile.h"

#include "core/util/IoError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vigil::AtomicFile {

namespace {

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, std::size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

Status write(const QString& path, const QByteArray& contents)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp";
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(errno, path);
    if (!writeAll(fd, contents.constData(), contents.size()) || ::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.constData());
        return ioError(err, path);
    }
    if (::close(fd) != 0 || ::rename(temp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(temp.constData());
        return ioError(err, path);
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd); // best effort: some file systems refuse fsync on folders
        ::close(dirFd);
    }
    return {};
}

Result<QByteArray> read(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const int err = file.error() == QFileDevice::OpenError && !file.exists() ? ENOENT : EACCES;
        return ioError(err, path);
    }
    if (file.size() > maxBytes)
        return Error::make(ErrorKind::Integrity,
                           QCoreApplication::translate("vigil::AtomicFile",
                                                       "%1 is larger than it can be; it may be "
                                                       "damaged or not a Vigil file.")
                               .arg(path));
    QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return ioError(EIO, path);
    return data;
}

} // namespace vigil::AtomicFile
