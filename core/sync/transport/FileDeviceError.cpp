#include "core/sync/transport/FileDeviceError.h"

#include "core/util/IoError.h"

#include <QFileInfo>
#include <cerrno>
#include <cstring>

namespace vigil {

Error fileDeviceError(const QFileDevice& file, const QString& path)
{
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return ioError(ENOSPC, path);
    case QFileDevice::OpenError: {
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isDir())
            return ioError(ENOENT, folder.filePath());
        return ioError(folder.isWritable() ? EIO : EACCES, path);
    }
    default: {
        // Qt keeps no errno, only strerror's text: a file-size limit (FAT32's
        // 4 GiB, a quota) is told apart by it.
        for (const int errnum : {EFBIG, EDQUOT, EROFS}) {
            if (file.errorString() == QString::fromLocal8Bit(std::strerror(errnum)))
                return ioError(errnum, path);
        }
        Error error = ioError(EIO, path);
        error.detail = QStringLiteral("%1: %2").arg(path, file.errorString());
        return error;
    }
    }
}

bool writeFully(QFileDevice& file, const char* data, qint64 size)
{
    while (size > 0) {
        const qint64 n = file.write(data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace vigil
