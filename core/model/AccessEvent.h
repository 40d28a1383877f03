#pragma once

#include <QString>
#include <optional>

namespace vigil {

// A refusal, delay or obstruction of the team's access (OPCAT Art. 20),
// recorded as it happens: it is a finding in itself.
struct AccessEvent
{
    QString id;
    QString visitId;
    QString kind = QStringLiteral("refusal"); // vocab::kAccessEventKinds
    // Unix milliseconds; when empty on recording, the time of recording.
    std::optional<qint64> occurredAt;
    QString area;     // where access was refused or delayed
    QString official; // who refused or delayed it (name or function)
    QString description;
    std::optional<qint64> delayMinutes;
};

} // namespace vigil
