#pragma once

#include "core/model/Place.h"
#include "core/util/Result.h"

#include <QList>

namespace vigil {

class RecordContext;

// Places and their units. The only writer of the place and place_unit tables.
class PlaceRepository
{
public:
    explicit PlaceRepository(RecordContext& ctx) : m_ctx(ctx) {}

    Result<QString> create(const Place& place);
    // Writes every editable field of `place` (identified by place.id).
    Status update(const Place& place);
    Status remove(const QString& id);
    Result<Place> get(const QString& id);
    // Live places, by name.
    Result<QList<Place>> list();

    Result<QString> addUnit(const PlaceUnit& unit);
    Status updateUnit(const PlaceUnit& unit);
    Status removeUnit(const QString& id);
    Result<QList<PlaceUnit>> units(const QString& placeId);

private:
    RecordContext& m_ctx;
};

} // namespace vigil
