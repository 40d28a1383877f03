#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace vigil::AtomicFile {

// Replaces `path` with `contents` so that after a crash the file holds either
// the old or the new contents: a temporary file beside it (mode 0600), fsync,
// rename over, fsync of the folder.
Status write(const QString& path, const QByteArray& contents);

// Reads a whole file that must not be larger than `maxBytes`.
Result<QByteArray> read(const QString& path, qint64 maxBytes);

} // namespace vigil::AtomicFile
