#pragma once

#include "core/model/Interview.h"
#include "core/repo/InterviewRepository.h"
#include "ui/UiContext.h"
#include "ui/undo/RecordCommand.h"

#include <QString>

namespace vigil {

// The interview edits as undoable steps on the shared stack (DESIGN.md §8).
// Each step changes one field and reads the rest fresh from the vault, so
// steps undone out of order never write back a stale copy of the interview.
//
// Consent is deliberately not here: a consent record can be replaced or
// withdrawn but never deleted (RecordSafeguards), so recording and
// withdrawing it are final acts the editor performs directly.
namespace InterviewCommands {

inline constexpr const char* kEntity = "interview";

// Creates an interview: redo creates it (then restores it), undo deletes it.
// Returns the new id, or an empty string after reporting the failure.
QString create(UiContext& ctx, const Interview& interview);

// Sets `field` of interview `id` from `before` to `after` as one step.
template <typename T>
bool setField(UiContext& ctx, const QString& id, const QString& text, T Interview::*field, T before,
              T after)
{
    const auto write = [&ctx, id, field](const T& value) -> RecordCommand::Step {
        return [&ctx, id, field, value]() -> Status {
            InterviewRepository repo(ctx.records());
            auto current = repo.get(id);
            if (!current)
                return current.error();
            (*current).*field = value;
            return repo.update(*current);
        };
    };
    return RecordCommand::push(ctx, new RecordCommand(ctx, text, QString::fromLatin1(kEntity), id,
                                                      write(after), write(before)));
}

bool setNotes(UiContext& ctx, const QString& id, const QString& before, const QString& after);

} // namespace InterviewCommands

} // namespace vigil
