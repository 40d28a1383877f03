#pragma once

#include "core/util/Result.h"
#include "ui/UiContext.h"
#include "ui/undo/RecordCommand.h"

#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

namespace vigil {

struct EntitySpec;
class UiContext;

// The undoable edits of the visit workspace, all built on RecordCommand so
// each step is one committed repository write.
namespace visitcmd {

using Create = std::function<Result<QString>()>;
using Remove = std::function<Status(const QString& id)>;
using Write = std::function<Status(const QVariant& value)>;

// Creates a record: the first redo calls `create` and remembers the new id,
// undo calls `remove`, a later redo restores the same row (WriteTx::restore),
// which still holds the values it was removed with. Returns the new id, or
// an empty string when the creation failed (the error was reported).
QString pushCreate(UiContext& ctx, const QString& text, const EntitySpec& spec, Create create,
                   Remove remove);

// Deletes a record: redo calls `remove`, undo restores the row and then runs
// `relink` (what the deletion dropped on the way: evidence, finding links).
bool pushRemove(UiContext& ctx, const QString& text, const EntitySpec& spec, const QString& id,
                Remove remove, RecordCommand::Step relink = {});

// Deletes a piece of evidence (observation, register check, access event):
// the repository drops its links to findings, so undo links it again to the
// findings that cited it.
bool pushRemoveEvidence(UiContext& ctx, const QString& text, const EntitySpec& spec,
                        const QString& kind, const QString& id, Remove remove);

// Changes one field of one record: `write` stores a value of the field.
// Consecutive edits with the same `mergeKey` (a field in one typing session)
// become a single undo step.
bool pushEdit(UiContext& ctx, const QString& text, const EntitySpec& spec, const QString& id,
              const QString& mergeKey, const QVariant& oldValue, const QVariant& newValue,
              Write write);

// Clears the tombstone of `id` in a write of its own.
Status restore(UiContext& ctx, const EntitySpec& spec, const QString& id);

// A Write for one field of a record whose repository has get(id) and
// update(record): reads the record as stored now, sets the field, writes it
// back, so undoing one field never reverts another.
template <typename Repository, typename Record>
Write fieldWriter(UiContext& ctx, const QString& id, void (*apply)(Record&, const QVariant&))
{
    return [&ctx, id, apply](const QVariant& value) -> Status {
        Repository repository(ctx.records());
        auto record = repository.get(id);
        if (!record)
            return record.error();
        apply(*record, value);
        return repository.update(*record);
    };
}

} // namespace visitcmd

// A field edit that absorbs the next edit of the same field in the same
// typing session, so a paragraph typed with pauses undoes in one step.
class FieldEditCommand : public RecordCommand
{
public:
    FieldEditCommand(UiContext& ctx, const QString& text, const QString& entity, const QString& id,
                     QString mergeKey, const QVariant& oldValue, const QVariant& newValue,
                     const visitcmd::Write& write);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    FieldEditCommand(UiContext& ctx, const QString& text, const QString& entity, const QString& id,
                     QString mergeKey, const QVariant& oldValue, std::shared_ptr<QVariant> latest,
                     const visitcmd::Write& write);

    QString m_mergeKey;
    QVariant m_oldValue;
    // Shared with the redo step, so a merge changes what redo writes.
    std::shared_ptr<QVariant> m_latest;
};

} // namespace vigil
