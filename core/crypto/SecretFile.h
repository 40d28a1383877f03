#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QString>

namespace vigil::SecretFile {

// Reads the first line of a small file (a passphrase or recovery key for
// scripts) straight into guarded memory, without a trailing CR/LF.
Result<SecretBuffer> readFirstLine(const QString& path);

} // namespace vigil::SecretFile
