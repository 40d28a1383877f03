#pragma once

#include "core/util/Error.h"

#include <QObject>

class QUndoStack;

namespace vigil {

class Vault;
class RecordContext;

// What every page and editor of the unlocked window shares: the open vault,
// the undo stack all edits go through, and one place to report failures.
// Owned by MainWindow; lives exactly as long as the vault is unlocked.
class UiContext : public QObject
{
    Q_OBJECT
public:
    UiContext(Vault& vault, QObject* parent = nullptr);

    Vault& vault() { return m_vault; }
    RecordContext& records();
    QUndoStack* undoStack() { return m_undo; }

    // Shows a failed edit or load to the user (status bar and, for serious
    // errors, a message box); never loses the message silently.
    void report(const Error& error);

Q_SIGNALS:
    void errorReported(const vigil::Error& error);
    // A record changed (after any edit, undo or redo): views reload what they show.
    void recordsChanged(const QString& entity, const QString& id);

private:
    Vault& m_vault;
    QUndoStack* m_undo;
};

} // namespace vigil
