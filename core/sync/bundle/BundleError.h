#pragma once

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace vigil {

// Why a bundle was refused (reader) or could not be written (writer). The
// code travels in the Error's detail as "bundle/<name>: ..." so the import
// UI and the quarantine can name the reason without parsing messages; the
// Error's message is already the plain, translated sentence for the user.
enum class BundleErrorCode
{
    // reader
    NotABundle,         // the file does not start with "VIGILBND"
    UnsupportedVersion, // a format version this Vigil does not know
    TooLarge,           // the file or its header is over the limit
    Truncated,          // the file ends early (incomplete copy or transfer)
    Damaged,            // damaged or tampered with: signature, decryption or structure
    UnknownSender,      // the sender is not in the roster
    RevokedSender,      // the sender's device was revoked
    NotAddressed,       // not encrypted for this device (or for this device's current key)
    OverLimit,          // too many items, an item too large or too deeply nested
               // writer
    BundleFull,   // the item does not fit in this bundle: start another one
    ItemTooLarge, // the item cannot travel in any bundle
    InvalidInput, // a caller's mistake (bad key size, duplicate recipient, ...)
                  // both
    Io, // reading or writing the file failed
};

class BundleError
{
    Q_DECLARE_TR_FUNCTIONS(vigil::BundleError)
public:
    static Error make(BundleErrorCode code, const QString& detail);
    // The code of an Error made by make(), if it is one.
    static std::optional<BundleErrorCode> codeOf(const Error& error);
    // A stable, untranslated name ("damaged", "unknown-sender", ...), for
    // logs, quarantine records and tests.
    static QString name(BundleErrorCode code);
};

} // namespace vigil
