#pragma once

#include <QCoreApplication>

namespace vigil::cli {

// The translation context of vigil-cli's messages (so lupdate and the
// running program agree on it).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(vigil::cli::CliText)
};

} // namespace vigil::cli
