#pragma once

#include "core/util/Error.h"

#include <QFileDevice>
#include <QString>

namespace vigil {

// Turns the error of a QFile or QSaveFile on `path` into an Error with the
// same kinds and messages as ioError() (Qt reports a full disk as
// ResourceError and keeps no errno).
Error fileDeviceError(const QFileDevice& file, const QString& path);

// Writes all of `data`, retrying short writes so that a failure past a
// partial write (a file-size limit) is recorded in file.error(). False on
// failure.
bool writeFully(QFileDevice& file, const char* data, qint64 size);

} // namespace vigil
