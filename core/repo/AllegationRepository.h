#pragma once

#include "core/model/Allegation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Individual allegations (with consent to act, the Istanbul Protocol
// consistency scale and referral) and the confidential reprisal register
// (OPCAT Art. 21(1)). The consent rules are the writer's (RecordSafeguards):
// an allegation from an interview needs consent in force, acting on it needs
// consent to share or refer, a referral needs consent to act; reprisal
// allegations are coordinator-only and name people by pseudonym code.
class AllegationRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::AllegationRepository)
public:
    explicit AllegationRepository(RecordContext& ctx) : m_ctx(ctx) {}

    Result<QString> create(const Allegation& allegation);
    // Writes every editable field (the visit never changes).
    Status update(const Allegation& allegation);
    Status remove(const QString& id);
    Result<Allegation> get(const QString& id);
    // Live allegations of a visit, oldest first.
    Result<QList<Allegation>> forVisit(const QString& visitId);

    // Reprisal allegations are always stored with scope coordinator.
    Result<QString> createReprisal(const ReprisalAllegation& reprisal);
    Status updateReprisal(const ReprisalAllegation& reprisal);
    Status removeReprisal(const QString& id);
    Result<ReprisalAllegation> reprisal(const QString& id);
    // The reprisal register: every live reprisal allegation, most recent
    // first (by date of the events, then by when it was recorded).
    Result<QList<ReprisalAllegation>> reprisalRegister();

private:
    RecordContext& m_ctx;
};

} // namespace vigil
