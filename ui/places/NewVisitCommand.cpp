#include "ui/places/NewVisitCommand.h"

#include "core/model/Place.h"
#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/VisitRepository.h"
#include "core/repo/WriteTx.h"
#include "ui/UiContext.h"
#include "ui/undo/RecordCommand.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>

namespace vigil {

QString NewVisitCommand::push(UiContext& ctx, const Place& place)
{
    Visit visit;
    visit.placeId = place.id;
    visit.plannedStart = QDate::currentDate().startOfDay().toMSecsSinceEpoch();

    // The id exists only after the first redo; both steps share it.
    auto id = std::make_shared<QString>();
    RecordContext& records = ctx.records();
    auto redo = [&records, visit, id]() -> Status {
        if (id->isEmpty()) {
            auto created = VisitRepository(records).create(visit);
            if (!created)
                return created.error();
            *id = *created;
            return {};
        }
        // Redo after undo: bring the same record back rather than a copy
        // with a new id.
        auto tx = records.beginWrite();
        if (!tx)
            return tx.error();
        VIGIL_TRY(tx->restore(catalog::kVisit, *id));
        return tx->commit();
    };
    auto undo = [&records, id]() -> Status {
        return VisitRepository(records).remove(*id);
    };

    auto* command = new RecordCommand(
        ctx,
        QCoreApplication::translate("vigil::NewVisitCommand", "New visit to %1").arg(place.name),
        QString::fromLatin1(catalog::kVisit.entity), QString(), redo, undo);
    return RecordCommand::push(ctx, command) ? *id : QString();
}

} // namespace vigil
