#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QIODevice;

namespace vigil::report {

// Writes a rendered report to a file so that it appears whole or not at all:
// the renderer writes into a QSaveFile beside the target, which replaces the
// target only once rendering succeeded. An unwritable folder, a full disk or
// a cancel leave no file behind (and an older file of that name untouched),
// and the error names the cause in words a user can act on.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(vigil::report::ReportFile)
public:
    static Status write(const QString& path, const std::function<Status(QIODevice&)>& render);
};

} // namespace vigil::report
