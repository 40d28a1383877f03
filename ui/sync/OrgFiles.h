#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace vigil {

// Reading and writing the organisation's small files (invitations .vgi,
// enrolment requests .vge) chosen by the user, with plain messages.
class OrgFiles
{
    Q_DECLARE_TR_FUNCTIONS(vigil::OrgFiles)
public:
    // Enough for any invitation or request; a larger file is not one.
    static constexpr qsizetype kMaxSize = 64 * 1024;

    static Result<QByteArray> read(const QString& path);
    // Writes atomically (a failed write leaves no partial file), creating
    // the folder if needed.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace vigil
