#pragma once

#include <QCoreApplication>
#include <QString>

namespace vigil {

// What went wrong, coarse enough for callers to act on (and for vigil-cli to
// map to an exit code), fine enough to tell a user what to do.
enum class ErrorKind {
    Usage,           // the caller asked for something invalid
    WrongPassphrase, // the passphrase or recovery key does not open the vault
    Integrity,       // a file is damaged or was tampered with
    NotFound,        // no such file, folder or record
    AlreadyExists,   // refusing to overwrite
    ReadOnly,        // the storage cannot be written
    DiskFull,        // no space left (or a file-size limit reached)
    Io,              // any other operating-system I/O failure
    Locked,          // the vault is locked or busy elsewhere
    Crypto,          // libsodium failed (out of secure memory, ...)
    Database,        // SQLite/SQLCipher failed for another reason
    Validation,      // input data breaks a rule
    Cancelled,       // the user cancelled
    Internal,        // a bug
};

// One error type at every module boundary (STYLE.md §4). `message` is already
// translated and fit for a user; `detail` is technical, for logs and --verbose,
// and never contains secrets or user data.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString detail;

    static Error make(ErrorKind kind, const QString& message, const QString& detail = {})
    {
        return Error{kind, message, detail};
    }
};

// A short, untranslated name of the kind, for logs and tests.
const char* errorKindName(ErrorKind kind);

} // namespace vigil
