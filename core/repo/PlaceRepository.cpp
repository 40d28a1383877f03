#include "core/repo/PlaceRepository.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/FieldValueHelpers.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"
#include "core/store/Database.h"

namespace vigil {

namespace {

FieldValues placeFields(const Place& p)
{
    return {{"name", p.name},
            {"type", p.type},
            {"operator", p.operatorKind},
            {"authority", fields::text(p.authority)},
            {"address", fields::text(p.address)},
            {"capacity", fields::number(p.capacity)},
            {"population", fields::number(p.population)},
            {"risk_notes", fields::text(p.riskNotes)},
            {"body_id", fields::text(p.bodyId)}};
}

FieldValues unitFields(const PlaceUnit& u)
{
    return {{"place_id", u.placeId},
            {"name", u.name},
            {"kind", fields::text(u.kind)},
            {"capacity", fields::number(u.capacity)}};
}

constexpr const char* kPlaceColumns =
    "id, name, type, operator, authority, address, capacity, population, risk_notes, body_id";

Place readPlace(const Statement& s)
{
    Place p;
    p.id = s.columnText(0);
    p.name = s.columnText(1);
    p.type = s.columnText(2);
    p.operatorKind = s.columnText(3);
    p.authority = s.columnText(4);
    p.address = s.columnText(5);
    p.capacity = fields::optionalInt(s, 6);
    p.population = fields::optionalInt(s, 7);
    p.riskNotes = s.columnText(8);
    p.bodyId = s.columnText(9);
    return p;
}

} // namespace

Result<QString> PlaceRepository::create(const Place& place)
{
    return m_ctx.insertOne(catalog::kPlace, placeFields(place));
}

Status PlaceRepository::update(const Place& place)
{
    return m_ctx.updateOne(catalog::kPlace, place.id, placeFields(place));
}

Status PlaceRepository::remove(const QString& id)
{
    return m_ctx.removeOne(catalog::kPlace, id);
}

Result<Place> PlaceRepository::get(const QString& id)
{
    const QByteArray sql =
        QByteArray("SELECT ") + kPlaceColumns + " FROM place WHERE id = ? AND deleted = 0";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorKind::NotFound,
                           QCoreApplication::translate("vigil::PlaceRepository",
                                                       "The place does not exist or was deleted."));
    Place p = readPlace(**stmt);
    (void)(*stmt)->reset();
    return p;
}

Result<QList<Place>> PlaceRepository::list()
{
    const QByteArray sql = QByteArray("SELECT ") + kPlaceColumns +
                           " FROM place WHERE deleted = 0 ORDER BY name COLLATE NOCASE";
    auto stmt = m_ctx.db().cached(sql);
    if (!stmt)
        return stmt.error();
    QList<Place> places;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        places.append(readPlace(**stmt));
    }
    return places;
}

Result<QString> PlaceRepository::addUnit(const PlaceUnit& unit)
{
    return m_ctx.insertOne(catalog::kPlaceUnit, unitFields(unit));
}

Status PlaceRepository::updateUnit(const PlaceUnit& unit)
{
    auto tx = m_ctx.beginWrite();
    if (!tx)
        return tx.error();
    FieldValues values = unitFields(unit);
    values.erase(values.begin()); // a unit never moves to another place
    VIGIL_TRY(tx->update(catalog::kPlaceUnit, unit.id, values));
    return tx->commit();
}

Status PlaceRepository::removeUnit(const QString& id)
{
    return m_ctx.removeOne(catalog::kPlaceUnit, id);
}

Result<QList<PlaceUnit>> PlaceRepository::units(const QString& placeId)
{
    auto stmt = m_ctx.db().cached("SELECT id, place_id, name, kind, capacity FROM place_unit "
                                  "WHERE place_id = ? AND deleted = 0 ORDER BY name COLLATE NOCASE");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, placeId);
    QList<PlaceUnit> units;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement& s = **stmt;
        units.append({s.columnText(0), s.columnText(1), s.columnText(2), s.columnText(3),
                      fields::optionalInt(s, 4)});
    }
    return units;
}

} // namespace vigil
