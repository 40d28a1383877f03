#include "core/sync/transport/FolderTransport.h"

#include "core/sync/transport/FileDeviceError.h"
#include "core/sync/transport/MailboxName.h"
#include "core/util/IoError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace vigil {

namespace {

constexpr qsizetype kChunk = 1024 * 1024;

QByteArray encoded(const QString& path)
{
    return QFile::encodeName(path);
}

// A POSIX file descriptor closed when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() { close(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    int close()
    {
        const int r = m_fd >= 0 ? ::close(m_fd) : 0;
        m_fd = -1;
        return r;
    }

private:
    int m_fd;
};

ssize_t readSome(int fd, char* buffer, qsizetype size)
{
    for (;;) {
        const ssize_t n = ::read(fd, buffer, std::size_t(size));
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

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

void syncFolder(const QString& path)
{
    const int fd = ::open(encoded(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // best effort: some file systems refuse fsync on folders
        ::close(fd);
    }
}

} // namespace

FolderTransport::FolderTransport(QString root) : m_root(QDir::cleanPath(std::move(root))) {}

QString FolderTransport::describe() const
{
    return tr("Folder %1").arg(QDir::toNativeSeparators(m_root));
}

QString FolderTransport::mailboxPath(const QString& recipientId) const
{
    return m_root + QLatin1Char('/') + MailboxName::folderOf(recipientId);
}

Status FolderTransport::checkRoot() const
{
    struct stat st = {};
    if (::stat(encoded(m_root).constData(), &st) != 0) {
        const int err = errno;
        if (err != ENOENT && err != ENOTDIR)
            return ioError(err, m_root);
        return Error::make(ErrorKind::NotFound,
                           tr("The sync folder %1 is not available. Connect the USB stick or "
                              "network drive that holds it and try again.")
                               .arg(QDir::toNativeSeparators(m_root)),
                           QStringLiteral("folder transport: %1 missing").arg(m_root));
    }
    if (!S_ISDIR(st.st_mode))
        return Error::make(ErrorKind::NotFound,
                           tr("%1 is not a folder; choose the folder that holds the sync "
                              "mailbox.")
                               .arg(QDir::toNativeSeparators(m_root)));
    return {};
}

Status FolderTransport::makeFolder(const QString& path) const
{
    if (::mkdir(encoded(path).constData(), 0777) != 0 && errno != EEXIST)
        return ioError(errno, path);
    return {};
}

Status FolderTransport::prepare(const QString& deviceId)
{
    VIGIL_TRY(MailboxName::checkDeviceId(deviceId));
    // The root is created only inside a folder that exists: a missing parent
    // is an unplugged medium, and mkpath would fill the local disk instead.
    if (!QFileInfo(m_root).exists() && QFileInfo(QFileInfo(m_root).absolutePath()).isDir())
        VIGIL_TRY(makeFolder(m_root));
    VIGIL_TRY(checkRoot());
    return makeFolder(mailboxPath(deviceId));
}

Result<QStringList> FolderTransport::list(const QString& recipientId)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    VIGIL_TRY(checkRoot());
    const QString folder = mailboxPath(recipientId);
    std::unique_ptr<DIR, int (*)(DIR*)> dir(::opendir(encoded(folder).constData()), ::closedir);
    if (!dir) {
        if (errno == ENOENT)
            return QStringList{}; // nothing was ever sent to this recipient
        return ioError(errno, folder);
    }
    QStringList names;
    for (;;) {
        errno = 0; // readdir reports an error only through errno
        const dirent* entry = ::readdir(dir.get());
        if (!entry) {
            if (errno != 0)
                return ioError(errno, folder);
            break;
        }
        const QString name = QFile::decodeName(entry->d_name);
        // Only finished, well-named regular files: never a ".part", a folder
        // or a stray file someone copied onto the stick.
        if (!MailboxName::isFileName(name))
            continue;
        if (entry->d_type != DT_REG && entry->d_type != DT_UNKNOWN)
            continue;
        if (entry->d_type == DT_UNKNOWN && !QFileInfo(folder + QLatin1Char('/') + name).isFile())
            continue;
        names.append(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

Status FolderTransport::fetch(const QString& recipientId, const QString& name,
                              const QString& localPath)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    VIGIL_TRY(MailboxName::checkFileName(name));
    VIGIL_TRY(checkRoot());
    const QString source = mailboxPath(recipientId) + QLatin1Char('/') + name;
    // O_NOFOLLOW: on a shared drive a "bundle" could be a link to any file.
    Fd in(::open(encoded(source).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!in.valid())
        return ioError(errno, source);

    // QSaveFile: the local copy appears whole on commit() or not at all.
    QSaveFile out(localPath);
    // Unbuffered: QSaveFile::commit() does not notice a failed flush of its
    // buffer (it would rename a truncated file into place); every write
    // goes straight to the file and its failure is seen here.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fileDeviceError(out, localPath);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = readSome(in.get(), buffer.data(), buffer.size());
        if (n < 0)
            return ioError(errno, source);
        if (n == 0)
            break;
        if (!writeFully(out, buffer.constData(), n))
            return fileDeviceError(out, localPath);
    }
    if (out.error() != QFileDevice::NoError || !out.commit())
        return fileDeviceError(out, localPath);
    return {};
}

Status FolderTransport::put(const QString& recipientId, const QString& name,
                            const QString& localPath)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    VIGIL_TRY(MailboxName::checkFileName(name));
    Fd in(::open(encoded(localPath).constData(), O_RDONLY | O_CLOEXEC));
    if (!in.valid())
        return ioError(errno, localPath);
    VIGIL_TRY(checkRoot());
    const QString folder = mailboxPath(recipientId);
    VIGIL_TRY(makeFolder(folder));

    const QString part = folder + QLatin1Char('/') + MailboxName::partOf(name);
    const QString target = folder + QLatin1Char('/') + name;
    // A stale .part (an interrupted copy) is replaced, never written
    // through: on a shared drive someone else may have left a link there.
    if (::unlink(encoded(part).constData()) != 0 && errno != ENOENT)
        return ioError(errno, part);
    Fd out(::open(encoded(part).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                  0666));
    if (!out.valid())
        return ioError(errno, part);
    auto fail = [&](int err, const QString& path) -> Status {
        out.close();
        ::unlink(encoded(part).constData());
        return ioError(err, path);
    };
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = readSome(in.get(), buffer.data(), buffer.size());
        if (n < 0)
            return fail(errno, localPath);
        if (n == 0)
            break;
        if (!writeAll(out.get(), buffer.constData(), n))
            return fail(errno, part);
    }
    // On the medium before it gets its final name: a stick pulled out right
    // after the rename must not hold a complete name over missing blocks.
    if (::fsync(out.get()) != 0)
        return fail(errno, part);
    if (out.close() != 0)
        return fail(errno, part);
    if (::rename(encoded(part).constData(), encoded(target).constData()) != 0)
        return fail(errno, target);
    syncFolder(folder);
    return {};
}

Status FolderTransport::remove(const QString& recipientId, const QString& name)
{
    VIGIL_TRY(MailboxName::checkDeviceId(recipientId));
    VIGIL_TRY(MailboxName::checkFileName(name));
    VIGIL_TRY(checkRoot());
    const QString path = mailboxPath(recipientId) + QLatin1Char('/') + name;
    if (::unlink(encoded(path).constData()) != 0 && errno != ENOENT)
        return ioError(errno, path);
    return {};
}

} // namespace vigil
