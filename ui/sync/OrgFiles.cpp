#include "ui/sync/OrgFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace vigil {

Result<QByteArray> OrgFiles::read(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound, tr("%1 cannot be read.").arg(shown),
                           file.errorString());
    if (file.size() > kMaxSize)
        return Error::make(ErrorKind::Integrity,
                           tr("%1 is too large to be a Vigil organisation file.").arg(shown));
    return file.read(kMaxSize + 1);
}

Status OrgFiles::write(const QString& path, const QByteArray& bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(ErrorKind::Io, tr("The folder for %1 could not be created.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorKind::Io, tr("%1 could not be written.").arg(shown),
                           file.errorString());
    return {};
}

} // namespace vigil
