#include "ui/interview/InterviewCommands.h"

#include "core/repo/EntityCatalog.h"
#include "core/repo/RecordContext.h"
#include "core/repo/WriteTx.h"

#include <memory>

namespace vigil::InterviewCommands {

QString create(UiContext& ctx, const Interview& interview)
{
    // The id exists only after the first redo; the steps share it.
    auto id = std::make_shared<QString>();
    RecordCommand::Step redo = [&ctx, interview, id]() -> Status {
        if (id->isEmpty()) {
            auto created = InterviewRepository(ctx.records()).create(interview);
            if (!created)
                return created.error();
            *id = *created;
            return {};
        }
        // Redo after undo brings back the same interview, pseudonym included.
        auto tx = ctx.records().beginWrite();
        if (!tx)
            return tx.error();
        VIGIL_TRY(tx->restore(catalog::kInterview, *id));
        return tx->commit();
    };
    RecordCommand::Step undo = [&ctx, id]() -> Status {
        return InterviewRepository(ctx.records()).remove(*id);
    };
    auto* command = new RecordCommand(
        ctx, QCoreApplication::translate("vigil::InterviewCommands", "New interview"),
        QString::fromLatin1(kEntity), QString(), redo, undo);
    if (!RecordCommand::push(ctx, command))
        return {};
    return *id;
}

bool setNotes(UiContext& ctx, const QString& id, const QString& before, const QString& after)
{
    const auto write = [&ctx, id](const QString& notes) -> RecordCommand::Step {
        return [&ctx, id, notes]() -> Status {
            return InterviewRepository(ctx.records()).setNotes(id, notes);
        };
    };
    return RecordCommand::push(
        ctx,
        new RecordCommand(
            ctx, QCoreApplication::translate("vigil::InterviewCommands", "Edit interview notes"),
            QString::fromLatin1(kEntity), id, write(after), write(before)));
}

} // namespace vigil::InterviewCommands
