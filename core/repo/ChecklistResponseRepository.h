#pragma once

#include "core/model/ChecklistResponse.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace vigil {

class RecordContext;

// Answers to checklist questions on a visit. The only writer of the
// checklist_response table.
//
// A visit holds one answer per question, keyed by (visit, question id):
// answering again updates it, also when the answer now comes from a newer
// version of the template (the template id is then updated too). Two devices
// answering the same question offline can still leave two rows after a sync;
// answer() then updates the oldest and listForVisit() shows both.
class ChecklistResponseRepository
{
    Q_DECLARE_TR_FUNCTIONS(vigil::ChecklistResponseRepository)
public:
    explicit ChecklistResponseRepository(RecordContext& ctx) : m_ctx(ctx) {}

    // Creates or updates the answer; returns its id.
    Result<QString> answer(const QString& visitId, const QString& templateId,
                           const QString& questionId, const QString& answer, const QString& notes);
    // Records the finding the answer led to (a finding of the same visit), and
    // links the answer as evidence of that finding; an empty id clears it.
    Status linkFinding(const QString& responseId, const QString& findingId);
    // Also removes the answer from the evidence of every finding.
    Status remove(const QString& id);
    Result<ChecklistResponse> get(const QString& id);
    // Live answers of a visit, by template and question id.
    Result<QList<ChecklistResponse>> listForVisit(const QString& visitId);

private:
    RecordContext& m_ctx;
};

} // namespace vigil
