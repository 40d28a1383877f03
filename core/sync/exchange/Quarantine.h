#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vigil {

// Where refused bundles go (docs/sync-protocol.md "Import", step 5):
// <vault>/quarantine/<file name>, with "<file name>.reason.txt" beside it
// saying why in a reason code and a plain sentence. Bundles are encrypted,
// so the folder holds nothing readable; the reason file never holds
// secrets or record content. Also the one place that turns a reason code
// into the sentence the user sees.
class Quarantine
{
    Q_DECLARE_TR_FUNCTIONS(vigil::Quarantine)
public:
    static constexpr const char* kFolder = "quarantine";
    static constexpr const char* kReasonSuffix = ".reason.txt";

    // Reason codes besides BundleError::name()'s ("unknown-sender",
    // "revoked-sender", "damaged", "truncated", "not-addressed", ...).
    static constexpr const char* kGap = "gap"; // waiting, not quarantined
    static constexpr const char* kAlreadyImported = "already-imported";
    static constexpr const char* kInvalidChanges = "invalid-changes"; // ops the merge refused
    static constexpr const char* kNewerVersion = "newer-version";     // unknown entity or field

    explicit Quarantine(QString vaultDir);

    QString folder() const;

    // Moves `path` into the quarantine folder (under a free name: a
    // "-2", "-3", ... suffix if the name is taken) and writes the reason
    // file. Returns the new path. A file that cannot be removed where it is
    // (a read-only stick) is copied instead. On failure nothing is left in
    // the quarantine folder and the file stays where it was.
    Result<QString> put(const QString& path, const QString& reasonCode, const QString& senderId,
                        const QString& detail) const;

    // The plain sentence for a reason code, translated; a generic one for
    // codes this version does not know.
    static QString reasonText(const QString& reasonCode);

private:
    QString m_vaultDir;
};

} // namespace vigil
