#include "core/sync/exchange/Quarantine.h"

#include "core/sync/bundle/BundleError.h"
#include "core/util/AtomicFile.h"
#include "core/util/IoError.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <array>
#include <cerrno>
#include <cstdio>

namespace vigil {

namespace {

constexpr std::array kBundleCodes = {
    BundleErrorCode::NotABundle,    BundleErrorCode::UnsupportedVersion,
    BundleErrorCode::TooLarge,      BundleErrorCode::Truncated,
    BundleErrorCode::Damaged,       BundleErrorCode::UnknownSender,
    BundleErrorCode::RevokedSender, BundleErrorCode::NotAddressed,
    BundleErrorCode::OverLimit,
};

// A name in `folder` not taken by a file or its reason file. The folder is
// listed once: it may hold many bundles of the same name (a sender whose
// every file is refused).
QString freeName(const QDir& folder, const QString& name)
{
    const QStringList list = folder.entryList(QDir::Files | QDir::Hidden);
    const QSet<QString> names(list.cbegin(), list.cend());
    const auto taken = [&](const QString& candidate) {
        return names.contains(candidate) ||
               names.contains(candidate + QLatin1StringView(Quarantine::kReasonSuffix));
    };
    if (!taken(name))
        return name;
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
        if (!taken(candidate))
            return candidate;
    }
}

// Moves a file, across file systems too (a bundle on a USB stick). A source
// that cannot be removed (a read-only stick) is copied: the refusal is still
// recorded and shown, and quarantining the same file again is harmless.
Status moveFile(const QString& from, const QString& to)
{
    const QByteArray src = QFile::encodeName(from);
    const QByteArray dst = QFile::encodeName(to);
    if (std::rename(src.constData(), dst.constData()) == 0)
        return {};
    if (errno == ENOENT)
        return ioError(errno, from);
    if (!QFile::copy(from, to)) {
        QFile::remove(to);
        return ioError(EIO, to);
    }
    QFile::remove(from);
    return {};
}

} // namespace

Quarantine::Quarantine(QString vaultDir) : m_vaultDir(std::move(vaultDir)) {}

QString Quarantine::folder() const
{
    return QDir(m_vaultDir).filePath(QLatin1StringView(kFolder));
}

Result<QString> Quarantine::put(const QString& path, const QString& reasonCode,
                                const QString& senderId, const QString& detail) const
{
    const QDir dir(folder());
    if (!QDir().mkpath(dir.path()))
        return ioError(EACCES, dir.path());
    const QString name = freeName(dir, QFileInfo(path).fileName());
    const QString target = dir.filePath(name);
    const QString reasonPath = target + QLatin1StringView(kReasonSuffix);

    // Codes and the plain sentence only: the detail of a bundle or merge error
    // names checks, entities and op ids, never values (Error's contract).
    QString text = QStringLiteral("reason: %1\n%2\n").arg(reasonCode, reasonText(reasonCode));
    text += QStringLiteral("file: %1\n").arg(QFileInfo(path).fileName());
    if (!senderId.isEmpty())
        text += QStringLiteral("sender (as claimed by the file): %1\n").arg(senderId);
    text += QStringLiteral("quarantined: %1\n")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!detail.isEmpty())
        text += QStringLiteral("detail: %1\n").arg(detail);
    VIGIL_TRY(AtomicFile::write(reasonPath, text.toUtf8()));

    if (auto moved = moveFile(path, target); !moved) {
        QFile::remove(reasonPath);
        return moved.error();
    }
    return target;
}

QString Quarantine::reasonText(const QString& reasonCode)
{
    for (const BundleErrorCode code : kBundleCodes) {
        if (reasonCode == BundleError::name(code))
            return BundleError::make(code, {}).message;
    }
    if (reasonCode == QLatin1StringView(kGap))
        return tr("An earlier bundle from this sender has not arrived yet (out-of-order gap); "
                  "this one will be imported once it has.");
    if (reasonCode == QLatin1StringView(kAlreadyImported))
        return tr("This bundle was already imported; nothing was changed.");
    if (reasonCode == QLatin1StringView(kInvalidChanges))
        return tr("This bundle holds changes that cannot be applied; nothing was imported. "
                  "Ask the sender to send it again.");
    if (reasonCode == QLatin1StringView(kNewerVersion))
        return tr("This bundle holds records from a newer version of Vigil; nothing was "
                  "imported. Update Vigil and import it again from the quarantine folder.");
    return tr("This bundle was refused; nothing was imported.");
}

} // namespace vigil
