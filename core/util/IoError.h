#pragma once

#include "core/util/Error.h"

#include <QString>

namespace vigil {

// Turns an errno value from an operation on `path` into an Error whose kind
// and translated message tell the user what to do (full disk, read-only, ...).
Error ioError(int errnum, const QString& path);

} // namespace vigil
