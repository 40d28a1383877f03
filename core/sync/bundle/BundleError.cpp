#include "core/sync/bundle/BundleError.h"

#include <array>

namespace vigil {

namespace {

constexpr std::array kAllCodes = {
    BundleErrorCode::NotABundle,
    BundleErrorCode::UnsupportedVersion,
    BundleErrorCode::TooLarge,
    BundleErrorCode::Truncated,
    BundleErrorCode::Damaged,
    BundleErrorCode::UnknownSender,
    BundleErrorCode::RevokedSender,
    BundleErrorCode::NotAddressed,
    BundleErrorCode::OverLimit,
    BundleErrorCode::BundleFull,
    BundleErrorCode::ItemTooLarge,
    BundleErrorCode::InvalidInput,
    BundleErrorCode::Io,
};

const QString kPrefix = QStringLiteral("bundle/");

ErrorKind kindOf(BundleErrorCode code)
{
    switch (code) {
    case BundleErrorCode::NotABundle:
    case BundleErrorCode::Truncated:
    case BundleErrorCode::Damaged:
        return ErrorKind::Integrity;
    case BundleErrorCode::InvalidInput:
        return ErrorKind::Usage;
    case BundleErrorCode::Io:
        return ErrorKind::Io;
    default:
        return ErrorKind::Validation;
    }
}

QString message(BundleErrorCode code)
{
    switch (code) {
    case BundleErrorCode::NotABundle:
        return BundleError::tr("This file is not a Vigil bundle.");
    case BundleErrorCode::UnsupportedVersion:
        return BundleError::tr("This bundle was made by a newer version of Vigil. Update Vigil "
                               "and import it again.");
    case BundleErrorCode::TooLarge:
        return BundleError::tr("This bundle is larger than Vigil accepts; it was not imported.");
    case BundleErrorCode::Truncated:
        return BundleError::tr("This bundle is incomplete; it was probably not copied or "
                               "downloaded completely. Copy it again and retry.");
    case BundleErrorCode::Damaged:
        return BundleError::tr("This bundle is damaged or was tampered with; nothing was "
                               "imported. Ask the sender to send it again.");
    case BundleErrorCode::UnknownSender:
        return BundleError::tr("This bundle comes from a device that is not enrolled in your "
                               "organisation; it was not imported.");
    case BundleErrorCode::RevokedSender:
        return BundleError::tr("This bundle comes from a device that was revoked; it was not "
                               "imported.");
    case BundleErrorCode::NotAddressed:
        return BundleError::tr("This bundle is not addressed to this device; it was not "
                               "imported.");
    case BundleErrorCode::OverLimit:
        return BundleError::tr("This bundle holds more or larger records than Vigil accepts; "
                               "it was not imported.");
    case BundleErrorCode::BundleFull:
        return BundleError::tr("The bundle is full; the rest goes into another bundle.");
    case BundleErrorCode::ItemTooLarge:
        return BundleError::tr("A record is too large to be sent in a bundle.");
    case BundleErrorCode::InvalidInput:
        return BundleError::tr("The bundle could not be written because of an internal "
                               "error.");
    case BundleErrorCode::Io:
        return BundleError::tr("Reading or writing the bundle file failed.");
    }
    return {};
}

} // namespace

QString BundleError::name(BundleErrorCode code)
{
    switch (code) {
    case BundleErrorCode::NotABundle:
        return QStringLiteral("not-a-bundle");
    case BundleErrorCode::UnsupportedVersion:
        return QStringLiteral("unsupported-version");
    case BundleErrorCode::TooLarge:
        return QStringLiteral("too-large");
    case BundleErrorCode::Truncated:
        return QStringLiteral("truncated");
    case BundleErrorCode::Damaged:
        return QStringLiteral("damaged");
    case BundleErrorCode::UnknownSender:
        return QStringLiteral("unknown-sender");
    case BundleErrorCode::RevokedSender:
        return QStringLiteral("revoked-sender");
    case BundleErrorCode::NotAddressed:
        return QStringLiteral("not-addressed");
    case BundleErrorCode::OverLimit:
        return QStringLiteral("over-limit");
    case BundleErrorCode::BundleFull:
        return QStringLiteral("bundle-full");
    case BundleErrorCode::ItemTooLarge:
        return QStringLiteral("item-too-large");
    case BundleErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case BundleErrorCode::Io:
        return QStringLiteral("io");
    }
    return {};
}

Error BundleError::make(BundleErrorCode code, const QString& detail)
{
    return Error::make(kindOf(code), message(code),
                       kPrefix + name(code) + QStringLiteral(": ") + detail);
}

std::optional<BundleErrorCode> BundleError::codeOf(const Error& error)
{
    if (!error.detail.startsWith(kPrefix))
        return std::nullopt;
    const qsizetype colon = error.detail.indexOf(QLatin1Char(':'), kPrefix.size());
    const QStringView code =
        QStringView(error.detail).mid(kPrefix.size(), colon < 0 ? -1 : colon - kPrefix.size());
    for (const BundleErrorCode candidate : kAllCodes) {
        if (code == name(candidate))
            return candidate;
    }
    return std::nullopt;
}

} // namespace vigil
