#pragma once

#include "app/cli/CliOptions.h"

namespace vigil::cli {

// Runs the parsed command; returns the process exit code.
int runCommand(const CliOptions& options);

} // namespace vigil::cli
