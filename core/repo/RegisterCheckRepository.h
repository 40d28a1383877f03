#pragma once

#include "core/model/RegisterCheck.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Register checks of a visit. The only writer of the register_check table.
class RegisterCheckRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::RegisterCheckRepository)
public:
    explicit RegisterCheckRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // Refuses a period that ends before it starts.
    Result<QString> create(const RegisterCheck& check);
    // Writes every editable field; a check never moves to another visit.
    Status update(const RegisterCheck& check);
    // Also removes the check from the evidence of every finding.
    Status remove(const QString& id);
    Result<RegisterCheck> get(const QString& id);
    // Live checks of a visit, by register type, then as recorded.
    Result<QList<RegisterCheck>> listForVisit(const QString& visitId);

private:
    RecordContext& m_ctx;
};

} // namespace vigil
