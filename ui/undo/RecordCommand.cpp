#include "ui/undo/RecordCommand.h"

#include "ui/UiContext.h"

#include <QUndoStack>

#include <utility>

namespace vigil {

RecordCommand::RecordCommand(UiContext& ctx, const QString& text, QString entity, QString id,
                             Step redo, Step undo)
    : QUndoCommand(text), m_ctx(ctx), m_entity(std::move(entity)), m_id(std::move(id)),
      m_redo(std::move(redo)), m_undo(std::move(undo))
{
}

void RecordCommand::redo()
{
    run(m_redo);
}

void RecordCommand::undo()
{
    run(m_undo);
}

void RecordCommand::run(const Step& step)
{
    const Status status = step();
    bool* firstRunOk = std::exchange(m_firstRunOk, nullptr);
    if (!status) {
        if (firstRunOk)
            *firstRunOk = false;
        setObsolete(true); // QUndoStack drops it instead of keeping a step that did not happen
        m_ctx.report(status.error());
        return;
    }
    Q_EMIT m_ctx.recordsChanged(m_entity, m_id);
}

bool RecordCommand::push(UiContext& ctx, RecordCommand* command)
{
    // push() runs redo() and deletes the command at once if it became
    // obsolete, so the outcome is passed out through a local flag.
    bool ok = true;
    command->m_firstRunOk = &ok;
    ctx.undoStack()->push(command);
    return ok;
}

} // namespace vigil
