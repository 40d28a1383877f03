#pragma once

// The text `--version` prints for vigil and vigil-cli: Vigil's version and the
// versions of the Qt, SQLCipher and libsodium libraries actually loaded (after
// a distribution upgrade they can differ from the ones Vigil was built with).
// Header-only so both executables share it without a library of their own.

#include "core/Version.h"
#include "core/crypto/SecretBuffer.h"
#include "core/store/Database.h"
#include "core/store/Statement.h"

#include <QString>
#include <QtGlobal>

#include <sodium.h>
#include <sqlite3.h>

namespace vigil::cli {

// SQLCipher's own version ("4.6.1 community"): PRAGMA cipher_version answers
// on any connection, so an unkeyed in-memory one is enough and touches no file.
inline QString sqlcipherVersion()
{
    auto db =
        Database::open(QStringLiteral(":memory:"), SecretBuffer(), Database::Mode::ReadWriteCreate);
    if (!db)
        return QStringLiteral("unknown");
    auto stmt = (*db)->prepare("PRAGMA cipher_version");
    if (!stmt)
        return QStringLiteral("unknown");
    const auto row = stmt->step();
    if (!row || !*row)
        return QStringLiteral("none (plain SQLite)");
    return stmt->columnText(0);
}

// `program` names the first line ("vigil-cli 0.1.0"); one library per line.
inline QString versionText(const QString& program)
{
    return QStringLiteral("%1 %2\n"
                          "Qt %3 (built with %4)\n"
                          "SQLCipher %5 (SQLite %6)\n"
                          "libsodium %7\n")
        .arg(program, QStringLiteral(VIGIL_VERSION_STRING), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), sqlcipherVersion(),
             QString::fromLatin1(sqlite3_libversion()),
             QString::fromLatin1(sodium_version_string()));
}

} // namespace vigil::cli
