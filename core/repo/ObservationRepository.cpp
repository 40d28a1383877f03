#include "core/repo/ObservationRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/FindingRepository.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

namespace vigil {

namespace {

FieldValues editableFields(const Observation& o)
{
    return {{"kind", o.kind},
            {"unit_id", fields::text(o.unitId)},
            {"observed_at", fields::number(o.observedAt)},
            {"title", o.title},
            {"notes", fields::text(o.notes)}};
}

constexpr const char* kColumns = "id, visit_id, kind, unit_id, observed_at, title, notes";

Observation readObservation(const Statement& s)
{
    Observation o;
    o.id = s.columnText(0);
    o.visitId = s.columnText(1);
    o.kind = s.columnText(2);
    o.unitId = s.columnText(3);
    o.observedAt = fields::optionalInt(s, 4);
    o.title = s.columnText(5);
    o.notes = s.columnText(6);
    return o;
}

} // namespace

Status ObservationRepository::checkUnit(const QString& visitId, const QString& unitId)
{
    if (unitId.isEmpty() || visitId.isEmpty())
        return {};
    auto stmt = m_ctx.db().cached("SELECT count(*) FROM place_unit u JOIN visit v "
                                  "ON v.place_id = u.place_id WHERE u.id = ? AND v.id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, unitId).bind(2, visitId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const bool samePlace = *row && (*stmt)->columnInt(0) > 0;
    (void)(*stmt)->reset();
    if (!samePlace)
        return Error::make(ErrorKind::Validation,
                           tr("observation.unit_id: is not a unit of the visited place"),
                           QStringLiteral("validation observation.unit_id"));
    return {};
}

Result<QString> ObservationRepository::create(const Observation& observation)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    FieldValues values = editableFields(observation);
    values.insert(values.begin(), {"visit_id", observation.visitId});
    auto id = tx->insert(catalog::kObservation, values);
    if (!id)
        return id.error();
    VIGIL_TRY(checkUnit(observation.visitId, observation.unitId));
    VIGIL_TRY(tx->commit());
    return id;
}

Status ObservationRepository::update(const Observation& observation)
{
    auto current = get(observation.id);
    if (!current)
        return current.error();
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->update(catalog::kObservation, observation.id, editableFields(observation)));
    VIGIL_TRY(checkUnit(current->visitId, observation.unitId));
    return tx->commit();
}

Status ObservationRepository::remove(const QString& id)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    VIGIL_TRY(tx->remove(catalog::kObservation, id));
    VIGIL_TRY(FindingRepository::dropLinksTo(*tx, id));
    return tx->commit();
}

Result<Observation> ObservationRepository::get(const QString& id)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM observation WHERE id = ? AND deleted = 0");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           tr("The observation does not exist or was deleted."));
    Observation o = readObservation(**stmt);
    (void)(*stmt)->reset();
    return o;
}

Result<QList<Observation>> ObservationRepository::listForVisit(const QString& visitId)
{
    auto stmt = m_ctx.db().cached(QByteArray("SELECT ") + kColumns +
                                  " FROM observation WHERE visit_id = ? AND deleted = 0 "
                                  "ORDER BY observed_at IS NULL, observed_at, id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, visitId);
    QList<Observation> out;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(readObservation(**stmt));
    }
    return out;
}

} // namespace vigil
