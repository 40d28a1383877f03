#pragma once

#include "core/model/Observation.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Observations of a visit. The only writer of the observation table.
class ObservationRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ObservationRepository)
public:
    explicit ObservationRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // The unit, if any, must belong to the visited place.
    Result<QString> create(const Observation& observation);
    // Writes every editable field; an observation never moves to another visit.
    Status update(const Observation& observation);
    // Also removes the observation from the evidence of every finding.
    Status remove(const QString& id);
    Result<Observation> get(const QString& id);
    // Live observations of a visit, by time (untimed last), then as recorded.
    Result<QList<Observation>> listForVisit(const QString& visitId);

private:
    Status checkUnit(const QString& visitId, const QString& unitId);

    RecordContext& m_ctx;
};

} // namespace vigil
