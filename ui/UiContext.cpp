#include "ui/UiContext.h"

#include "core/vault/Vault.h"

#include <QUndoStack>

namespace vigil {

UiContext::UiContext(Vault& vault, QObject* parent)
    : QObject(parent), m_vault(vault), m_undo(new QUndoStack(this))
{
}

RecordContext& UiContext::records()
{
    return m_vault.records();
}

void UiContext::report(const Error& error)
{
    Q_EMIT errorReported(error);
}

} // namespace vigil
