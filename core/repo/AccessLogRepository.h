#pragma once

#include "core/model/AccessEvent.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// A visit's access log (DOMAIN.md §3): each refusal, delay or obstruction is
// recorded as it happens, one call per click, whatever the visit's state
// (a team may be kept at the gate before it is on site). The only writer of
// the access_event table.
class AccessLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::AccessLogRepository)
public:
    explicit AccessLogRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // Without `event.occurredAt`, the event is stamped with the time of recording.
    Result<QString> record(const AccessEvent& event);
    // Writes every editable field (an event never moves to another visit).
    Status update(const AccessEvent& event);
    Status remove(const QString& id);
    Result<AccessEvent> get(const QString& id);
    // The visit's log in the order things happened.
    Result<QList<AccessEvent>> forVisit(const QString& visitId);

private:
    RecordContext& m_ctx;
};

} // namespace vigil
