#pragma once

#include <QLatin1StringView>
#include <QString>

// The words of the organisation layer as they are stored and travel in files
// (docs/sync-protocol.md): roles, membership and enrolment states, transport
// kinds. Never shown untranslated.
namespace vigil::OrgNames {

inline constexpr QLatin1StringView kCoordinator("coordinator");
inline constexpr QLatin1StringView kLead("lead");
inline constexpr QLatin1StringView kMonitor("monitor");

// sync_org.state
inline constexpr QLatin1StringView kPending("pending");
inline constexpr QLatin1StringView kEnrolled("enrolled");

// sync_enrolment.state (and kPending)
inline constexpr QLatin1StringView kApproved("approved");
inline constexpr QLatin1StringView kRefused("refused");

inline constexpr QLatin1StringView kFolder("folder");
inline constexpr QLatin1StringView kWebDav("webdav");

inline bool isRole(const QString& role)
{
    return role == kCoordinator || role == kLead || role == kMonitor;
}

// Empty: the coordinator had no mailbox set up when it issued the invitation.
inline bool isTransportKind(const QString& kind)
{
    return kind.isEmpty() || kind == kFolder || kind == kWebDav;
}

} // namespace vigil::OrgNames
