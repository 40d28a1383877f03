#include "core/util/IoError.h"

#include <QCoreApplication>
#include <QDir>

#include <cerrno>
#include <cstring>

namespace vigil {

Error ioError(int errnum, const QString& path)
{
    const QString where = QDir::toNativeSeparators(path);
    const QString detail = QStringLiteral("%1: %2").arg(where, QString::fromLocal8Bit(std::strerror(errnum)));
    switch (errnum) {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
        return Error::make(ErrorKind::DiskFull,
                           QCoreApplication::translate("vigil::IoError",
                                                       "The disk holding %1 is full. Free some "
                                                       "space and try again; nothing was changed.")
                               .arg(where),
                           detail);
    case EROFS:
    case EACCES:
    case EPERM:
        return Error::make(ErrorKind::ReadOnly,
                           QCoreApplication::translate("vigil::IoError",
                                                       "Vigil may not write to %1. Check that the "
                                                       "drive is not read-only and that you own "
                                                       "the folder.")
                               .arg(where),
                           detail);
    case ENOENT:
    case ENOTDIR:
        return Error::make(ErrorKind::NotFound,
                           QCoreApplication::translate("vigil::IoError", "%1 does not exist.")
                               .arg(where),
                           detail);
    default:
        return Error::make(ErrorKind::Io,
                           QCoreApplication::translate("vigil::IoError",
                                                       "Reading or writing %1 failed.")
                               .arg(where),
                           detail);
    }
}

} // namespace vigil
