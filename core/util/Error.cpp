#include "core/util/Error.h"

namespace vigil {

const char* errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return "usage";
    case ErrorKind::WrongPassphrase: return "wrong-passphrase";
    case ErrorKind::Integrity: return "integrity";
    case ErrorKind::NotFound: return "not-found";
    case ErrorKind::AlreadyExists: return "already-exists";
    case ErrorKind::ReadOnly: return "read-only";
    case ErrorKind::DiskFull: return "disk-full";
    case ErrorKind::Io: return "io";
    case ErrorKind::Locked: return "locked";
    case ErrorKind::Crypto: return "crypto";
    case ErrorKind::Database: return "database";
    case ErrorKind::Validation: return "validation";
    case ErrorKind::Cancelled: return "cancelled";
    case ErrorKind::Internal: return "internal";
    }
    return "unknown";
}

} // namespace vigil
