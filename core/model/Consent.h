#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace vigil {

// The consent an interviewee gave (DOMAIN.md §4.1): what the team may do
// with what was said. "aggregate_only" (anonymous, aggregate use) is always
// included; consent can be withdrawn, and the record shows when.
struct Consent
{
    enum class State
    {
        None,      // no consent recorded: no notes may be written
        Given,     // `scopes` apply
        Withdrawn, // nothing more may be written; dependent data was withdrawn too
    };

    State state = State::None;
    QString recordId;      // the consent_record in force (or withdrawn)
    QStringList scopes;    // vocab::kConsentScopes, sorted
    QString adaptedFor;    // vocab::kConsentAdaptations, empty if not adapted
    qint64 recordedAt = 0; // Unix ms
    std::optional<qint64> withdrawnAt;

    bool allows(const char* scope) const
    {
        return state == State::Given && scopes.contains(QLatin1StringView(scope));
    }
};

} // namespace vigil
