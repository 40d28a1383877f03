#pragma once

#include <QString>

namespace vigil {

class UiContext;
struct Place;

// "New visit" as an undoable edit: a planned, unannounced in-depth visit to
// the place, starting today. Undo deletes it; redo restores the same record,
// so the id stays valid for the workspace that opened it.
class NewVisitCommand
{
public:
    // Pushes the command; returns the new visit's id, or an empty string if
    // it failed (the error has been reported).
    static QString push(UiContext& ctx, const Place& place);
};

} // namespace vigil
