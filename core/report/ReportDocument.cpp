#include "core/report/ReportDocument.h"

namespace vigil::report {

namespace {
constexpr QLatin1StringView kInternal("internal");
constexpr QLatin1StringView kAuthorities("authorities");
constexpr QLatin1StringView kPublic("public");
} // namespace

QString kindCode(Kind kind)
{
    switch (kind) {
    case Kind::InternalNotes:
        return kInternal;
    case Kind::Authorities:
        return kAuthorities;
    case Kind::Public:
        return kPublic;
    }
    return kAuthorities;
}

std::optional<Kind> kindFromCode(QStringView code)
{
    if (code == kInternal)
        return Kind::InternalNotes;
    if (code == kAuthorities)
        return Kind::Authorities;
    if (code == kPublic)
        return Kind::Public;
    return std::nullopt;
}

} // namespace vigil::report
