#pragma once

#include "core/crypto/SecretBuffer.h"
#include "core/util/Result.h"

#include <QString>

namespace vigil::cli {

// Reads one line from the controlling terminal with echo off, straight into
// guarded memory. A Usage error when there is no terminal.
Result<SecretBuffer> readSecretFromTerminal(const QString& prompt);

} // namespace vigil::cli
