#pragma once

#include "core/util/Result.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace vigil {

class UiContext;

// An edit of the record as an undoable command (DESIGN.md §8): redo and undo
// each call a repository and are committed at once, so there is nothing to
// save. When a step fails (a rule refuses it, the disk is full) the error is
// reported and the command marks itself obsolete, so the stack never holds a
// step that did not happen.
class RecordCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;

    RecordCommand(UiContext& ctx, const QString& text, QString entity, QString id, Step redo,
                  Step undo);

    void redo() override;
    void undo() override;

    // Pushes a command and tells whether its first redo succeeded (if not,
    // the error was reported and the stack has already deleted the command).
    static bool push(UiContext& ctx, RecordCommand* command);

private:
    void run(const Step& step);

    UiContext& m_ctx;
    QString m_entity;
    QString m_id;
    Step m_redo;
    Step m_undo;
    bool* m_firstRunOk = nullptr;
};

} // namespace vigil
